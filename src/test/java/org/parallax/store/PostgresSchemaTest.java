package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.PostgresTestServer;

/**
 * The PostgreSQL migrations ({@code db/postgresql/}, one per entry of {@code db/migrations.txt}) applied in order by
 * plain JDBC to a fresh database on the test server: every SQLite table of a library at the newest schema has its
 * PostgreSQL twin with the same columns in the same order, nullability, defaults and matching types, and every
 * behaviour SQLite's triggers and foreign keys give holds on the server too.
 */
class PostgresSchemaTest {
    /** SQLite's FTS5 tables; PostgreSQL searches with its own article_fts / note_fts tables instead. */
    private static final List<String> FTS5_TABLES = List.of("article_fts", "note_fts", "article_section_fts");
    private static final List<String> FTS5_SHADOW_SUFFIXES = List.of("_data", "_idx", "_content", "_docsize", "_config");
    /** Tables only the PostgreSQL schema has. */
    private static final Set<String> POSTGRES_ONLY = Set.of("parallax_library", "article_fts", "note_fts");
    /**
     * BIGINT beside the ids and foreign keys: epoch milliseconds (a 32-bit INTEGER would overflow) and the story
     * index's story and topic ids (article ids without a foreign key).
     */
    private static final Set<String> WIDE_INTEGERS = Set.of("nlp_state.retry_after", "nlp_claim.claimed_until",
            "story_member.story_id", "story_member.topic_id", "entity_change.entity_id");

    private static String url;

    @TempDir
    Path tmp;

    @BeforeAll
    static void migrate() {
        url = PostgresTestServer.freshLibraryUrl("schema");
    }

    // ---- parity with the SQLite schema ------------------------------------------------------------------------

    private record Column(String name, String type, boolean notNull, String dflt, boolean pk) {
    }

