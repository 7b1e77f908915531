package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Database;
import org.parallax.store.StoreException;
import org.parallax.testsupport.CliRun;

/**
 * Issue 14, classes 6 and 11: a file that is not a Parallax library is refused with one line and left byte for byte
 * as it was (no tables added, no switch to WAL, no -wal or -shm beside it); a library from a newer Parallax in
 * rollback-journal mode is refused before WAL; Parallax libraries carry {@code application_id} "PRLX", old ones get
 * it when opened; a --library that looks like a URL is refused instead of becoming a folder.
 */
class ForeignLibraryTest {
    private static final int PRLX = 0x50524C58;

    @TempDir
    Path tmp;

    private static CliRun cli(String... args) {
        return CliRun.bare(args);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    private static int intPragma(Path file, String pragma) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.getInt(1);
        }
    }

    /** Every command on {@code file} is refused with one line naming it, and the file and its folder stay as they were. */
    private void assertRefusedUnchanged(Path file, String why) throws Exception {
        String before = sha256(file);
        for (String[] command : new String[][] {{"list"}, {"import", tmp.resolve("none.txt").toString()}, {"search", "x"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--library";
            args[1] = file.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            CliRun r = cli(args);
            assertEquals(1, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(file.toString()), r.err());
            assertTrue(r.err().contains(why), r.err());
        }
        assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(before, sha256(file), "the file's bytes are unchanged");
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertFalse(Files.exists(file.resolveSibling(file.getFileName() + suffix)), suffix + " created");
        }
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedUnchanged() throws Exception {
        Path other = tmp.resolve("contacts.db");
        sql(other, "CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO contact (name) VALUES ('Ines')");
        assertRefusedUnchanged(other, "another program's SQLite database");
        assertEquals("delete", journalMode(other));
    }

    @Test
    void aFileWithAnotherApplicationIdIsRefusedEvenWithOurTables() throws Exception {
        Path other = tmp.resolve("lookalike.db");
        sql(other, "CREATE TABLE article (id INTEGER PRIMARY KEY)", "PRAGMA user_version = 1", "PRAGMA application_id = 1234");
        assertRefusedUnchanged(other, "application id 0x000004D2");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUnchanged() throws Exception {
        Path text = tmp.resolve("notes.db");
        Files.writeString(text, "Shopping list: bread, milk, and a much longer line so the file is past the header.\n".repeat(3),
                StandardCharsets.UTF_8);
        assertRefusedUnchanged(text, "not an SQLite database");
    }

    @Test
    void aNewerLibraryInRollbackJournalModeIsRefusedBeforeWal() throws Exception {
        Path lib = tmp.resolve("future.db");
        try (Database db = Database.open(lib)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        sql(lib, "PRAGMA journal_mode = DELETE", "PRAGMA user_version = " + (Database.latestVersion() + 1));
        assertEquals("delete", journalMode(lib));
        assertRefusedUnchanged(lib, "newer version of Parallax");
        assertEquals("delete", journalMode(lib), "still in rollback-journal mode");
    }

    @Test
    void newAndOldParallaxLibrariesCarryTheApplicationId() throws Exception {
        Path lib = tmp.resolve("lib.db");
        try (Database db = Database.open(lib)) {
            assertTrue(db.schemaVersion() > 0);
        }
        assertEquals(PRLX, intPragma(lib, "application_id"));
        // a library written before the id existed: user_version > 0 and Parallax's tables make it ours
        sql(lib, "PRAGMA application_id = 0");
        assertEquals(0, intPragma(lib, "application_id"));
        try (Database db = Database.open(lib)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        assertEquals(PRLX, intPragma(lib, "application_id"));
        // an empty SQLite file (no tables, version 0) is as good as a new one
        Path empty = tmp.resolve("empty.db");
        sql(empty, "PRAGMA journal_mode = DELETE", "CREATE TABLE t (x)", "DROP TABLE t");
        assertTrue(Files.size(empty) > 0);
        try (Database db = Database.open(empty)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        assertEquals(PRLX, intPragma(empty, "application_id"));
    }

    @Test
    void aUrlAsLibraryIsRefusedWithoutCreatingAFolder() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        CliRun r = cli("--library", "mysql://db.example.org/news", "list");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("is not a file or a postgresql:// address"), r.err());
        assertFalse(Files.exists(cwd.resolve("mysql:")), "no folder named after the scheme");
        // a server nobody listens on: one line naming the address, and no folder either
        CliRun down = cli("--library", "postgresql://nobody@127.0.0.1:1/news", "list");
        assertEquals(1, down.code(), down.err());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("Cannot open library postgresql://nobody@127.0.0.1:1/news: "), down.err());
        assertFalse(Files.exists(cwd.resolve("postgresql:")), "no folder named after the scheme");
    }

    private static String journalMode(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            return rs.getString(1);
        }
    }
}
