package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A write waits for another connection's writer past SQLite's busy timeout (retried with back-off), never runs its
 * work inside a stale snapshot, and an ordinary SQL error is reported once, not retried. The library's busy wait is
 * cut to 200 ms here so the retry after it is reached within the test.
 */
class WriteLockTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aWriteWaitsPastTheBusyTimeoutForAnotherWriter() throws Exception {
        Path file = tmp.resolve("lib.db");
        try (Database db = Database.open(file, "/db", 200)) {
            db.write(c -> update(c, "CREATE TABLE counter (n INTEGER)"));
            db.write(c -> update(c, "INSERT INTO counter VALUES (0)"));
            CountDownLatch locked = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    s.execute("BEGIN IMMEDIATE");
                    s.execute("UPDATE counter SET n = n + 100");
                    locked.countDown();
                    Thread.sleep(1_500);
                    s.execute("COMMIT");
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "other-writer");
            other.start();
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            AtomicInteger runs = new AtomicInteger();
            long t0 = System.nanoTime();
            // read, then write: in a deferred transaction this is the BUSY_SNAPSHOT case; here the lock comes first
            int seen = db.write(c -> {
                runs.incrementAndGet();
                int n = count(c);
                update(c, "UPDATE counter SET n = " + (n + 1));
                return n;
            });
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            other.join();
            assertEquals(100, seen, "the work saw the other writer's commit, not a stale snapshot");
            assertEquals(101, db.read(WriteLockTest::count));
            assertEquals(1, runs.get(), "the work ran once: the wait happened at BEGIN, before it");
            assertTrue(waitedMs >= 1_000, "waited for the other writer: " + waitedMs + " ms");
        }
    }

    @Test
    void anOrdinarySqlErrorFailsOnceWithoutRetry() {
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            AtomicInteger runs = new AtomicInteger();
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                runs.incrementAndGet();
                return update(c, "INSERT INTO no_such_table VALUES (1)");
            }));
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
            assertEquals(1, runs.get());
            assertEquals(Database.latestVersion(), db.schemaVersion(), "the library is still usable");
            db.write(c -> update(c, "CREATE TABLE after_error (x)"));
        }
    }

    @Test
    void busyAndItsVariantsAreRecognisedThroughCauses() {
        assertTrue(Database.isBusy(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY)));
        assertTrue(Database.isBusy(new SQLiteException("snapshot", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)));
        assertTrue(Database.isBusy(new StoreException("wrapped", new SQLiteException("r", SQLiteErrorCode.SQLITE_BUSY_RECOVERY))));
        assertFalse(Database.isBusy(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT)));
        assertFalse(Database.isBusy(new IllegalStateException("no cause")));
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM counter")) {
            return rs.getInt(1);
        }
    }
}
