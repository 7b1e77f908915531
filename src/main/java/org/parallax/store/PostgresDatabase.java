package org.parallax.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The server engine: a library in a PostgreSQL database that several people and machines use at once. Write
 * transactions of every process take one advisory lock first ({@code pg_advisory_xact_lock}), so they run one at a
 * time as on a SQLite file and the repositories keep one meaning on both engines; each ends with a
 * {@code NOTIFY parallax_change} that other processes' {@link ChangeWatcher}s hear at commit. A transaction cut off by
 * a lost connection (a server restart) is rolled back by the server and run again on a new connection, for up to
 * two minutes. The password comes from {@code ~/.pgpass} (read by the driver) or from {@link Passwords}; it is never
 * logged or kept.
 */
public final class PostgresDatabase extends Database {
    private static final Logger LOG = Logger.getLogger(PostgresDatabase.class.getName());
    /** The advisory lock key of library writes: "PRLX" as an integer, as SQLite files carry it as application_id. */
    static final long WRITE_LOCK = LibraryProbe.APPLICATION_ID;
    static final String CHANNEL = "parallax_change";
    private static final int READ_POOL = 8;

    /** Asks for a password the driver could not find in {@code ~/.pgpass}; null when the user declined. */
    @FunctionalInterface
    public interface Passwords {
        char[] ask(LibraryAddress.Server server, String reason);
    }

    private final LibraryAddress.Server server;
    private final HikariDataSource pool;
    private final Properties connectProps;
    private final ExecutorService writer;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong foreignChanges = new AtomicLong();
    private final AtomicLong ownChanges = new AtomicLong();
    private volatile Thread writerThread;
    private volatile Connection writeConnection;
    private volatile ServerChangeListener listener;
    private volatile boolean closed;
    private String role;
    private boolean readOnly;

