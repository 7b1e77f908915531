package org.parallax.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.ArticleImage;
import org.parallax.model.Progress;
import org.parallax.store.FeedRepository;
import org.parallax.store.SnapshotRepository;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.testsupport.SharedData;
import org.parallax.web.Fetcher;
import org.parallax.web.WebImportService;

/**
 * Feed entries come in as links do (issue 18): each entry's page is stored with its snapshot and its images, so a
 * refreshed feed reads completely with the server gone; and a feed goes through the same Fetcher, so a feed whose body
 * trickles in times out with one line.
 */
@Tag("contract")
class FeedCaptureTest {
    private static final Path HEISE = SharedData.path("feeds/rss-parser/test/input/heise.atom");
    private static final Path HERALDSUN = SharedData.path("feeds/rss-parser/test/input/heraldsun.rss");

    @TempDir
    Path dir;

    /** Subscribe to a served feed, refresh, stop the server, open every new article with its images: all there. */
    @Test
    void aRefreshedFeedReadsCompletelyWithTheServerGone() throws Exception {
        Map<Long, String> entryLinks = new HashMap<>();
        int imageRequests;
        int entries;
        List<Long> ids;
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            try (FeedServer server = new FeedServer()) {
                server.serveFeed("/feeds/heise.atom", HEISE, "application/atom+xml");
                long feed = ctx.feeds().add(server.url("/feeds/heise.atom")).feed().id();
                FeedService.Report r = ctx.feeds().refresh(List.of(feed), Progress.NONE, x -> { }).get(0);
                assertEquals(15, r.newEntries(), r.line());
                entries = r.newEntries();
                assertEquals(0, r.failed(), r.problems().toString());
                assertEquals(0, r.fromSummary(), "every page could be had: " + r.line());
                assertTrue(r.imported() > 0, r.line());
                imageRequests = server.imageRequests.get();
                ids = ctx.articles().list().stream().map(s -> s.id()).toList();
                assertEquals(r.imported(), ids.size());
                for (long id : ids) {
                    SnapshotRepository.Snapshot snap = ctx.snapshots().get(id).orElse(null);
                    assertNotNull(snap, "article " + id + " has its snapshot");
                    entryLinks.put(id, snap.requestedUrl());
                }
            }
        }
        // the server is gone: everything is read from the library, opened afresh
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            int images = 0;
            int withImages = 0;
            for (long id : ids) {
                Article a = ctx.articles().get(id).orElseThrow();
                assertFalse(a.text().isBlank(), "article " + id);
                SnapshotRepository.Snapshot snap = ctx.snapshots().get(id).orElseThrow();
                assertEquals(entryLinks.get(id), snap.requestedUrl());
                assertTrue(snap.requestedUrl().contains("/pages/"), snap.requestedUrl());
                assertTrue(new String(snap.html(), StandardCharsets.UTF_8).toLowerCase().contains("<html"), snap.requestedUrl());
                assertEquals(snap.canonicalUrl(), a.meta().url());
                List<ArticleImage> stored = ctx.web().images(id);
                if (!stored.isEmpty()) withImages++;
                for (ArticleImage img : stored) {
                    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(img.bytes()));
                    assertNotNull(decoded, img.url());
                    assertEquals(64, decoded.getWidth(), img.url());
                    assertEquals("image/png", img.mime());
                    images++;
                }
            }
            assertTrue(withImages >= 3, withImages + " of " + ids.size() + " articles have images");
            assertTrue(imageRequests >= images, imageRequests + " image requests for " + images + " images");
            // every entry is remembered as seen, so none comes in again
            assertEquals(entries, new FeedRepository(ctx.database()).entryCount(ctx.feeds().list().get(0).id()));
        }
    }

    @Test
    void aPageInAnotherCharsetStillAdvertisesItsFeed() throws Exception {
        try (FeedServer server = new FeedServer(); AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
            String page = Files.readString(SharedData.path("html-pages/mozilla-readability-test-pages/002/source.html"))
                    .replaceFirst("(?i)<head>", "<head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/heraldsun.rss\">");
            // UTF-16 read as UTF-8 has a NUL between every letter, and no link would be found
            server.serve("/site/", "text/html; charset=utf-16", page.getBytes(StandardCharsets.UTF_16));
            FeedService.Added added = ctx.feeds().add(server.url("/site/"));
            assertEquals(server.url("/feeds/heraldsun.rss"), added.feed().url());
            assertEquals(server.url("/site/"), added.discoveredFrom());
        }
    }

    @Test
    void aFeedWhoseBodyTricklesInTimesOutWithOneLine() throws Exception {
        byte[] feed = Files.readAllBytes(HERALDSUN);
        AtomicBoolean slow = new AtomicBoolean();
        try (LocalWebServer web = new LocalWebServer(); AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            web.route("/feed.rss", ex -> {
                if (!slow.get()) {
                    LocalWebServer.send(ex, 200, "application/rss+xml", feed);
                    return;
                }
                try (ex) {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, feed.length);
                    OutputStream out = ex.getResponseBody();
                    for (int i = 0; i < feed.length; i += 16) {
                        out.write(feed, i, Math.min(16, feed.length - i));
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (InterruptedException | java.io.IOException gone) {
                    // the client hung up, as it should
                }
            });
            Fetcher quick = new Fetcher("Parallax/test", new Fetcher.Limits(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    1 << 20, 5, Duration.ofSeconds(1)), Clock.systemUTC());
            WebImportService pages = new WebImportService(ctx.articles(), ctx.snapshots(), (c, id) -> { }, quick, Clock.systemUTC());
            FeedService feeds = new FeedService(new FeedRepository(ctx.database()), new WebFeedHttp(() -> quick),
                    new WebPageImporter(() -> pages, ImportService.DEFAULT_MAX_BYTES, ctx.articles(), Clock.systemUTC()), Clock.systemUTC());
            String url = web.url("/feed.rss");
            long id = feeds.add(url).feed().id();
            slow.set(true);
            FeedService.Report r = feeds.refresh(List.of(id), Progress.NONE, x -> { }).get(0);
            assertEquals(FeedService.Report.Status.FAILED, r.status());
            assertEquals(url + ": timed out after 1 s", r.error());
            assertEquals(r.error(), feeds.get(id).orElseThrow().lastError());
            assertEquals(0, ctx.articles().count());
        }
    }
}
