package org.parallax.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteConfig;

/**
 * The file engine: one SQLite library file. Opening it refuses files that are not Parallax libraries ({@link LibraryProbe}), sets WAL,
 * foreign keys and a busy timeout, and migrates the schema (numbered SQL files under {@code db/}, version in
 * {@code PRAGMA user_version}) after backing the file up. All writes run one at a time on a single writer thread, each
 * in one {@code BEGIN IMMEDIATE} transaction that waits for other processes' writers; reads use pooled connections.
 */
public final class SqliteDatabase extends Database {
    private static final Logger LOG = Logger.getLogger(SqliteDatabase.class.getName());
    /**
     * How long a write keeps retrying after SQLite's own 10 s busy wait gave up: another process may hold the write
     * lock longer than that (a big import batch), and a write must not fail only because someone else is writing.
     */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final long BUSY_RETRY_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final Path file;
    /** Opened read-only because the file may not be written ({@link #notWritable}); every connection is then read-only. */
    private final boolean readOnly;
    private final String migrationFolder;
    private final int busyTimeoutMs;
    private final ExecutorService writer;
    private final Connection writeConnection;
    private final ConcurrentLinkedQueue<Connection> readPool = new ConcurrentLinkedQueue<>();
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile Thread writerThread;
    private volatile boolean closed;

    private SqliteDatabase(Path file, String migrationFolder, int busyTimeoutMs, boolean readOnly) {
        this.file = file;
        this.readOnly = readOnly;
        this.migrationFolder = migrationFolder;
        this.busyTimeoutMs = busyTimeoutMs;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parallax-db-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
        try {
            this.writeConnection = connect(file, busyTimeoutMs, readOnly);
        } catch (SQLException e) {
            writer.shutdownNow();
            throw new StoreException("Cannot open library " + file + ": " + e.getMessage()
                    + ". Check that the file is a Parallax library and that you may write to it.", e);
        }
    }

