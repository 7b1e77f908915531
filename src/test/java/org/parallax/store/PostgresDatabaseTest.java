package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parallax.testsupport.PostgresTestServer;

/**
 * The server engine on a real PostgreSQL server (the test cluster CI starts): migration from the one list, refusal
 * of newer and foreign databases, writes that others hear of, and the read-only role.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PostgresDatabaseTest {
    private LibraryAddress.Server address;

    @BeforeEach
    void freshDatabase() {
        address = (LibraryAddress.Server) LibraryAddress.parse(PostgresTestServer.freshDatabaseUrl("engine"));
    }

    @Test
    void opensMigratesAndRefusesANewerLibrary() {
        try (PostgresDatabase db = PostgresDatabase.open(address, "/db-pg-engine", null)) {
            assertEquals(2, db.schemaVersion());
            assertEquals(Database.Engine.POSTGRESQL, db.engine());
            assertNull(db.file());
            assertEquals("parallax", db.user());
            assertFalse(db.readOnly());
            long id = db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (text) VALUES (?) RETURNING id")) {
                    ps.setString(1, "first");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            assertEquals("first", db.read(c -> one(c, "SELECT text FROM note WHERE id = " + id)));
        }
        // opened again: nothing to migrate, the row is there
        try (PostgresDatabase db = PostgresDatabase.open(address, "/db-pg-engine", null)) {
            assertEquals("1", db.read(c -> one(c, "SELECT count(*) FROM note")));
        }
        StoreException newer = assertThrows(StoreException.class, () -> PostgresDatabase.open(address, "/db-pg-engine-old", null));
        assertTrue(newer.getMessage().contains("newer Parallax"), newer.getMessage());
        assertTrue(newer.getMessage().contains(address.text()), newer.getMessage());
    }

    @Test
    void aDatabaseHoldingOtherTablesIsRefused() throws Exception {
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id int)");
        }
        StoreException e = assertThrows(StoreException.class, () -> PostgresDatabase.open(address, "/db-pg-engine", null));
        assertTrue(e.getMessage().contains("is not a Parallax library"), e.getMessage());
    }

    @Test
    void aCommitByAnotherProcessIsHeardAndOwnCommitsAreNot() throws Exception {
        try (PostgresDatabase a = PostgresDatabase.open(address, "/db-pg-engine", null);
             PostgresDatabase b = PostgresDatabase.open(address, "/db-pg-engine", null)) {
            Database.WriterVersions before = a.writerVersions();
            a.write(c -> insertNote(c, "mine"));
            assertEquals(before.foreign(), a.writerVersions().foreign(), "own commit is not someone else's");
            assertEquals(before.own() + 1, a.writerVersions().own());
            b.write(c -> insertNote(c, "theirs"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (a.writerVersions().foreign() == before.foreign() && System.nanoTime() < deadline) Thread.onSpinWait();
            assertTrue(a.writerVersions().foreign() > before.foreign(), "the other process's commit was heard");
        }
    }

    @Test
    void aRoleWithoutWriteRightsOpensReadOnly() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(address, "/db-pg-engine", null)) {
            db.write(c -> insertNote(c, "visible"));
        }
        String reader = "reader_" + address.database();
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + reader + " LOGIN");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        }
        LibraryAddress.Server asReader = new LibraryAddress.Server(reader, address.host(), address.port(), address.database(), address.options());
        // an editor (may write rows, may not create tables) of a library a newer build must migrate is sent to the owner
        String editor = "editor_" + address.database();
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + editor + " LOGIN");
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + editor);
        }
        LibraryAddress.Server asEditor = new LibraryAddress.Server(editor, address.host(), address.port(), address.database(), address.options());
        try (PostgresDatabase old = PostgresDatabase.open(asEditor, "/db-pg-engine", null)) {
            assertFalse(old.readOnly(), "an editor writes");
        }
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("UPDATE parallax_library SET value = '1' WHERE key = 'schema_version'");
            s.execute("DROP TABLE note");
        }
        StoreException owner = assertThrows(StoreException.class, () -> PostgresDatabase.open(asEditor, "/db-pg-engine", null));
        assertTrue(owner.getMessage().contains("Open it once with the library's owner role"), owner.getMessage());
        try (PostgresDatabase db = PostgresDatabase.open(address, "/db-pg-engine", null)) {
            db.write(c -> insertNote(c, "visible"));
        }
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        }
        try (PostgresDatabase db = PostgresDatabase.open(asReader, "/db-pg-engine", null)) {
            assertTrue(db.readOnly());
            assertEquals(reader, db.user());
            assertEquals("1", db.read(c -> one(c, "SELECT count(*) FROM note")));
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> insertNote(c, "refused")));
            assertTrue(e.getMessage().contains("read-only for role " + reader), e.getMessage());
        }
    }

    @Test
    void thePasswordComesFromPgpassOrTheAskerAndIsNeverShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the test cluster's password role (src/build/pg-test-cluster.sh) and its password
        String secret = System.getenv("PARALLAX_TEST_POSTGRES_PASSWORD");
        org.junit.jupiter.api.Assumptions.assumeTrue(secret != null, "the test server names no password role");
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement()) {
            s.execute("GRANT ALL ON DATABASE " + address.database() + " TO parallax_pw");
            s.execute("GRANT ALL ON SCHEMA public TO parallax_pw");
        }
        LibraryAddress.Server asPw = new LibraryAddress.Server("parallax_pw", address.host(), address.port(), address.database(), address.options());
        // no password anywhere: the server's refusal, without a password in it
        StoreException refused = assertThrows(StoreException.class, () -> PostgresDatabase.open(asPw, "/db-pg-engine", null));
        assertTrue(refused.getMessage().contains("~/.pgpass"), refused.getMessage());
        // a wrong answer from the asker: refused again, and the message never holds what was typed
        StoreException wrong = assertThrows(StoreException.class,
                () -> PostgresDatabase.open(asPw, "/db-pg-engine", (srv, why) -> "not-it".toCharArray()));
        assertFalse(wrong.getMessage().contains("not-it"), wrong.getMessage());
        // the asker's right answer opens it
        char[][] asked = new char[1][];
        try (PostgresDatabase db = PostgresDatabase.open(asPw, "/db-pg-engine", (srv, why) -> asked[0] = secret.toCharArray())) {
            assertEquals("parallax_pw", db.user());
            assertFalse(db.describe().contains(secret));
        }
        assertEquals('\0', asked[0][0], "the typed password is wiped after use");
        // a password file (the driver reads it as libpq does): no asking at all
        java.nio.file.Path pgpass = dir.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, address.host() + ":" + address.port() + ":" + address.database() + ":parallax_pw:" + secret + "\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (PostgresDatabase db = PostgresDatabase.open(asPw, "/db-pg-engine", (srv, why) -> {
            throw new AssertionError("asked although ~/.pgpass holds the password");
        })) {
            assertEquals("parallax_pw", db.user());
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void sslmodeInTheAddressMakesTheConnectionEncrypted() {
        org.junit.jupiter.api.Assumptions.assumeTrue(PostgresTestServer.available());
        LibraryAddress.Server tls = (LibraryAddress.Server) LibraryAddress.parse(address.text() + "?sslmode=require");
        boolean offered;
        try (Connection c = PostgresTestServer.connect(address.text()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW ssl")) {
            rs.next();
            offered = rs.getString(1).equals("on");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        // the test cluster offers TLS when openssl made it a certificate (src/build/pg-test-cluster.sh)
        org.junit.jupiter.api.Assumptions.assumeTrue(offered, "the test server offers no TLS");
        try (PostgresDatabase db = PostgresDatabase.open(tls, "/db-pg-engine", null)) {
            assertTrue(db.<Boolean>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    return rs.next() && rs.getBoolean(1);
                }
            }), "the library's connections are encrypted");
            assertTrue(db.describe().endsWith("?sslmode=require"), db.describe());
        }
    }

    private static Void insertNote(Connection c, String text) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
            ps.setString(1, text);
            ps.executeUpdate();
        }
        return null;
    }

    private static String one(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