    @Test
    void everySqliteTableHasItsTwinWithTheSameColumns() throws Exception {
        Path file = tmp.resolve("library.db");
        Database.open(file).close();
        Set<String> excepted = new TreeSet<>(FTS5_TABLES);
        for (String fts : FTS5_TABLES) FTS5_SHADOW_SUFFIXES.forEach(s -> excepted.add(fts + s));

        Map<String, List<Column>> sqlite = new LinkedHashMap<>();
        Map<String, Set<String>> sqliteKeys = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.containsAll(FTS5_TABLES), "the excepted FTS5 tables exist on SQLite: " + tables);
            for (String t : tables) {
                if (excepted.contains(t)) continue;
                List<Column> cols = new ArrayList<>();
                int pkCount = 0;
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + t + ")")) {
                    while (rs.next()) {
                        cols.add(new Column(rs.getString("name"), rs.getString("type").toUpperCase(), rs.getInt("notnull") == 1,
                                rs.getString("dflt_value"), rs.getInt("pk") > 0));
                        if (rs.getInt("pk") > 0) pkCount++;
                    }
                }
                Set<String> keys = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + t + ")")) {
                    while (rs.next()) keys.add(rs.getString("from"));
                }
                // INTEGER PRIMARY KEY is the rowid: an id
                for (Column col : cols) if (pkCount == 1 && col.pk() && col.type().equals("INTEGER")) keys.add(col.name());
                sqlite.put(t, cols);
                sqliteKeys.put(t, keys);
            }
        }

        Map<String, List<Column>> pg = new LinkedHashMap<>();
        try (Connection c = PostgresTestServer.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type, is_nullable, column_default"
                     + " FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                pg.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Column(rs.getString(2), rs.getString(3),
                        rs.getString(4).equals("NO"), rs.getString(5), false));
            }
        }

        Set<String> expectedPg = new TreeSet<>(sqlite.keySet());
        expectedPg.addAll(POSTGRES_ONLY);
        assertEquals(expectedPg, new TreeSet<>(pg.keySet()), "PostgreSQL tables = SQLite tables without FTS5 + " + POSTGRES_ONLY);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Column>> e : sqlite.entrySet()) {
            String t = e.getKey();
            List<Column> lite = e.getValue();
            List<Column> server = pg.get(t);
            assertEquals(lite.stream().map(Column::name).toList(), server.stream().map(Column::name).toList(), "columns of " + t);
            for (int i = 0; i < lite.size(); i++) {
                Column l = lite.get(i);
                Column p = server.get(i);
                String where = t + "." + l.name();
                boolean wide = sqliteKeys.get(t).contains(l.name()) || WIDE_INTEGERS.contains(where);
                String expectedType = switch (l.type()) {
                    case "INTEGER" -> wide ? "bigint" : "integer";
                    case "TEXT" -> "text";
                    case "REAL" -> "double precision";
                    case "BLOB" -> "bytea";
                    default -> "unknown SQLite type " + l.type();
                };
                if (!expectedType.equals(p.type())) problems.add(where + ": " + p.type() + ", expected " + expectedType);
                if (!l.pk() && l.notNull() != p.notNull()) problems.add(where + ": NOT NULL " + p.notNull() + " on PostgreSQL, " + l.notNull() + " on SQLite");
                String pgDefault = p.dflt() == null ? null : p.dflt().replace("::text", "");
                if (!java.util.Objects.equals(l.dflt(), pgDefault)) problems.add(where + ": default " + pgDefault + ", on SQLite " + l.dflt());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every index a SQLite library declares exists under the same name on the server (the server may have more). */
    @Test
    void everySqliteIndexHasItsTwin() throws Exception {
        Path file = tmp.resolve("indexes.db");
        Database.open(file).close();
        Set<String> sqlite = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
            while (rs.next()) sqlite.add(rs.getString(1));
        }
        assertTrue(sqlite.contains("mention_manual"), "the SQLite library has its partial indexes: " + sqlite);
        Set<String> pg = new TreeSet<>();
        try (Connection c = PostgresTestServer.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")) {
            while (rs.next()) pg.add(rs.getString(1));
        }
        Set<String> missing = new TreeSet<>(sqlite);
        missing.removeAll(pg);
        assertEquals(Set.of(), missing, "SQLite indexes without a PostgreSQL twin");
    }

    @Test
    void theLibraryNamesItselfAndTheStoryIndexStartsBuilt() throws Exception {
        int sqliteVersion;
        try (Database db = Database.open(tmp.resolve("version.db"))) {
            sqliteVersion = db.schemaVersion();
        }
        try (Connection c = PostgresTestServer.connect(url)) {
            assertEquals("parallax", one(c, "SELECT value FROM parallax_library WHERE key = 'application'"));
            // the version the engine reads: the number of migrations, as on SQLite
            assertEquals(Integer.toString(sqliteVersion), one(c, "SELECT value FROM parallax_library WHERE key = 'schema_version'"));
            // a new library has no articles, so its (empty) story index covers it
            assertEquals(1L, one(c, "SELECT count(*) FROM story_state WHERE id = 1 AND built = 1"));
        }
    }

    // ---- trigger and foreign-key behaviour --------------------------------------------------------------------

    @Test
    void anAutomaticEventGoesWithItsLastSourceButAManualOneStays() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            long a1 = article(c, "events-1");
            long a2 = article(c, "events-2");
            long auto = event(c, "AUTO");
            long shared = event(c, "AUTO");
            long manual = event(c, "MANUAL");
            source(c, auto, a1);
            source(c, shared, a1);
            source(c, shared, a2);
            source(c, manual, a1);
            long entity = insert(c, "INSERT INTO entity (type, name) VALUES ('PERSON', 'Ines Barros') RETURNING id");
            exec(c, "INSERT INTO event_entity (event_id, entity_id, role, seq) VALUES (" + auto + ", " + entity + ", 'WHO', 0)");
            long mark = insert(c, "INSERT INTO mention (article_id, start_off, end_off, text, type, origin, event_id)"
                    + " VALUES (" + a2 + ", 0, 4, 'Ines', 'PERSON', 'MANUAL', " + auto + ") RETURNING id");

            exec(c, "DELETE FROM event_source WHERE event_id = " + shared + " AND article_id = " + a2);
            assertEquals(1L, count(c, "event", "id = " + shared), "an event another article still reports stays");

            exec(c, "DELETE FROM article WHERE id = " + a1);
            assertEquals(0L, count(c, "event", "id = " + auto), "an automatic event no article reports goes");
            assertEquals(0L, count(c, "event", "id = " + shared), "so does the shared one once its last source went");
            assertEquals(1L, count(c, "event", "id = " + manual), "a manual event stays without sources");
            assertEquals(0L, count(c, "event_entity", "event_id = " + auto), "the gone event's people go with it");
            assertNull(one(c, "SELECT event_id FROM mention WHERE id = " + mark), "a mark naming the gone event keeps only its span");
        }
    }

    @Test
    void aNoteIsOrphanedNotDroppedWhenItsArticleIsDeleted() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            long a = article(c, "orphan");
            long passage = note(c, a, "The keeper retired on Friday");
            long other = note(c, article(c, "orphan-other"), "Unrelated note");
            exec(c, "DELETE FROM article WHERE id = " + a);
            assertEquals(1L, one(c, "SELECT count(*) FROM note WHERE id = " + passage + " AND orphaned = 1 AND article_id IS NULL"
                    + " AND quote = 'keeper'"));
            assertEquals(0, ((Number) one(c, "SELECT orphaned FROM note WHERE id = " + other)).intValue(), "other notes are untouched");
        }
    }

    @Test
    void noteSearchFollowsInsertTextChangeAndDelete() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            long n = note(c, article(c, "note-fts"), "Lighthouse keepers retiring at the café");
            // stemmed (retiring ~ retire) and without accents (café ~ cafe), as FTS5's porter + remove_diacritics
            assertTrue(noteMatches(c, n, "retire & cafe"));
            assertTrue(noteMatches(c, n, "lighthouse & keeper"));

            exec(c, "UPDATE note SET orphaned = 1 WHERE id = " + n);
            assertTrue(noteMatches(c, n, "lighthouse"), "a change to another column keeps the terms");

            exec(c, "UPDATE note SET text = 'Ferry timetable changed' WHERE id = " + n);
            assertFalse(noteMatches(c, n, "lighthouse"), "the old text is no longer found");
            assertTrue(noteMatches(c, n, "ferry & timetable"), "the new text is");
            assertEquals(1L, count(c, "note_fts", "note_id = " + n));

            exec(c, "DELETE FROM note WHERE id = " + n);
            assertEquals(0L, count(c, "note_fts", "note_id = " + n), "a deleted note leaves no search row");
        }
    }

    @Test
    void deletingAnArticleTakesEverythingThatBelongsToIt() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            long a = article(c, "cascade");
            long b = article(c, "cascade-b");
            long feed = insert(c, "INSERT INTO feed (url, added_at) VALUES ('https://example.org/feed', 'now') RETURNING id");
            long entry = insert(c, "INSERT INTO feed_entry (feed_id, guid, article_id, first_seen) VALUES (" + feed + ", 'g1', " + a
                    + ", 'now') RETURNING id");
            exec(c, "INSERT INTO block VALUES (" + a + ", 0, 'TITLE', 0, 5)");
            exec(c, "INSERT INTO mention (article_id, start_off, end_off, text, type, origin) VALUES (" + a + ", 0, 4, 'Ines', 'PERSON', 'AUTO')");
            exec(c, "INSERT INTO nlp_state (article_id, pipeline_version, text_hash, status) VALUES (" + a + ", 'v1', 'h', 'DONE')");
            exec(c, "INSERT INTO nlp_claim VALUES (" + a + ", 'worker-1', 1767225600000)");
            exec(c, "INSERT INTO story_member VALUES (" + a + ", " + a + ", " + a + ")");
            exec(c, "INSERT INTO story_pair VALUES (" + b + ", " + a + ", 0.5)");
            exec(c, "INSERT INTO story_key VALUES ('keeper', " + a + ")");
            exec(c, "INSERT INTO suggestion_rejected (article_id, start_off, end_off, label) VALUES (" + a + ", 0, 4, 'PERSON')");
            exec(c, "INSERT INTO long_article (id) VALUES (" + a + ")");
            exec(c, "INSERT INTO web_snapshot VALUES (" + a + ", 'u', 'u', 'https://example.org/a', 'now', 200, null, 'UTF-8', '\\x00')");
            exec(c, "INSERT INTO article_image VALUES (" + a + ", 0, 'u', null, 'image/png', '\\x00')");
            exec(c, "INSERT INTO article_fts VALUES (" + a + ", 0, 't', 'b', to_tsvector('parallax', 'b'))");

            exec(c, "DELETE FROM article WHERE id = " + a);
            for (String t : List.of("block", "mention", "nlp_state", "nlp_claim", "story_member", "story_key",
                    "suggestion_rejected", "web_snapshot", "article_image", "article_fts")) {
                assertEquals(0L, count(c, t, "article_id = " + a), t + " rows go with their article");
            }
            assertEquals(0L, count(c, "story_pair", "a = " + a + " OR b = " + a));
            assertEquals(0L, count(c, "long_article", "id = " + a));
            assertNull(one(c, "SELECT article_id FROM feed_entry WHERE id = " + entry), "the feed entry stays seen");

            exec(c, "DELETE FROM feed WHERE id = " + feed);
            assertEquals(0L, count(c, "feed_entry", "id = " + entry), "a feed's entries go with it");
        }
    }

    @Test
    void deletingAnEntityUnlinksItsMentionsAndNotesAndDropsItsAliases() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            long a = article(c, "entity");
            long e = insert(c, "INSERT INTO entity (type, name) VALUES ('PERSON', 'Ines') RETURNING id");
            exec(c, "INSERT INTO entity_alias VALUES (" + e + ", 'I. Barros')");
            long m = insert(c, "INSERT INTO mention (article_id, start_off, end_off, text, type, origin, entity_id) VALUES ("
                    + a + ", 0, 4, 'Ines', 'PERSON', 'AUTO', " + e + ") RETURNING id");
            long n = insert(c, "INSERT INTO note (target, entity_id, text, created_at, updated_at) VALUES ('ENTITY', " + e
                    + ", 'who is she', 'now', 'now') RETURNING id");
            exec(c, "DELETE FROM entity WHERE id = " + e);
            assertNull(one(c, "SELECT entity_id FROM mention WHERE id = " + m));
            assertNull(one(c, "SELECT entity_id FROM note WHERE id = " + n));
            assertEquals(0L, count(c, "entity_alias", "entity_id = " + e));
        }
    }

    @Test
    void constraintsHoldAsOnSqlite() throws Exception {
        try (Connection c = PostgresTestServer.connect(url)) {
            exec(c, "INSERT INTO annotation_type (name, colour, shortcut) VALUES ('Weapon', '#f00', 'w')");
            // SQLite's UNIQUE COLLATE NOCASE
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO annotation_type (name, colour) VALUES ('WEAPON', '#0f0')"));
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO annotation_type (name, colour, shortcut) VALUES ('Ship', '#0f0', 'W')"));
            long feed = insert(c, "INSERT INTO feed (url, added_at) VALUES ('https://example.org/constraints', 'now') RETURNING id");
            exec(c, "INSERT INTO feed_entry (feed_id, guid, link, first_seen) VALUES (" + feed + ", 'g', 'https://x/1', 'now')");
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO feed_entry (feed_id, guid, first_seen) VALUES (" + feed + ", 'g', 'now')"));
            // the same link under another guid is another entry; without a guid the link is the key
            exec(c, "INSERT INTO feed_entry (feed_id, guid, link, first_seen) VALUES (" + feed + ", 'g2', 'https://x/1', 'now')");
            exec(c, "INSERT INTO feed_entry (feed_id, link, first_seen) VALUES (" + feed + ", 'https://x/2', 'now')");
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO feed_entry (feed_id, link, first_seen) VALUES (" + feed + ", 'https://x/2', 'now')"));
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO feed_entry (feed_id, first_seen) VALUES (" + feed + ", 'now')"));
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO mention (article_id, start_off, end_off, text, type, origin) VALUES ("
                    + article(c, "check") + ", 0, 1, 'x', 'PERSON', 'GUESS')"));
            // an explicit id (a library copied in) is accepted beside generated ones
            exec(c, "INSERT INTO entity (id, type, name) VALUES (900000001, 'PLACE', 'Skerry')");
            assertEquals(1L, count(c, "entity", "id = 900000001"));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static long article(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (content_hash, title, imported_at, text) VALUES (?, ?, 'now', ?)"
                + " RETURNING id")) {
            ps.setString(1, hash);
            ps.setString(2, "Title " + hash);
            ps.setString(3, "Text of " + hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long event(Connection c, String origin) throws SQLException {
        return insert(c, "INSERT INTO event (kind, date_start, date_end, date_precision, origin) VALUES ('MEETING', '2024-01-01', '2024-01-01',"
                + " 'DAY', '" + origin + "') RETURNING id");
    }

    private static void source(Connection c, long event, long article) throws SQLException {
        exec(c, "INSERT INTO event_source VALUES (" + event + ", " + article + ", 0, 10, 'A sentence.')");
    }

    private static long note(Connection c, long article, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (target, article_id, start_off, end_off, quote, text, created_at, updated_at)"
                + " VALUES ('PASSAGE', ?, 4, 10, 'keeper', ?, 'now', 'now') RETURNING id")) {
            ps.setLong(1, article);
            ps.setString(2, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean noteMatches(Connection c, long note, String tsquery) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM note_fts WHERE note_id = ? AND tsv @@ to_tsquery('parallax', ?)")) {
            ps.setLong(1, note);
            ps.setString(2, tsquery);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        return ((Number) one(c, sql)).longValue();
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String table, String where) throws SQLException {
        return ((Number) one(c, "SELECT count(*) FROM " + table + " WHERE " + where)).longValue();
    }

    private static Object one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "a row from " + sql);
            return rs.getObject(1);
        }
    }
}