    /**
     * Opens (creating if needed) and migrates the library at {@code file} with the migrations listed in
     * {@code migrationFolder + "/migrations.txt"} and SQLite's busy wait set to {@code busyTimeoutMs}.
     */
    static SqliteDatabase open(Path file, String migrationFolder, int busyTimeoutMs) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for library " + abs + ": " + e.getMessage(), e);
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new StoreException("Library " + abs + " is not a file. Name a .db file with --library.");
        }
        // before the first connection: connecting switches the file to WAL, which must not happen to a foreign file
        LibraryProbe.check(abs, migrationNames(migrationFolder).size());
        SqliteDatabase db = new SqliteDatabase(abs, migrationFolder, busyTimeoutMs, Files.exists(abs) && notWritable(abs));
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public String user() {
        return System.getProperty("user.name", "unknown");
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    /** Not writable for us, or marked read-only (no write bit at all: the owner's wish, which root would ignore). */
    static boolean notWritable(Path file) {
        try {
            return !Files.isWritable(file) || Files.getPosixFilePermissions(file).stream().noneMatch(Set.of(
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE)::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not POSIX (Windows): its read-only attribute already made isWritable false
        }
    }

    private static Connection connect(Path file, int busyTimeoutMs, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
            // a read-only connection cannot change the journal mode; a library is in WAL mode from its first open
            if (!readOnly) s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA synchronous = NORMAL");
            // Search reads the FTS index and its doc-size table for every match: a larger page cache and a memory
            // map (shared between connections through the OS page cache) keep those reads off the file API.
            s.execute("PRAGMA cache_size = -32768");
            s.execute("PRAGMA mmap_size = 268435456");
            s.execute("PRAGMA temp_store = MEMORY");
            // Each import is its own small transaction; checkpointing the WAL every ~40 MB instead of every 4 MB
            // cuts the checkpoints (and their fsyncs) tenfold: about twice the import throughput. The WAL file is
            // cut back to 64 MB after a checkpoint.
            s.execute("PRAGMA wal_autocheckpoint = 10000");
            s.execute("PRAGMA journal_size_limit = 67108864");
        }
        return c;
    }

    // ---- schema -------------------------------------------------------------------------------------------

    /** The schema version recorded in the file. */
    @Override
    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Brings the schema to this build's version. Another process may be migrating (or creating) the same file at the
     * same time: each step re-reads the version inside its IMMEDIATE transaction, so the one that comes second finds
     * the step done and skips it instead of failing on "table already exists".
     */
    private void migrate() {
        List<String> names = migrationNames(migrationFolder);
        int current = schemaVersion();
        if (current > names.size()) throw LibraryProbe.newer(file, current, names.size());
        if (current == names.size()) {
            if (!readOnly) stampApplicationId();
            return;
        }
        if (readOnly) {
            throw new StoreException("Library " + file + " is read-only and has schema " + current + ", but this Parallax needs "
                    + names.size() + ": let someone who may write it open it once (or copy it to a file you may write).");
        }
        if (current > 0) backup(current);
        for (int v = current + 1; v <= names.size(); v++) {
            String name = names.get(v - 1);
            String sql = readResource(name.startsWith("/") ? name : migrationFolder + "/" + name);
            int version = v;
            boolean applied = write(c -> {
                try (Statement s = c.createStatement()) {
                    if (userVersion(s) >= version) return false;
                    for (String stmt : splitSql(sql)) s.execute(stmt);
                    s.execute("PRAGMA user_version = " + version);
                    s.execute("PRAGMA application_id = " + LibraryProbe.APPLICATION_ID);
                }
                return true;
            });
            if (applied) LOG.info(() -> "Migrated " + file + " to schema " + version + " (" + name + ")");
        }
    }

    /** Marks a library made before Parallax set an application id as Parallax's, so it is recognised for certain. */
    private void stampApplicationId() {
        int id = read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
        if (id == LibraryProbe.APPLICATION_ID) return;
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + LibraryProbe.APPLICATION_ID);
            }
            return null;
        });
    }

    private static int userVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void backup(int fromVersion) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path candidate = file.resolveSibling(file.getFileName() + ".v" + fromVersion + "-" + stamp + ".bak");
        // two migrations within one second (a failed one and its retry, or two processes opening the library at once)
        // must not collide on the backup's name: the name is taken by creating the file, which only one can do, and
        // VACUUM INTO accepts an empty file
        for (int n = 2; !reserve(candidate); n++) {
            candidate = file.resolveSibling(file.getFileName() + ".v" + fromVersion + "-" + stamp + "-" + n + ".bak");
        }
        Path target = candidate;
        try (Statement s = writeConnection.createStatement()) {
            s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            // another process may have migrated between our version check and the copy: its backup holds the old
            // library, and a copy of the migrated one would only pose as a backup of this version
            if (headerUserVersion(target) != fromVersion) {
                Files.deleteIfExists(target);
                LOG.info(() -> "Another process migrated " + file + " first; its backup is the one to keep");
                return;
            }
            LOG.info(() -> "Backed up " + file + " to " + target + " before migrating");
        } catch (IOException e) {
            throw new StoreException("Cannot check the backup " + target + " of library " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the half-written backup stays; the message below names it
            }
            throw new StoreException("Cannot back up library " + file + " to " + target + " before migrating: "
                    + e.getMessage() + ". Nothing was changed; free some disk space and try again.", e);
        }
    }

    /** The user_version a SQLite file's header holds (bytes 60-63, big-endian). */
    private static int headerUserVersion(Path db) throws IOException {
        try (var in = Files.newInputStream(db)) {
            byte[] header = in.readNBytes(64);
            if (header.length < 64) return -1;
            return java.nio.ByteBuffer.wrap(header, 60, 4).getInt();
        }
    }

    private boolean reserve(Path backup) {
        try {
            Files.createFile(backup);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new StoreException("Cannot back up library " + file + " to " + backup + " before migrating: "
                    + e.getMessage() + ". Nothing was changed; check that you may write to its folder.", e);
        }
    }

    // ---- work ---------------------------------------------------------------------------------------------

    /**
     * Queues {@code work} to run in one transaction on the writer thread, after the writes queued before it, and
     * returns at once. The future fails with the work's exception when the transaction was rolled back (an SQL error
     * as a {@link StoreException} naming the library). Lets an import hand over the next article while the writer
     * still stores the last one.
     */
    @Override
    public <T> Future<T> submitWrite(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) throw new IllegalStateException("submitWrite from the writer thread would wait on itself");
        return writer.submit(() -> transaction(work));
    }

    /**
     * Runs {@code work} in one transaction on the writer connection. {@code BEGIN IMMEDIATE} takes the write lock up
     * front, waiting up to the busy timeout for another process's writer: a deferred transaction would read first and
     * then fail at once with SQLITE_BUSY_SNAPSHOT when upgraded to a write. Should SQLite still report the library
     * busy, the transaction is rolled back and run again, with back-off, for up to {@link #BUSY_RETRY_NANOS}; so
     * {@code work} must keep its effects inside the connection.
     */
    private <T> T transaction(SqlWork<T> work) throws Exception {
        long deadline = System.nanoTime() + BUSY_RETRY_NANOS;
        long pauseMs = 20;
        for (int attempt = 1; ; attempt++) {
            boolean begun = false;
            try {
                execute("BEGIN IMMEDIATE");
                begun = true;
                T result = work.run(writeConnection);
                execute("COMMIT");
                return result;
            } catch (Throwable t) {
                if (begun) rollbackQuietly();
                if (!isBusy(t) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMs) > deadline) {
                    if (t instanceof SQLException e) throw writeError(e);
                    throw t;
                }
                int n = attempt;
                LOG.fine(() -> "Library " + file + " is busy (" + t.getMessage() + "); write attempt " + (n + 1));
                Thread.sleep(pauseMs + (long) (Math.random() * pauseMs));
                pauseMs = Math.min(pauseMs * 2, 2_000);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = writeConnection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Ends the transaction begun; SQLite may have rolled it back itself already (disk full, I/O error), then this is a no-op. */
    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Rollback after a failed write", e);
        }
    }

    /** Whether {@code t} (or a cause) is SQLite saying another connection holds a lock: SQLITE_BUSY and its variants. */
    static boolean isBusy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e && ((e.getErrorCode() & 0xff) == 5 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} in one transaction on the writer thread and waits for it. Either all of it is committed
     * or none. A call made from the writer thread itself runs inline, inside the transaction already open.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) {
            try {
                return work.run(writeConnection);
            } catch (SQLException e) {
                throw writeError(e);
            }
        }
        return await(submitWrite(work));
    }

    private StoreException writeError(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String msg = String.valueOf(e.getMessage());
        if (code == SQLITE_FULL || msg.contains("SQLITE_FULL")) return new FullException(file.toString(), e);
        if (readOnly) return new StoreException("Library " + file + " is read-only: nothing can be changed in it (" + msg + ")", e);
        if (code == SQLITE_IOERR || msg.contains("SQLITE_IOERR")) {
            return new StoreException("Library " + file + ": cannot store: the disk could not be written (" + msg
                    + "); nothing of this change was saved", e);
        }
        return new StoreException("Library " + file + ": " + msg, e);
    }

    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;

    /**
     * Where the writer connection stands: {@code PRAGMA data_version}, which changes only when a commit by another
     * connection (in practice another process) reached the file, never for this library's own writes, and
     * {@code total_changes()}, the rows this library changed itself; so {@link ChangeWatcher} can tell "someone else
     * wrote" from "we wrote". Read between writes on the writer thread.
     */
    @Override
    WriterVersions writerVersions() {
        ensureOpen();
        SqlWork<WriterVersions> work = c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                long foreign = rs.next() ? rs.getLong(1) : 0L;
                try (ResultSet own = s.executeQuery("SELECT total_changes()")) {
                    return new WriterVersions(foreign, own.next() ? own.getLong(1) : 0L);
                }
            }
        };
        try {
            if (Thread.currentThread() == writerThread) return work.run(writeConnection);
            return writer.submit(() -> work.run(writeConnection)).get();
        } catch (SQLException e) {
            throw translate(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while reading library " + file, e);
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new StoreException("Library " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a read connection from the pool; reads may run in parallel with the writer (WAL). */
    @Override
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = readPool.poll();
        try {
            if (c == null) {
                c = connect(file, busyTimeoutMs, readOnly);
                synchronized (allReaders) {
                    allReaders.add(c);
                }
            }
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            if (c != null) readPool.offer(c);
        }
    }

    private StoreException translate(SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("fts5") || msg.contains("unterminated string") || msg.contains("no such column")
                || msg.contains("unknown special query")) {
            return new QuerySyntaxException("The search could not be understood (" + cleanFtsMessage(msg)
                    + "). Put phrases in double quotes, and use AND, OR, NOT only between words.", e);
        }
        return new StoreException("Library " + file + ": " + msg, e);
    }

    /** SQLite puts the reason last, in parentheses: "[SQLITE_ERROR] SQL error ... (fts5: syntax error near "AND")". */
    static String cleanFtsMessage(String msg) {
        int open = msg.indexOf('(');
        int close = msg.lastIndexOf(')');
        String m = open >= 0 && close > open ? msg.substring(open + 1, close) : msg.replace("[SQLITE_ERROR]", "");
        if (m.startsWith("fts5:")) m = m.substring(5);
        return m.strip();
    }

    private void ensureOpen() {
        if (closed) throw new StoreException("Library " + file + " is closed");
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
        synchronized (allReaders) {
            for (Connection c : allReaders) closeQuietly(c);
        }
        closeQuietly(writeConnection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort
        }
    }
}
