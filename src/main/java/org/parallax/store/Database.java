package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The store contract: one Parallax library, on one of two engines, a SQLite file ({@link SqliteDatabase}, the
 * default) or a PostgreSQL server shared by a team ({@link PostgresDatabase}). Every read runs on a pooled connection;
 * every write runs in one transaction, one at a time across every process writing to the library, so repositories
 * see the same meaning on both engines. Opening migrates the schema from the one list of migrations
 * ({@code db/migrations.txt}; the server's files are in {@code db/postgresql/}) and refuses a library written by a
 * newer Parallax.
 */
public abstract class Database implements AutoCloseable {
    static final String MIGRATION_FOLDER = "/db";
    /** How long a write keeps retrying while the library is busy or the server is out of reach. */
    static final long RETRY_SECONDS = 120;

    /** The two engines a library may live on. */
    public enum Engine { SQLITE, POSTGRESQL }

    Database() {
    }

    /** Opens (creating if needed) and migrates the library file at {@code file}. */
    public static Database open(Path file) {
        return SqliteDatabase.open(file, MIGRATION_FOLDER, SqliteDatabase.BUSY_TIMEOUT_MS);
    }

    /** Opens the library at {@code address}: a file, or a server library (asking no password: see PostgresDatabase). */
    public static Database open(LibraryAddress address) {
        if (address instanceof LibraryAddress.File f) return open(f.path());
        return PostgresDatabase.open((LibraryAddress.Server) address, MIGRATION_FOLDER);
    }

    /**
     * Opens with the migrations listed in {@code migrationFolder + "/migrations.txt"} (a classpath folder), so tests
     * can migrate through versions this build does not ship. An entry starting with "/" names a resource anywhere.
     */
    static Database open(Path file, String migrationFolder) {
        return SqliteDatabase.open(file, migrationFolder, SqliteDatabase.BUSY_TIMEOUT_MS);
    }

    /** Opens with SQLite's busy wait shortened, so tests reach the retry after it without waiting 10 s. */
    static Database open(Path file, String migrationFolder, int busyTimeoutMs) {
        return SqliteDatabase.open(file, migrationFolder, busyTimeoutMs);
    }

    /** Which engine holds this library. */
    public abstract Engine engine();

    /**
     * The library's file, or null for a server library (which has no file beside which to write exports).
     */
    public abstract Path file();

    /** The library as messages name it: its file, or {@code postgresql://user@host:port/database} (never a password). */
    public abstract String describe();

    /** Who writes through this connection: the server role, or the computer's user for a file library. */
    public abstract String user();

    /** Whether this library may only be read and searched (a read-only server role, a file that cannot be written). */
    public abstract boolean readOnly();

    /** The schema version recorded in the library. */
    public abstract int schemaVersion();

    /** Runs {@code work} on a read connection; reads may run in parallel with the writer. */
    public abstract <T> T read(SqlWork<T> work);

    /**
     * Runs {@code work} in one transaction and waits for it; either all of it is committed or none. Write
     * transactions of every process on the library run one at a time. A call made from inside a write runs inline.
     */
    public abstract <T> T write(SqlWork<T> work);

    /** Queues {@code work} as {@link #write} does and returns at once; the future fails as {@link #write} would throw. */
    public abstract <T> Future<T> submitWrite(SqlWork<T> work);

    /**
     * Where the writer stands: a counter that moves only when another process committed, and one for this
     * library's own changes, so {@link ChangeWatcher} can tell "someone else wrote" from "we wrote".
     */
    abstract WriterVersions writerVersions();

    @Override
    public abstract void close();

    record WriterVersions(long foreign, long own) {
    }

    // ---- schema -------------------------------------------------------------------------------------------

    /** The schema version this build knows: the number of migrations it ships. */
    public static int latestVersion() {
        return migrationNames(MIGRATION_FOLDER).size();
    }

    static List<String> migrationNames(String folder) {
        String index = folder + "/migrations.txt";
        try (InputStream in = Database.class.getResourceAsStream(index)) {
            if (in == null) throw new StoreException("This build has no migration index " + index);
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) names.add(n);
            }
            for (int i = 0; i < names.size(); i++) {
                String expected = String.format("V%03d__", i + 1);
                String simple = names.get(i).substring(names.get(i).lastIndexOf('/') + 1);
                if (!simple.startsWith(expected)) {
                    throw new StoreException("Migration " + names.get(i) + " is out of order; expected " + expected + "…");
                }
            }
            return names;
        } catch (IOException e) {
            throw new StoreException("Cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    static String readResource(String path) {
        try (InputStream in = Database.class.getResourceAsStream(path)) {
            if (in == null) throw new StoreException("Migration " + path + " is missing from this build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + path + ": " + e.getMessage(), e);
        }
    }

    /** Splits a migration script into statements: {@link SqlScript#split}, shared with the PostgreSQL engine. */
    static List<String> splitSql(String sql) {
        return SqlScript.split(sql);
    }

    /** SQLite's reason for refusing a search, without its wrapping: what a query syntax message shows. */
    static String cleanFtsMessage(String msg) {
        return SqliteDatabase.cleanFtsMessage(msg);
    }

    /**
     * Waits for a write queued with {@link #submitWrite} and hands back its result, or its failure as the unchecked
     * exception it was; the transaction still completes or rolls back whole on the writer thread if this thread is
     * interrupted.
     */
    final <T> T await(Future<T> write) {
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing to library " + describe(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new StoreException("Library " + describe() + ": " + cause.getMessage(), cause);
        }
    }

    /** Whether {@code t} (or a cause) says the library is busy with another writer (SQLite's SQLITE_BUSY). */
    static boolean isBusy(Throwable t) {
        return SqliteDatabase.isBusy(t);
    }

    /**
     * A write refused because the disk (or the library's size limit) is full. The transaction was rolled back whole,
     * so what was stored before is intact; the message is one line fit for a report.
     */
    public static final class FullException extends StoreException {
        FullException(String library, SQLException cause) {
            super("Library " + library + ": cannot store: the disk is full; nothing of this change was saved", cause);
        }
    }
}
