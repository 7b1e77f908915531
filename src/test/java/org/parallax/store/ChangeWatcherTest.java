package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/**
 * Issue 14, class 8: a watcher reports what another connection to the same file committed (as another process's
 * would be), with the articles added and removed, and never the library's own writes. Two real handles on one file.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChangeWatcherTest {
    @TempDir
    Path tmp;

    static ArticleDraft draft(String title) {
        return new TextAssembler().add(BlockType.TITLE, title).add(BlockType.PARAGRAPH, "Text of " + title + ".")
                .build(new ArticleMeta(title, false, null, "Outlet", null, null, null, DateSource.NONE, null, null,
                        "plaintext", "en"));
    }

    static long insert(Database db, String title) {
        ArticleDraft d = draft(title);
        return new ArticleRepository(db).insert(d, Integer.toHexString(d.text().hashCode()) + title.length(), Instant.now());
    }

    @Test
    void ownWritesAreNotReportedOthersAre() {
        Path file = tmp.resolve("lib.db");
        try (Database mine = Database.open(file); Database other = Database.open(file);
             ChangeWatcher watcher = new ChangeWatcher(mine, Duration.ofHours(1))) {
            insert(mine, "First");
            assertTrue(watcher.poll().isEmpty(), "nothing on the first check: it takes the baseline");
            insert(mine, "Mine");
            assertTrue(watcher.poll().isEmpty(), "the library's own write is not another writer's");

            long a = insert(other, "Theirs one");
            insert(other, "Theirs two");
            Optional<ChangeWatcher.Change> change = watcher.poll();
            assertTrue(change.isPresent(), "another connection's commits are seen");
            assertEquals(2, change.get().added());
            assertEquals(0, change.get().removed());
            assertEquals(2, change.get().before().articles());
            assertEquals(4, change.get().after().articles());
            assertTrue(watcher.poll().isEmpty(), "reported once");

            assertTrue(new ArticleRepository(other).delete(a));
            ChangeWatcher.Change deleted = watcher.poll().orElseThrow();
            assertEquals(0, deleted.added());
            assertEquals(1, deleted.removed());
            assertTrue(deleted.articlesChanged());

            other.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA user_version"); // a write transaction that changes nothing still counts as a commit
                    s.execute("UPDATE article SET outlet = 'Renamed' WHERE id = " + (a + 1));
                }
                return null;
            });
            ChangeWatcher.Change edit = watcher.poll().orElseThrow();
            assertFalse(edit.articlesChanged(), "an edit that adds and removes no article says so");
        }
    }

    @Test
    void listenersHearAnotherWriterWithinSeconds() throws Exception {
        Path file = tmp.resolve("lib.db");
        LinkedBlockingQueue<ChangeWatcher.Change> heard = new LinkedBlockingQueue<>();
        try (Database mine = Database.open(file); Database other = Database.open(file);
             ChangeWatcher watcher = new ChangeWatcher(mine, Duration.ofMillis(100))) {
            watcher.addListener(c -> {
                throw new IllegalStateException("a failing listener does not stop the others");
            });
            watcher.addListener(heard::add);
            watcher.start();
            insert(mine, "Own");
            // own writes in the same interval as another's are counted with them; a check in between keeps them apart
            assertTrue(watcher.poll().isEmpty());
            insert(other, "Foreign");
            ChangeWatcher.Change c = heard.poll(10, TimeUnit.SECONDS);
            assertNotNull(c, "the listener was told");
            assertEquals(1, c.added());
            insert(other, "Foreign again");
            ChangeWatcher.Change again = heard.poll(10, TimeUnit.SECONDS);
            assertNotNull(again, "the watcher keeps polling after a listener failed");
            assertEquals(1, again.added());
        }
    }

    @Test
    void closingStopsTheWatcherBeforeTheLibrary() throws Exception {
        Path file = tmp.resolve("lib.db");
        Database mine = Database.open(file);
        ChangeWatcher watcher = new ChangeWatcher(mine, Duration.ofMillis(10));
        watcher.start();
        Thread.sleep(100);
        watcher.close();
        mine.close();
        assertTrue(watcher.poll().isEmpty(), "a closed watcher answers nothing instead of failing");
    }
}
