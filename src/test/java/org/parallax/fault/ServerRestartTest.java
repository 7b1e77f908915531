package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parallax.app.AppContext;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Progress;
import org.parallax.store.LibraryAddress;
import org.parallax.testsupport.PostgresTestServer;
import org.parallax.testsupport.SharedData;

/**
 * A server library whose server restarts in the middle of an import: the import goes on once the server is back, and
 * every article is stored exactly once and whole (its blocks and its search rows with it), with nothing lost.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerRestartTest {

    @Test
    void anImportRidesOutAServerRestartAndStoresEachArticleOnceAndWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String url = PostgresTestServer.freshDatabaseUrl("restart_import");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(SharedData.path("html-pages/mozilla-readability-test-pages"))) {
            pages = s.filter(p -> p.getFileName().toString().equals("source.html")).sorted().toList();
        }
        try (AppContext ctx = AppContext.open(LibraryAddress.parse(url), null)) {
            long[] atRestart = {-1};
            CompletableFuture<Void> restarter = CompletableFuture.runAsync(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (ctx.articles().count() < 10 && System.nanoTime() < deadline) Thread.onSpinWait();
                atRestart[0] = ctx.articles().count();
                PostgresTestServer.restartServer(2);
            });
            ImportReport report = ctx.imports().importPaths(pages, Progress.NONE);
            restarter.get(2, TimeUnit.MINUTES);

            long imported = report.count(ImportResult.Status.IMPORTED);
            assertTrue(atRestart[0] >= 10 && atRestart[0] < imported, "the restart fell inside the import: " + atRestart[0] + " of " + imported);
            assertFalse(report.results().stream().anyMatch(r -> r.status() == ImportResult.Status.FAILED && r.line().contains("server")),
                    report.summary());
            long stored = ctx.articles().count();
            // nothing lost: as many articles as the same pages make in a file library imported without interruption
            long clean;
            try (AppContext file = AppContext.open(dir.resolve("clean.db"))) {
                file.imports().importPaths(pages, Progress.NONE);
                clean = file.articles().count();
            }
            assertEquals(clean, stored, report.summary());
            // a commit whose answer the restart cut off is found again by its text (reported as a duplicate), never stored twice
            assertTrue(imported <= stored, report.summary());
            assertEquals(0L, (long) ctx.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                        SELECT count(*) FROM article a
                        WHERE NOT EXISTS (SELECT 1 FROM block b WHERE b.article_id = a.id)
                           OR NOT EXISTS (SELECT 1 FROM article_fts f WHERE f.article_id = a.id AND f.section = 0)""")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }), "every stored article has its blocks and its search row");
            assertEquals(stored, (long) ctx.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(DISTINCT content_hash) FROM article")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));

            // nothing lost: importing the same pages again stores nothing new
            ImportReport again = ctx.imports().importPaths(pages, Progress.NONE);
            assertEquals(0, again.count(ImportResult.Status.IMPORTED), again.summary());
            assertEquals(stored, ctx.articles().count());
        }
    }
}
