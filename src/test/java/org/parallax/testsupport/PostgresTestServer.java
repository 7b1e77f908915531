package org.parallax.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Placeholder until the test-cluster helper's version lands: fresh databases on $PARALLAX_TEST_POSTGRES. */
public final class PostgresTestServer {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private PostgresTestServer() {
    }

    public static String freshDatabaseUrl(String prefix) {
        String base = System.getenv("PARALLAX_TEST_POSTGRES");
        if (base == null || base.isBlank()) {
            if (System.getenv("CI") != null) Assertions.fail("PARALLAX_TEST_POSTGRES is not set: CI must start the test server");
            Assumptions.abort("no test PostgreSQL server (PARALLAX_TEST_POSTGRES unset)");
        }
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000 + "_" + SEQ.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        try (Connection c = connect(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    public static Connection connect(String url) throws SQLException {
        String rest = url.substring("postgresql://".length());
        String user = rest.contains("@") ? rest.substring(0, rest.indexOf('@')) : System.getProperty("user.name");
        String hostDb = rest.contains("@") ? rest.substring(rest.indexOf('@') + 1) : rest;
        return DriverManager.getConnection("jdbc:postgresql://" + hostDb + "?user=" + user);
    }
}
