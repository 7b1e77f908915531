package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/**
 * Schema migrations on real library files: a schema-1 library keeps its data when opened and migrated (through a
 * test-only schema 2), a backup is written first, a failing migration changes nothing, and a newer library is refused.
 */
class MigrationTest {
    private static final String TEXT = "Lighthouse keeper retires\n\nThe last keeper of the Skerry light retired on Friday after forty years.";

    @TempDir
    Path tmp;

    /** A library at schema 1 holding one article, written by the shipped V001 migration. */
    private long schemaOneLibrary(Path file) {
        try (Database db = Database.open(file, "/db-schema1")) {
            assertEquals(1, db.schemaVersion());
            ArticleMeta meta = new ArticleMeta("Lighthouse keeper retires", false, "Ines Barros", "Coast Weekly", null, null,
                    LocalDate.of(2022, 9, 2), DateSource.FILE_HEADER, null, "/tmp/x.txt", "plaintext", "en");
            int split = TEXT.indexOf("\n\n");
            ArticleDraft d = new ArticleDraft(meta, TEXT,
                    List.of(new Block(BlockType.TITLE, 0, split), new Block(BlockType.PARAGRAPH, split + 2, TEXT.length())));
            return new ArticleRepository(db).insert(d, "hash-1", Instant.parse("2024-01-01T00:00:00Z"));
        }
    }

    private static List<Path> backups(Path file) throws Exception {
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".v")
                    && p.getFileName().toString().endsWith(".bak")).toList();
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static void assertArticleKept(Database db, long id) {
        ArticleRepository repo = new ArticleRepository(db);
        Article a = repo.get(id).orElseThrow();
        assertEquals("Lighthouse keeper retires", a.title());
        assertEquals("Ines Barros", a.meta().author());
        assertEquals(LocalDate.of(2022, 9, 2), a.meta().published());
        assertEquals(TEXT, a.text());
        assertEquals(2, a.blocks().size());
        assertEquals(id, repo.search("keeper", 5).get(0).articleId());
    }

    @Test
    void schemaOneLibraryOpensAtLatestVersionKeepingItsData() throws Exception {
        Path file = tmp.resolve("lib.db");
        long id = schemaOneLibrary(file);
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
            assertArticleKept(db, id);
        }
        // a backup only when this build has migrations past schema 1
        assertEquals(Database.latestVersion() > 1 ? 1 : 0, backups(file).size());
    }

    @Test
    void newLibraryIsCreatedAtLatestVersionWithoutBackup() throws Exception {
        Path file = tmp.resolve("sub/new.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        assertTrue(backups(file).isEmpty());
    }

    @Test
    void olderLibraryIsBackedUpThenMigratedKeepingItsData() throws Exception {
        Path file = tmp.resolve("lib.db");
        long id = schemaOneLibrary(file);
        try (Database db = Database.open(file, "/db-migration-test")) {
            assertEquals(2, db.schemaVersion());
            assertArticleKept(db, id);
            int flag = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT test_flag FROM article")) {
                    return rs.getInt(1);
                }
            });
            assertEquals(0, flag, "the new column got its default");
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO test_note (article_id, body) VALUES (" + id + ", 'n')");
                }
            });
        }
        List<Path> backups = backups(file);
        assertEquals(1, backups.size(), "one backup before migrating");
        assertTrue(backups.get(0).getFileName().toString().startsWith("lib.db.v1-"));
        assertEquals(1, userVersion(backups.get(0)), "the backup is the library as it was");
        try (Database old = Database.open(backups.get(0))) {
            assertArticleKept(old, id);
        }
        assertEquals(2, userVersion(file));
    }

    @Test
    void failedMigrationLeavesTheLibraryAsItWas() throws Exception {
        Path file = tmp.resolve("lib.db");
        long id = schemaOneLibrary(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, "/db-migration-broken"));
        assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
        assertEquals(1, userVersion(file));
        assertEquals(1, backups(file).size(), "the backup was written before trying");
        try (Database db = Database.open(file)) {
            assertArticleKept(db, id);
            boolean halfDone = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
                    return rs.getInt(1) > 0;
                }
            });
            assertFalse(halfDone, "the failed migration was rolled back whole");
        }
    }

    @Test
    void libraryFromNewerVersionIsRefusedNamingTheFile() throws Exception {
        Path file = tmp.resolve("future.db");
        schemaOneLibrary(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Database.latestVersion() + 3));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertEquals(Database.latestVersion() + 3, userVersion(file), "a refused library is left untouched");
    }
}