    private PostgresDatabase(LibraryAddress.Server server, char[] password) {
        this.server = server;
        this.connectProps = new Properties();
        connectProps.setProperty("user", server.role());
        if (password != null) connectProps.setProperty("password", new String(password));
        connectProps.setProperty("ApplicationName", "Parallax");
        connectProps.setProperty("tcpKeepAlive", "true");
        // a string parameter bound to an integer column is cast by the server, as SQLite's loose typing allows
        connectProps.setProperty("stringtype", "unspecified");
        if (!server.options().containsKey("connectTimeout")) connectProps.setProperty("connectTimeout", "10");
        // a batch of one-row inserts (an article's blocks, a file library's way) goes to the server as multi-row inserts:
        // one statement to parse and run, not one per row; no caller reads a batch's update counts
        connectProps.setProperty("reWriteBatchedInserts", "true");
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(server.jdbcUrl());
        cfg.setDataSourceProperties(connectProps);
        cfg.setMaximumPoolSize(READ_POOL + 1);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("parallax-" + server.database());
        cfg.setConnectionTimeout(30_000);
        // the first connection is made here, so a wrong address or password fails at open with the server's reason
        cfg.setInitializationFailTimeout(1);
        try {
            this.pool = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException(openError(server, e), e);
        }
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parallax-db-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** Opens and migrates the server library at {@code server}, with the password from {@code ~/.pgpass} if any. */
    static PostgresDatabase open(LibraryAddress.Server server, String migrationFolder) {
        return open(server, migrationFolder, null);
    }

    /**
     * Opens and migrates the server library at {@code server}; when the server asks for a password the driver did not
     * find, {@code passwords} (if given) is asked once.
     */
    public static PostgresDatabase open(LibraryAddress.Server server, Passwords passwords) {
        return open(server, MIGRATION_FOLDER, passwords);
    }

    static PostgresDatabase open(LibraryAddress.Server server, String migrationFolder, Passwords passwords) {
        return open(server, migrationFolder, passwords, false);
    }

    /** As above; {@code copyTarget}: opened by {@link LibraryCopy}, which may write into an unfinished copy again. */
    static PostgresDatabase open(LibraryAddress.Server server, String migrationFolder, Passwords passwords, boolean copyTarget) {
        PostgresDatabase db;
        try {
            db = new PostgresDatabase(server, null);
        } catch (StoreException e) {
            if (passwords == null || !needsPassword(e)) throw e;
            char[] pw = passwords.ask(server, e.getMessage());
            if (pw == null) throw e;
            try {
                db = new PostgresDatabase(server, pw);
            } finally {
                java.util.Arrays.fill(pw, '\0');
            }
        }
        try {
            db.identify();
            if (!copyTarget) db.refuseUnfinishedCopy();
            db.migrate(migrationFolder);
            db.listener = ServerChangeListener.start(server, db.connectProps, db.instance, db.foreignChanges);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static boolean needsPassword(StoreException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && ("28P01".equals(s.getSQLState()) || "28000".equals(s.getSQLState()))) return true;
            if (String.valueOf(c.getMessage()).contains("password")) return true;
        }
        return false;
    }

    private static String openError(LibraryAddress.Server server, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String why = String.valueOf(root.getMessage());
        return "Cannot open library " + server.text() + ": " + why
                + (why.contains("password") ? " (put the password in ~/.pgpass, or open the library from the window to be asked)" : "");
    }

    private void identify() {
        read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                role = rs.getString(1);
            }
            return null;
        });
    }

    // ---- schema -------------------------------------------------------------------------------------------

    @Override
    public int schemaVersion() {
        return read(PostgresDatabase::storedVersion);
    }

    /** The version in parallax_library; 0 for an empty database; -1 for a database holding other tables. */
    private static int storedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT to_regclass('parallax_library') IS NOT NULL, "
                        + "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())")) {
            rs.next();
            if (!rs.getBoolean(1)) return rs.getLong(2) == 0 ? 0 : -1;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT value FROM parallax_library WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    private void migrate(String migrationFolder) {
        List<String> names = migrationNames(migrationFolder);
        int current = schemaVersion();
        if (current < 0) {
            throw new StoreException("Database " + server.text() + " holds tables but is not a Parallax library."
                    + " Name an empty database (or one Parallax made) with --library.");
        }
        if (current > names.size()) {
            throw new StoreException("Library " + server.text() + " was written by a newer Parallax (schema " + current
                    + "; this version knows " + names.size() + "). Update Parallax to open it; nothing was changed.");
        }
        readOnly = !read(c -> {
            if (storedVersion(c) == 0) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT has_database_privilege(current_database(), 'CREATE')")) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT CASE WHEN to_regclass('note') IS NULL THEN true ELSE has_table_privilege('note', 'INSERT') END")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (current == names.size()) return;
        boolean mayCreate = read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT has_schema_privilege(current_schema(), 'CREATE')")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (readOnly || !mayCreate) {
            throw new StoreException("Library " + server.text() + " needs its schema brought to version " + names.size()
                    + ", and role " + role + " may not change it. Open it once with the library's owner role.");
        }
        for (int v = current + 1; v <= names.size(); v++) {
            String name = names.get(v - 1);
            String simple = name.substring(name.lastIndexOf('/') + 1);
            String sql = readResource(name.startsWith("/") ? name.substring(0, name.lastIndexOf('/')) + "/postgresql/" + simple
                    : migrationFolder + "/postgresql/" + simple);
            int version = v;
            boolean applied = write(c -> {
                if (storedVersion(c) >= version) return false;
                try (Statement s = c.createStatement()) {
                    if (version == 1) {
                        s.execute("CREATE TABLE IF NOT EXISTS parallax_library (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                        s.execute("INSERT INTO parallax_library VALUES ('application', 'parallax') ON CONFLICT DO NOTHING");
                    }
                    for (String stmt : splitSql(sql)) s.execute(stmt);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO parallax_library (key, value) VALUES ('schema_version', ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, Integer.toString(version));
                    ps.executeUpdate();
                }
                return true;
            });
            if (applied) LOG.info(() -> "Migrated " + server.text() + " to schema " + version + " (" + simple + ")");
        }
    }

    // ---- unfinished copies --------------------------------------------------------------------------------

    /** A library that {@code library copy} is writing, or failed to finish, carries {@link LibraryCopy}'s marker row. */
    private void refuseUnfinishedCopy() {
        boolean unfinished = read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT to_regclass('parallax_library') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) return false;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM parallax_library WHERE key = ?")) {
                ps.setString(1, LibraryCopy.MARKER_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (unfinished) {
            throw new StoreException("Library " + server.text() + " is an unfinished copy: copy again or drop the database.");
        }
    }

    // ---- the contract -------------------------------------------------------------------------------------

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public Path file() {
        return null;
    }

    @Override
    public String describe() {
        return server.text();
    }

    /** The address this library was opened at. */
    public LibraryAddress.Server address() {
        return server;
    }

    @Override
    public String user() {
        return role;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
        long pauseMs = 100;
        while (true) {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                if (!isConnectionLost(e) || System.nanoTime() > deadline || closed) throw translate(e);
                LOG.fine(() -> "Library " + server.text() + " is out of reach (" + e.getMessage() + "); reading again");
                pauseMs = pause(pauseMs);
            }
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) {
            try {
                return work.run(writeConnection);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        return await(submitWrite(work));
    }

    @Override
    public <T> Future<T> submitWrite(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) throw new IllegalStateException("submitWrite from the writer thread would wait on itself");
        return writer.submit(() -> transaction(work));
    }

    /**
     * Runs {@code work} in one transaction holding the library's write lock. A transaction that failed because the
     * connection was lost, or that the server chose as a deadlock or serialization victim, was rolled back whole by
     * the server and is run again from the start on a new connection.
     */
    private <T> T transaction(SqlWork<T> work) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
        long pauseMs = 100;
        while (true) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                writeConnection = c;
                try {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
                    }
                    T result = work.run(c);
                    try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
                        ps.setString(1, instance);
                        ps.execute();
                    }
                    c.commit();
                    ownChanges.incrementAndGet();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                } finally {
                    writeConnection = null;
                    restoreAutoCommit(c);
                }
            } catch (SQLException e) {
                if (!retryable(e) || System.nanoTime() > deadline || closed) throw translate(e);
                LOG.info(() -> "Library " + server.text() + ": " + e.getMessage() + "; writing again");
                pauseMs = pause(pauseMs);
            }
        }
    }

    private static long pause(long pauseMs) {
        try {
            Thread.sleep(pauseMs);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the library server", ie);
        }
        return Math.min(pauseMs * 2, 2_000);
    }

    /** Hands the connection back to the pool in autocommit; a dead one is dropped by the pool anyway. */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Connection lost after a write", e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Rollback after a failed write", e);
        }
    }

    /** A lost or refused connection (SQL state class 08, the server shutting down or starting, a pool timeout). */
    static boolean isConnectionLost(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e && e.getSQLState() != null) {
                String s = e.getSQLState();
                if (s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03")) return true;
            }
            if (c instanceof java.sql.SQLTransientConnectionException) return true;
            if (c instanceof java.io.IOException) return true;
        }
        return false;
    }

    private static boolean retryable(SQLException e) {
        return isConnectionLost(e) || "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = String.valueOf(e.getMessage());
        if (state.equals("53100")) return new FullException(server.text(), e);
        if (state.equals("42501")) {
            return new StoreException("Library " + server.text() + " is read-only for role " + role
                    + ": nothing was changed (" + msg + ")", e);
        }
        if (isConnectionLost(e)) {
            return new StoreException("Library " + server.text() + ": the server cannot be reached (" + msg
                    + "); nothing of this change was saved", e);
        }
        return new StoreException("Library " + server.text() + ": " + msg, e);
    }

    // ---- changes by others --------------------------------------------------------------------------------

    @Override
    WriterVersions writerVersions() {
        ensureOpen();
        return new WriterVersions(foreignChanges.get(), ownChanges.get());
    }

    private void ensureOpen() {
        if (closed) throw new StoreException("Library " + server.text() + " is closed");
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ServerChangeListener l = listener;
        if (l != null) l.close();
        pool.close();
    }
}
