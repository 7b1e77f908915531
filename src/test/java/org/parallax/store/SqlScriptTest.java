package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The migration splitter on both engines' scripts: SQLite trigger bodies, PostgreSQL dollar-quoted bodies, quotes. */
class SqlScriptTest {

    @Test
    void commentLinesAndBlankLinesGoAndStatementsEndAtSemicolons() {
        String sql = """
                -- a comment; with a semicolon
                CREATE TABLE a (
                    id INTEGER PRIMARY KEY, -- trailing comment; kept
                    name TEXT
                );

                INSERT INTO a (name) VALUES ('x;y'), ('it''s; fine'), ("odd;name"); INSERT INTO a (name) VALUES ('z')
                """;
        assertEquals(List.of(
                "CREATE TABLE a (\n    id INTEGER PRIMARY KEY, -- trailing comment; kept\n    name TEXT\n);",
                "INSERT INTO a (name) VALUES ('x;y'), ('it''s; fine'), (\"odd;name\");",
                "INSERT INTO a (name) VALUES ('z')"), SqlScript.split(sql));
    }

    @Test
    void aSqliteTriggerBodyIsOneStatementEvenWithCaseInside() {
        String sql = """
                CREATE TRIGGER t AFTER DELETE ON a
                BEGIN
                    -- inside the body
                    DELETE FROM b WHERE id = old.id;
                    UPDATE c SET flag = CASE WHEN old.x = 1 THEN 2 ELSE 3 END;
                END;
                CREATE TEMP TRIGGER u AFTER INSERT ON a BEGIN INSERT INTO b VALUES (new.id); END;
                DROP TRIGGER t;
                """;
        List<String> out = SqlScript.split(sql);
        assertEquals(3, out.size(), out.toString());
        assertEquals("""
                CREATE TRIGGER t AFTER DELETE ON a
                BEGIN
                    DELETE FROM b WHERE id = old.id;
                    UPDATE c SET flag = CASE WHEN old.x = 1 THEN 2 ELSE 3 END;
                END;""", out.get(0));
        assertEquals("CREATE TEMP TRIGGER u AFTER INSERT ON a BEGIN INSERT INTO b VALUES (new.id); END;", out.get(1));
        assertEquals("DROP TRIGGER t;", out.get(2));
    }

    @Test
    void aPostgresFunctionBodyIsKeptWholeAndItsTriggerEndsAtItsSemicolon() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- a comment inside the body stays

                    DELETE FROM event WHERE id = OLD.event_id AND note <> 'a;b';
                    RETURN NULL;
                END;
                $$;
                CREATE TRIGGER f AFTER DELETE ON event_source
                    FOR EACH ROW EXECUTE FUNCTION f();
                CREATE FUNCTION g(x int) RETURNS text LANGUAGE sql AS $body$ SELECT 'it''s $$; ' || $1 $body$;
                SELECT 1;
                """;
        List<String> out = SqlScript.split(sql);
        assertEquals(4, out.size(), out.toString());
        assertEquals("""
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- a comment inside the body stays

                    DELETE FROM event WHERE id = OLD.event_id AND note <> 'a;b';
                    RETURN NULL;
                END;
                $$;""", out.get(0));
        assertEquals("CREATE TRIGGER f AFTER DELETE ON event_source\n    FOR EACH ROW EXECUTE FUNCTION f();", out.get(1));
        assertEquals("CREATE FUNCTION g(x int) RETURNS text LANGUAGE sql AS $body$ SELECT 'it''s $$; ' || $1 $body$;", out.get(2));
        assertEquals("SELECT 1;", out.get(3));
    }

    @Test
    void blockCommentsHideSemicolons() {
        assertEquals(List.of("SELECT /* a; b */ 1;", "SELECT 2;"), SqlScript.split("SELECT /* a; b */ 1;\nSELECT 2;\n"));
        assertEquals(List.of("SELECT 1 /* spans\n; lines */;"), SqlScript.split("SELECT 1 /* spans\n; lines */;"));
    }

    /** Every shipped migration of both engines splits into whole statements, each starting with a statement keyword. */
    @Test
    void everyShippedMigrationSplitsIntoWholeStatements() {
        for (String name : resource("/db/migrations.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            for (String folder : List.of("/db/", "/db/postgresql/")) {
                List<String> statements = SqlScript.split(resource(folder + name));
                for (String s : statements) {
                    // CLUSTER and ANALYZE: a server migration may write a table anew (V015), in the migration's transaction
                    assertTrue(s.matches("(?s)(CREATE|ALTER|INSERT|UPDATE|DROP|DELETE|CLUSTER|ANALYZE) .*;"), folder + name + " split badly: " + s);
                    int open = s.split("\\$\\$", -1).length - 1;
                    assertEquals(0, open % 2, folder + name + ": a $$ body cut in two: " + s);
                }
            }
        }
        // the SQLite triggers' bodies stay whole: V003 has four triggers, six other CREATEs and two ALTERs
        assertEquals(12, SqlScript.split(resource("/db/V003__annotations.sql")).size());
    }

    private static String resource(String path) {
        try (InputStream in = SqlScriptTest.class.getResourceAsStream(path)) {
            if (in == null) throw new AssertionError(path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
