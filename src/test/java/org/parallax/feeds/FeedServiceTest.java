package org.parallax.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.model.Article;
import org.parallax.model.Progress;
import org.parallax.testsupport.SharedData;

/**
 * {@link FeedService} on a real library and the real HTTP server: the feed's summary when a page cannot be had,
 * cancelling a refresh, and feeds without a guid known by their link.
 */
@Tag("contract")
class FeedServiceTest {
    private static final Path HERALDSUN = SharedData.path("feeds/rss-parser/test/input/heraldsun.rss");
    private static final Path HEISE = SharedData.path("feeds/rss-parser/test/input/heise.atom");

    @TempDir
    Path dir;
    private FeedServer server;
    private AppContext ctx;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        ctx = TestLibrary.context(dir.resolve("library.db"));
    }

    @AfterEach
    void stop() {
        ctx.close();
        server.close();
    }

    @Test
    void whenThePageCannotBeHadTheFeedsSummaryIsImported() throws Exception {
        byte[] served = server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        server.drop("/pages/");
        FeedService feeds = ctx.feeds();
        long id = feeds.add(server.url("/feeds/heraldsun.rss")).feed().id();
        FeedService.Report r = feeds.refresh(List.of(id), Progress.NONE, x -> { }).get(0);
        assertEquals(2, r.imported(), r.line());
        assertEquals(2, r.fromSummary(), r.line());
        List<String> texts = new ArrayList<>();
        for (var s : ctx.articles().list()) texts.add(ctx.articles().get(s.id()).map(Article::text).orElseThrow());
        assertTrue(texts.stream().anyMatch(t -> t.contains("This is the first item.")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("The Second Item")), texts.toString());
        // the entries are seen: a changed feed (new ETag) with the same entries imports nothing
        server.serve("/feeds/heraldsun.rss", "application/rss+xml", (new String(served, StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        FeedService.Report again = feeds.refresh(List.of(id), Progress.NONE, x -> { }).get(0);
        assertEquals(FeedService.Report.Status.UPDATED, again.status());
        assertEquals(0, again.newEntries(), again.line());
    }

    @Test
    void aCancelledRefreshStopsAndLeavesTheRestForNextTime() throws Exception {
        server.serveFeed("/feeds/heise.atom", HEISE, "application/atom+xml");
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        FeedService feeds = ctx.feeds();
        feeds.add(server.url("/feeds/heise.atom"));
        feeds.add(server.url("/feeds/heraldsun.rss"));
        AtomicBoolean cancel = new AtomicBoolean();
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        cancel.set(true);
        List<FeedService.Report> reports = feeds.refresh(List.of(), cancelAtOnce, x -> { });
        assertEquals(2, reports.size());
        assertTrue(reports.stream().allMatch(r -> r.status() == FeedService.Report.Status.CANCELLED));
        assertEquals(0, ctx.articles().count());
        cancel.set(false);
        List<FeedService.Report> next = feeds.refresh(List.of(), cancelAtOnce, x -> { });
        assertEquals(17, next.stream().mapToInt(FeedService.Report::imported).sum());
    }

    @Test
    void addRefusesWhatIsNotAnHttpUrl() {
        FeedException e = assertThrows(FeedException.class, () -> ctx.feeds().add("file:///etc/passwd"));
        assertEquals("file:///etc/passwd: is not an http or https URL", e.getMessage());
        assertFalse(ctx.feeds().remove(42));
    }
}
