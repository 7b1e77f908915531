package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.feeds.FeedServer;
import org.parallax.feeds.FeedService;
import org.parallax.model.Progress;
import org.parallax.testsupport.SharedData;

/**
 * Feed refresh at scale (issue 18): 50 feeds of 20 new entries each (the real JSON Feed of feedjira's samples, its
 * links pointing at real Readability test pages, each copy numbered so it is a new article) on a local HTTP server,
 * refreshed into an empty library: every feed fetched, every page fetched (through the web capture's URL import),
 * extracted and stored with its snapshot and its content images, two requests to the host at a time. Then the same refresh again, which is 50 conditional requests answered 304. Prints the figures
 * for src/site/markdown/performance.md ("Feeds"); run with {@code mvn -B -o -Pbench test -Dtest=FeedRefreshBenchmark}.
 */
@Tag("benchmark")
class FeedRefreshBenchmark {
    private static final int FEEDS = Integer.getInteger("bench.feeds", 50);

    @TempDir
    Path dir;

    @Test
    void refreshFiftyFeedsOfTwentyNewEntries() throws Exception {
        try (FeedServer server = new FeedServer(); AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            server.uniquePages(true);
            for (int i = 0; i < FEEDS; i++) {
                String path = "/bench/feed-" + i + ".json";
                server.serveFeed(path, SharedData.path("feeds/feedjira/spec/sample_feeds/json_feed.json"), "application/feed+json");
                ctx.feeds().add(server.url(path));
            }
            long t0 = System.nanoTime();
            List<FeedService.Report> first = ctx.feeds().refresh(List.of(), Progress.NONE, r -> { });
            double s1 = (System.nanoTime() - t0) / 1e9;
            int entries = first.stream().mapToInt(FeedService.Report::newEntries).sum();
            int imported = first.stream().mapToInt(FeedService.Report::imported).sum();
            int duplicates = first.stream().mapToInt(FeedService.Report::duplicates).sum();
            int summary = first.stream().mapToInt(FeedService.Report::fromSummary).sum();
            int failed = first.stream().mapToInt(FeedService.Report::failed).sum();
            long t1 = System.nanoTime();
            List<FeedService.Report> second = ctx.feeds().refresh(List.of(), Progress.NONE, r -> { });
            double s2 = (System.nanoTime() - t1) / 1e9;
            int snapshots = ctx.snapshots().articleIds().size();
            long images = ctx.snapshots().articleIds().stream().mapToLong(id -> ctx.snapshots().images(id).size()).sum();
            long notModified = second.stream().filter(r -> r.status() == FeedService.Report.Status.NOT_MODIFIED).count();
            System.out.printf(Locale.ROOT, "feeds: %d feeds, %d new entries: %.1f s (%.1f entries/s); %d imported, %d duplicates,"
                    + " %d from the summary, %d failed; most requests in flight %d%n", FEEDS, entries, s1, entries / s1, imported,
                    duplicates, summary, failed, server.maxInFlight());
            System.out.printf(Locale.ROOT, "feeds: %d snapshots, %d images stored, %d image requests%n", snapshots, images,
                    server.imageRequests.get());
            System.out.printf(Locale.ROOT, "feeds: second refresh, %d of %d not modified: %.2f s%n", notModified, FEEDS, s2);
            assertEquals(FEEDS * 20, entries);
            assertEquals(FEEDS, notModified);
            assertEquals(FEEDS * 20, ctx.articles().count() + duplicates);
            assertEquals(imported, snapshots, "every page is stored with its snapshot");
        }
    }
}
