package org.parallax.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The test server CI provides (src/build/pg-test-cluster.sh): fresh databases are separate and empty, the server is
 * reachable from this machine only, the password role needs its password, and a restart cuts open connections.
 */
class PostgresTestServerTest {

    @Test
    void eachFreshDatabaseIsNewAndEmpty() throws Exception {
        String a = PostgresTestServer.freshDatabaseUrl("Server Test-A");
        String b = PostgresTestServer.freshDatabaseUrl("Server Test-A");
        assertNotEquals(a, b);
        assertTrue(a.matches("postgresql://parallax@127\\.0\\.0\\.1:\\d+/t_server_test_a_\\w+"), a);
        try (Connection c = PostgresTestServer.connect(a); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE only_in_a (x INTEGER)");
            assertEquals("parallax", one(s, "SELECT current_user"));
            // reachable on the loopback address only (pg-test-cluster.sh sets it; nothing may listen beyond it)
            assertEquals("127.0.0.1", one(s, "SHOW listen_addresses"));
        }
        try (Connection c = PostgresTestServer.connect(b); Statement s = c.createStatement()) {
            assertEquals("0", one(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        }
    }

    @Test
    void thePasswordRoleNeedsItsPasswordAndCanUseTls() throws Exception {
        PostgresTestServer.serverUrl();
        String url = System.getenv("PARALLAX_TEST_POSTGRES_PASSWORD_URL");
        Assumptions.assumeTrue(url != null, "PARALLAX_TEST_POSTGRES_PASSWORD_URL is not set (pg-test-cluster.sh prints it)");
        String password = System.getenv("PARALLAX_TEST_POSTGRES_PASSWORD");
        String withPassword = url.replaceFirst("://([^@]+)@", "://$1:" + password + "@");
        assertThrows(SQLException.class, () -> PostgresTestServer.connect(url.replaceFirst("://([^@]+)@", "://$1:wrong@")).close());
        try (Connection c = PostgresTestServer.connect(withPassword); Statement s = c.createStatement()) {
            assertEquals("parallax_pw", one(s, "SELECT current_user"));
        }
        // pg-test-cluster.sh offers TLS when openssl was there to make its certificate (the cluster is made on this machine)
        if (onPath("openssl")) {
            try (Connection c = PostgresTestServer.connect(withPassword + "?sslmode=require"); Statement s = c.createStatement()) {
                assertEquals("t", one(s, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
            }
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) return true;
        }
        return false;
    }

    @Test
    void restartingTheServerCutsOpenConnectionsAndNewOnesWork() throws Exception {
        String url = PostgresTestServer.freshDatabaseUrl("restart");
        try (Connection c = PostgresTestServer.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (x INTEGER)");
            s.execute("INSERT INTO kept VALUES (7)");
            PostgresTestServer.restartServer();
            assertThrows(SQLException.class, () -> one(s, "SELECT 1"));
        }
        try (Connection c = PostgresTestServer.connect(url); Statement s = c.createStatement()) {
            assertEquals("7", one(s, "SELECT x FROM kept"));
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
