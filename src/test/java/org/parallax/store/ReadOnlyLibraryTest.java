package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library file that may not be written opens read-only: it reports {@link Database#readOnly()}, reads and searches
 * work, every write is refused naming the file, the file's bytes stay as they were, and a read-only file that would
 * need migrating is refused with a message that says what to do.
 */
class ReadOnlyLibraryTest {
    @TempDir
    Path dir;

    private static void markReadOnly(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    }

    @Test
    void aFileMarkedReadOnlyOpensReadOnlyAndRefusesWrites() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            assertFalse(db.readOnly());
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO entity (name, type) VALUES ('Port Elling', 'LOCATION')");
                }
                return null;
            });
        }
        markReadOnly(file);
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            assertTrue(db.readOnly());
            assertEquals(Database.latestVersion(), db.schemaVersion());
            int n = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM entity")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertEquals(1, n);
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO entity (name, type) VALUES ('Harbour Board', 'ORGANIZATION')");
                }
                return null;
            }));
            assertTrue(e.getMessage().startsWith("Library " + file + " is read-only"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyFileThatNeedsMigratingIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("old.db");
        Database.open(file, "/db-schema1").close();
        markReadOnly(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file).close());
        assertEquals("Library " + file + " is read-only and has schema 1, but this Parallax needs " + Database.latestVersion()
                + ": let someone who may write it open it once (or copy it to a file you may write).", e.getMessage());
        try (Database db = Database.open(file, "/db-schema1")) {
            assertTrue(db.readOnly()); // at its own schema it still opens, read-only
        }
    }
}
