package org.parallax.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.parallax.store.SqlScript;

/**
 * The PostgreSQL server the tests run against, named by {@code PARALLAX_TEST_POSTGRES}
 * ({@code postgresql://parallax@127.0.0.1:PORT/postgres}, as {@code src/build/pg-test-cluster.sh start} prints it; CI
 * starts one per run). Each test takes a database of its own from {@link #freshDatabaseUrl}. Without the variable a
 * server test is skipped on a developer's machine, but fails when {@code CI} is set, so CI cannot skip them silently.
 */
public final class PostgresTestServer {
    /** The server's maintenance database URL; the role in it may create databases and roles. */
    public static final String ENV = "PARALLAX_TEST_POSTGRES";
    /** A shell command that restarts the test server (stop, then start on the same port); see pg-test-cluster.sh. */
    public static final String RESTART_ENV = "PARALLAX_TEST_POSTGRES_RESTART";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The databases this test JVM made, dropped when it exits. */
    private static final Queue<String> CREATED = new ConcurrentLinkedQueue<>();
    private static final AtomicBoolean DROP_AT_EXIT = new AtomicBoolean();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);

    private PostgresTestServer() {
    }

    /** Whether a test server is configured. */
    public static boolean available() {
        String url = System.getenv(ENV);
        return url != null && !url.isBlank();
    }

    /** The configured server URL; skips the calling test (aborts) without one, or fails it under CI. */
    public static String serverUrl() {
        if (!available()) {
            String why = ENV + " is not set: start a test server with `bash src/build/pg-test-cluster.sh start DIR` and export what it prints";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) Assertions.fail("CI must run the PostgreSQL tests, but " + why);
            Assumptions.abort(why);
        }
        return System.getenv(ENV).strip();
    }

    /**
     * Creates a new, empty database on the test server, named {@code prefix} plus a part unique to this run and call,
     * and returns its URL {@code postgresql://parallax@127.0.0.1:PORT/name}. The databases a test JVM made are dropped
     * when it exits, so a developer's long-lived test cluster does not pile them up (hundreds of databases keep
     * autovacuum's launcher forking workers, which benchmarks on that cluster then count as the server's work).
     */
    public static String freshDatabaseUrl(String prefix) {
        String server = serverUrl();
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String suffix = "_" + RUN + "_" + COUNTER.incrementAndGet();
        String name = "t_" + clean.substring(0, Math.min(clean.length(), 63 - 2 - suffix.length())) + suffix;
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + server + ": " + e.getMessage(), e);
        }
        CREATED.add(name);
        if (DROP_AT_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(server), "drop-test-databases"));
        }
        URI u = URI.create(server);
        return u.getScheme() + "://" + u.getRawAuthority() + "/" + name;
    }

    /** Drops this JVM's databases, closing what still uses them; a server that is down keeps them. */
    private static void dropCreated(String server) {
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            for (String name; (name = CREATED.poll()) != null; ) {
                try {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    // in use by a process outside this JVM, or already gone: the cluster keeps it
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the server is down (a restart test's last word): the databases stay for the cluster to take with it
        }
    }

    /**
     * A fresh database (as {@link #freshDatabaseUrl}) holding an empty library at this build's newest schema: the
     * PostgreSQL migrations ({@code db/postgresql/}, in the order of {@code db/migrations.txt}) applied by plain JDBC,
     * each in one transaction, and {@code parallax_library.schema_version} set to their count. For tests of SQL that
     * need the schema but not the engine.
     */
    public static String freshLibraryUrl(String prefix) {
        String url = freshDatabaseUrl(prefix);
        try (Connection c = connect(url)) {
            int version = applyMigrations(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO parallax_library (key, value) VALUES ('schema_version', ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")) {
                ps.setString(1, Integer.toString(version));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a library in " + url + ": " + e.getMessage(), e);
        }
        return url;
    }

    /** Applies every PostgreSQL migration in order, each in one transaction; returns how many (the schema version). */
    public static int applyMigrations(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String line : resource("/db/migrations.txt").split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) names.add(n);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String name : names) {
                try (Statement s = c.createStatement()) {
                    for (String stmt : SqlScript.split(resource("/db/postgresql/" + name))) s.execute(stmt);
                } catch (SQLException e) {
                    c.rollback();
                    throw new SQLException("Migration db/postgresql/" + name + " failed: " + e.getMessage(), e);
                }
                c.commit();
            }
        } finally {
            c.setAutoCommit(auto);
        }
        return names.size();
    }

    private static String resource(String path) {
        try (InputStream in = PostgresTestServer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plain JDBC connection (autocommit) to {@code url} = {@code postgresql://[user[:password]@]host[:port]/db[?query]};
     * the query (e.g. {@code sslmode=require}) is passed on to the driver.
     */
    public static Connection connect(String url) throws SQLException {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw new SQLException("Not a PostgreSQL URL: " + url, e);
        }
        if (!"postgresql".equals(u.getScheme()) && !"postgres".equals(u.getScheme())) throw new SQLException("Not a PostgreSQL URL: " + url);
        Properties props = new Properties();
        String userInfo = u.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) props.setProperty("password", userInfo.substring(colon + 1));
        }
        String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath()
                + (u.getRawQuery() != null ? "?" + u.getRawQuery() : "");
        return DriverManager.getConnection(jdbc, props);
    }

    /**
     * Restarts the test server by running {@code PARALLAX_TEST_POSTGRES_RESTART}: every open connection is cut, and
     * the server accepts new ones again when this returns. Fails the test when no restart command is configured.
     */
    public static void restartServer() {
        restartServer(0);
    }

    /** Restarts the test server, keeping it down for {@code secondsDown} seconds before it starts again. */
    public static void restartServer(int secondsDown) {
        serverUrl();
        String configured = System.getenv(RESTART_ENV);
        String cmd = configured == null || secondsDown <= 0 ? configured : configured + " " + secondsDown;
        if (cmd == null || cmd.isBlank()) Assertions.fail(RESTART_ENV + " is not set, so the test server cannot be restarted");
        try {
            Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Assertions.fail("Restarting the test server took over 2 minutes: " + cmd);
            }
            if (p.exitValue() != 0) Assertions.fail("Restarting the test server failed (" + p.exitValue() + "): " + cmd + "\n" + out);
        } catch (IOException e) {
            Assertions.fail("Cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assertions.fail("Interrupted while restarting the test server", e);
        }
    }
}
