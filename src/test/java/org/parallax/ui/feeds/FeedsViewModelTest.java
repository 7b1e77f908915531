package org.parallax.ui.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.feeds.FeedServer;
import org.parallax.ingest.ImportReport;
import org.parallax.model.Article;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.common.ImmediateTaskRunner;

/**
 * The Feeds section's and the links' view models without the toolkit, on a real library and real feeds and pages
 * served on 127.0.0.1: subscribe, refresh, filter by feed, read marks, OPML export through the guarded output path,
 * the scheduled refresh's setting, and one line per bad link.
 */
class FeedsViewModelTest {
    private static final Path HERALDSUN = SharedData.path("feeds/rss-parser/test/input/heraldsun.rss");

    @TempDir
    Path dir;
    AppContext ctx;
    FeedServer server;
    final List<String> messages = new ArrayList<>();
    final List<ImportReport> reports = new ArrayList<>();
    final AtomicInteger added = new AtomicInteger();
    final AtomicBoolean busy = new AtomicBoolean();
    final AtomicReference<Set<Long>> shown = new AtomicReference<>();
    final SimpleObjectProperty<Article> open = new SimpleObjectProperty<>();
    Settings settings;
    FeedsViewModel vm;
    TaskHost host;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        ctx = AppContext.open(dir.resolve("library.db"));
        settings = Settings.load(dir.resolve("config"));
        host = new TaskHost(h -> { }, messages::add, reports::add, added::incrementAndGet, busy::get);
        vm = new FeedsViewModel(ctx.feeds(), ctx.feedEntries(), new ImmediateTaskRunner(), host, shown::set, open, settings,
                ctx.database().file());
    }

    @AfterEach
    void stop() {
        ctx.close();
        server.close();
    }

    private String last() {
        return messages.get(messages.size() - 1);
    }

    @Test
    void aFeedAddedIsRefreshedAndItsUnreadCountDropsAsArticlesAreOpened() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        vm.add(server.url("/feeds/heraldsun.rss"));
        assertEquals(1, vm.feeds().size());
        int unread = vm.feeds().get(0).unread();
        assertTrue(unread >= 1, messages.toString());
        assertEquals("Refreshed 1 feed: " + unread + " new " + (unread == 1 ? "article" : "articles"), last());
        assertEquals(1, added.get(), "the library is told once that articles came in");
        assertEquals("Feeds · " + unread + " unread", vm.headingProperty().get());

        vm.selectedProperty().set(vm.feeds().get(0));
        List<Long> ids = ctx.feedEntries().articleIds(vm.feeds().get(0).id());
        assertEquals(Set.copyOf(ids), shown.get());
        assertEquals(unread, ids.size());
        open.set(ctx.articles().get(ids.get(0)).orElseThrow());
        assertEquals(unread - 1, vm.feeds().get(0).unread());
        assertEquals(0, ctx.feedEntries().markRead(ids.get(0), java.time.Instant.now()), "read once");
        // the feed stays chosen across the reload (by id), and "All articles" lifts the filter
        assertEquals(vm.feeds().get(0).id(), vm.selectedProperty().get().id());
        vm.selectedProperty().set(null);
        assertNull(shown.get());

        // refreshing again imports nothing new
        vm.refreshAll();
        assertEquals("Refreshed 1 feed: 0 new articles", last());
        assertEquals(1, added.get());
    }

    @Test
    void aBrokenFeedKeepsItsErrorOnItsRowAndTheStatusLineSumsUp() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        vm.add(server.url("/feeds/heraldsun.rss"));
        server.drop("/feeds/");
        vm.refreshSelected();
        assertEquals("Refreshed 1 feed: 0 new articles, 1 failed (see the Feeds list)", last());
        String error = vm.feeds().get(0).lastError();
        assertEquals(server.url("/feeds/heraldsun.rss") + ": HTTP 404 Not Found", error);
    }

    @Test
    void theScheduledRefreshWaitsForARunningTaskAndItsIntervalIsKept() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        ctx.feeds().add(server.url("/feeds/heraldsun.rss"));
        vm.load();
        busy.set(true);
        vm.scheduledRefresh();
        assertTrue(server.requests("/feeds/heraldsun.rss").size() == 1, "only the subscription's own fetch");
        busy.set(false);
        vm.scheduledRefresh();
        assertEquals(2, server.requests("/feeds/heraldsun.rss").size());

        assertEquals(0, vm.refreshMinutesProperty().get(), "off by default");
        vm.refreshMinutesProperty().set(30);
        settings.save();
        assertEquals(30, Settings.load(dir.resolve("config")).feedRefreshMinutes());
        settings.setFeedRefreshMinutes(1);
        assertEquals(5, settings.feedRefreshMinutes(), "never more often than every 5 minutes");
    }

    @Test
    void opmlIsExportedThroughTheGuardedOutputPathNeverOverTheLibrary() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        ctx.feeds().add(server.url("/feeds/heraldsun.rss"));
        Path out = dir.resolve("feeds.opml");
        vm.exportOpml(out);
        assertEquals("Wrote 1 feed to " + out, last());
        assertTrue(Files.readString(out).contains(server.url("/feeds/heraldsun.rss")));
        long size = Files.size(ctx.database().file());
        vm.exportOpml(ctx.database().file());
        assertTrue(last().contains("is the library"), last());
        assertEquals(size, Files.size(ctx.database().file()));

        // and read back into another library's section
        ctx.feeds().remove(ctx.feeds().list().get(0).id());
        server.drop("/feeds/");
        vm.importOpml(out);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Subscribed to 1 feed from feeds.opml")), messages.toString());
        assertEquals(1, vm.feeds().size());
    }

    @Test
    void linksAreReadFromTypedPastedAndDroppedText() {
        assertEquals(List.of("https://a.example/x", "ftp://b.example/", "c"), LinksViewModel.typedLinks(" https://a.example/x\n\nftp://b.example/ c\n"));
        assertEquals(List.of("https://a.example/x", "HTTP://d.example/"), LinksViewModel.linksIn("https://a.example/x\nnot a link HTTP://d.example/"));
        assertTrue(LinksViewModel.linksIn("/home/user/article.html").isEmpty());
    }

    @Test
    void aBadLinkGetsOneLineAndStoresNothing() {
        try (LocalWebServer web = new LocalWebServer()) {
            LinksViewModel links = new LinksViewModel(ctx::web, ctx.snapshots(), new ImmediateTaskRunner(), host, open, () -> { });
            assertFalse(links.importText("no link here"));
            assertTrue(reports.isEmpty());
            String missing = web.url("/pages/no-such-page/");
            assertTrue(links.importLinks(List.of(missing)));
            ImportReport r = reports.get(0);
            assertEquals(1, r.results().size());
            assertTrue(r.results().get(0).line().startsWith(missing + ": failed, "), r.results().get(0).line());
            assertEquals(0, ctx.articles().count());
        }
    }
}
