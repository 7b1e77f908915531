package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.testsupport.SharedData;

/**
 * {@link LibraryCopy} against a real PostgreSQL server ({@code PARALLAX_TEST_POSTGRES}, a throwaway cluster; skipped
 * when unset, failing under CI): the unfinished-copy marker, both engines hashing equal content alike, and file to
 * server to file with a failed copy that is refused until copied again. The round trip needs the server migrations
 * ({@code db/postgresql/}); without them it is skipped.
 */
class LibraryCopyServerTest {
    private static final String ENV = "PARALLAX_TEST_POSTGRES";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsAServer() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (ci && System.getenv(ENV) == null) throw new IllegalStateException(ENV + " must be set on CI");
        assumeTrue(System.getenv(ENV) != null, ENV + " is not set: no PostgreSQL server to test against");
    }

    @Test
    void aLibraryMarkedAsAnUnfinishedCopyIsNotOpened() throws SQLException {
        LibraryAddress.Server server = freshDatabase("copy_marker");
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parallax_library (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT INTO parallax_library VALUES ('application', 'parallax'), ('schema_version', '1'), ('copy_state', 'incomplete')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(server).close());
        assertEquals("Library " + server.text() + " is an unfinished copy: copy again or drop the database.", e.getMessage());
    }

    @Test
    void bothEnginesHashEqualContentAlike() throws SQLException {
        LibraryAddress.Server server = freshDatabase("copy_hash");
        List<CopySchema.Table> tables = CopySchema.tables().stream()
                .filter(t -> List.of("story_term", "story_pair", "article_image", "nlp_claim").contains(t.name())).toList();
        try (Database file = Database.open(dir.resolve("hash.db")); Connection pg = connect(server)) {
            // text in a language's order (ICU's root collation: "alpha" before "Zeta"), as a server made with a
            // non-C locale sorts it: the hash must still read keys in byte order, as SQLite does
            String collation = "";
            try (Statement s = pg.createStatement(); var rs = s.executeQuery("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")) {
                if (rs.next()) collation = " COLLATE \"und-x-icu\"";
            }
            try (Statement s = pg.createStatement()) {
                for (CopySchema.Table t : tables) s.execute(createTable(t, collation));
            }
            // text keys whose byte order differs from a language's order, an integral double, a blob with a zero byte
            List<Object[]> terms = List.of(new Object[] {"Zeta", 1}, new Object[] {"alpha", 2}, new Object[] {"Äpfel", 3},
                    new Object[] {"apple", 40_000_000_000L}, new Object[] {"éclair", 5}, new Object[] {"Z", 6});
            List<Object[]> pairs = List.of(new Object[] {1, 2, 0.1}, new Object[] {1, 3, 2.0}, new Object[] {2, 3, 1e-300});
            List<Object[]> images = List.of(new Object[] {1, 0, "http://x/a.png", null, "image/png", new byte[] {0, 1, -1, 127}},
                    new Object[] {1, 1, "http://x/b.png", "Ünïcödé caption \uD83D\uDCF0", "image/png", new byte[0]});
            List<Object[]> claims = List.<Object[]>of(new Object[] {7, "worker-1", 1_733_000_000_000L});
            List<List<Object[]>> data = List.of(terms, pairs, images, claims);
            List<String> names = List.of("story_term", "story_pair", "article_image", "nlp_claim");
            file.write(c -> {
                try (Statement s = c.createStatement()) {
                    for (int id : new int[] {1, 2, 3, 7}) {
                        s.execute("INSERT INTO article (id, content_hash, title, imported_at, text) VALUES (" + id + ", 'h" + id
                                + "', 't', '2026-01-01T00:00:00Z', 'x')");
                    }
                }
                for (int i = 0; i < names.size(); i++) insert(c, names.get(i), data.get(i));
                return null;
            });
            for (int i = 0; i < names.size(); i++) insert(pg, names.get(i), data.get(i));
            for (CopySchema.Table t : tables) {
                CopySchema.Digest onFile = file.read(c -> CopySchema.digest(c, t, Database.Engine.SQLITE));
                assertEquals(onFile, CopySchema.digest(pg, t, Database.Engine.POSTGRESQL), t.name());
                assertTrue(onFile.rows() > 0);
            }
        }
    }

    @Test
    void copiesAFileLibraryToTheServerAndBack() {
        assumeTrue(Database.class.getResource("/db/postgresql/V001__init.sql") != null,
                "the server migrations (db/postgresql/) are not in this build yet");
        Path source = dir.resolve("source.db");
        try (AppContext ctx = AppContext.open(source)) {
            ctx.imports().importPaths(List.of(SharedData.sample("story1-outlet-a.txt"), SharedData.sample("story1-outlet-b.txt")), Progress.NONE);
            new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer()).processPending(Progress.NONE);
            ctx.annotations().notes().addArticleNote(1, "A note on the *embassy*");
            ctx.stories().otherVersions(1);
        }
        LibraryAddress.File from = new LibraryAddress.File(source);
        LibraryAddress.Server server = freshDatabase("copy_trip");

        // a copy failing midway leaves the database marked: it is not opened, and a copy into it starts again
        StoreException failed = assertThrows(StoreException.class, () -> new LibraryCopy(from, server, null)
                .afterBatch((table, rows) -> {
                    if (table.equals("mention")) throw new IOException("the network went away");
                }).run(Progress.NONE));
        assertTrue(failed.getMessage().contains("unfinished copy"), failed.getMessage());
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(server).close());
        assertTrue(refused.getMessage().contains("is an unfinished copy"), refused.getMessage());

        LibraryCopy.Result up = new LibraryCopy(from, server, null).run(Progress.NONE);
        LibraryCopy.Result down = new LibraryCopy(server, new LibraryAddress.File(dir.resolve("back.db")), null).run(Progress.NONE);
        assertEquals(up.tables(), down.tables(), "the same rows and hashes on the way up and down");
        try (Database a = Database.open(source); Database b = Database.open(dir.resolve("back.db"))) {
            for (String q : List.of("Pakistan", "\"State Department\"", "embass*")) {
                assertEquals(new ArticleRepository(a).searchPage(q, 20), new ArticleRepository(b).searchPage(q, 20), q);
            }
        }
        try (Database s = Database.open(server)) {
            assertEquals(2, new ArticleRepository(s).count());
        }
        StoreException notEmpty = assertThrows(StoreException.class, () -> new LibraryCopy(from, server, null).run(Progress.NONE));
        assertTrue(notEmpty.getMessage().contains("is not empty (table article has 2 rows)"), notEmpty.getMessage());
    }

    // ---- a throwaway database per test --------

    private static LibraryAddress.Server freshDatabase(String prefix) {
        return (LibraryAddress.Server) LibraryAddress.parse(org.parallax.testsupport.PostgresTestServer.freshDatabaseUrl(prefix));
    }

    private static Connection connect(LibraryAddress.Server server) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.role());
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    /** The table as the server schema types it (docs: PG-DESIGN types), keyed as in the SQLite schema. */
    private static String createTable(CopySchema.Table t, String textCollation) {
        List<String> cols = new ArrayList<>();
        for (CopySchema.Column c : t.columns()) {
            String type = c.type().toUpperCase(Locale.ROOT);
            String pg = type.contains("INT") ? "BIGINT" : type.contains("REAL") ? "DOUBLE PRECISION" : type.contains("BLOB") ? "BYTEA" : "TEXT";
            cols.add(c.name() + " " + pg + (pg.equals("TEXT") ? textCollation : ""));
        }
        return "CREATE TABLE " + t.name() + " (" + String.join(", ", cols) + ", PRIMARY KEY (" + String.join(", ", t.key()) + "))";
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        int n = rows.get(0).length;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(n - 1) + "?)")) {
            for (Object[] row : rows) {
                for (int i = 0; i < n; i++) {
                    if (row[i] == null) ps.setNull(i + 1, java.sql.Types.NULL);
                    else ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
