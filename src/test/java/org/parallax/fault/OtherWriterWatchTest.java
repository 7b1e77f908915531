package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.model.ArticleSummary;
import org.parallax.store.ChangeWatcher;

/**
 * Issue 14, class 8: with a library open (as the window holds it), a real command-line process imports and then
 * deletes an article; the library's watcher reports each within a few seconds of the process ending.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OtherWriterWatchTest {
    @TempDir
    Path tmp;

    /** The first change matching {@code wanted} within 10 s (a command may commit more than once), or null. */
    private static ChangeWatcher.Change awaitChange(LinkedBlockingQueue<ChangeWatcher.Change> heard,
            Predicate<ChangeWatcher.Change> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            ChangeWatcher.Change c = heard.poll(left, TimeUnit.NANOSECONDS);
            if (c != null && wanted.test(c)) return c;
        }
        return null;
    }

    @Test
    void aCommandLineImportAndDeleteAreReported() throws Exception {
        Path lib = tmp.resolve("lib.db");
        Path article = tmp.resolve("visit.txt");
        Files.writeString(article, "Minister visits the harbour\n\nThe minister visited the new harbour on Monday and "
                + "spoke to the workers about the delays.\n", StandardCharsets.UTF_8);
        LinkedBlockingQueue<ChangeWatcher.Change> heard = new LinkedBlockingQueue<>();
        try (AppContext window = AppContext.open(lib)) {
            window.changes().addListener(heard::add);
            window.changes().start();

            Child importer = Child.parallax(tmp, "--library", lib.toString(), "import", article.toString());
            assertEquals(0, importer.waitFor(120), importer.output());
            ChangeWatcher.Change added = awaitChange(heard, c -> c.added() > 0);
            assertNotNull(added, "the import by another process was reported");
            assertEquals(1, added.added());
            assertEquals(1, window.articles().count());

            long id = window.articles().list().stream().mapToLong(ArticleSummary::id).findFirst().orElseThrow();
            Child deleter = Child.parallax(tmp, "--library", lib.toString(), "delete", Long.toString(id));
            assertEquals(0, deleter.waitFor(120), deleter.output());
            ChangeWatcher.Change removed = awaitChange(heard, c -> c.removed() > 0);
            assertNotNull(removed, "the delete by another process was reported");
            assertEquals(1, removed.removed());
            assertEquals(0, removed.after().articles());
        }
    }
}
