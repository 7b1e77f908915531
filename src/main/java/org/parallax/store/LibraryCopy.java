package org.parallax.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Progress;
import org.parallax.store.CopySchema.Digest;
import org.parallax.store.CopySchema.RowHash;
import org.parallax.store.CopySchema.Table;

/**
 * Copies a whole library between any two engines (file to server, server to file, file to file): every table of
 * {@link CopySchema} with its ids as they are, read from one snapshot of the source, written in batches; the search
 * index is rebuilt on the target; then row counts and content hashes of both sides are compared table by table. A
 * partial target never looks complete: a file is written as {@code B.partial} and moved onto {@code B} only after the
 * check; a server library carries the marker row {@code ('copy_state', 'incomplete')} in {@code parallax_library},
 * which makes {@link PostgresDatabase} refuse to open it, until the check has passed.
 */
public final class LibraryCopy {
    /** The key and value of the marker row of a server library being copied into. */
    static final String MARKER_KEY = "copy_state";
    static final String MARKER_VALUE = "incomplete";
    /** Rows per JDBC batch and write transaction; a batch is sent earlier once it holds this many bytes of values. */
    static final int BATCH_ROWS = 2_000;
    static final long BATCH_BYTES = 16L << 20;
    /** Articles re-indexed per write transaction. */
    private static final int INDEX_BATCH = 100;
    /**
     * Tables the search index rebuild writes too ({@link ArticleSections#store} marks long articles sectioned): they
     * are copied after the rebuild, replacing what it wrote, so they end up exactly as in the source.
     */
    private static final Set<String> WRITTEN_BY_INDEX = Set.of("long_article");

    /** One table as copied: its rows and content hash (the same on both sides, or the copy failed). */
    public record TableCopy(String table, long rows, String sha256) {
    }

    /** What a finished copy did: the libraries as messages name them, each table, all rows, and the time taken. */
    public record Result(String from, String to, List<TableCopy> tables, long rows, long millis) {
    }

    /** The copy was cancelled; the target was left as the class contract says (no file, or marked unfinished). */
    public static final class Cancelled extends StoreException {
        Cancelled(String message) {
            super(message);
        }
    }

    /** Told after each batch is stored (tests force a failure midway through it). */
    interface BatchHook {
        void stored(String table, long rowsDone) throws IOException;
    }

    private final LibraryAddress from;
    private final LibraryAddress to;
    private final PostgresDatabase.Passwords passwords;
    private volatile boolean cancelled;
    private BatchHook hook = (table, rows) -> { };
    private Progress progress = Progress.NONE;
    private long done;
    private long total;

    /** A copy of the library at {@code from} into {@code to}; {@code passwords} (may be null) is asked for server passwords. */
    public LibraryCopy(LibraryAddress from, LibraryAddress to, PostgresDatabase.Passwords passwords) {
        this.from = from;
        this.to = to;
        this.passwords = passwords;
    }

    /** Asks the running copy to stop after its current batch; {@link #run} then throws {@link Cancelled}. */
    public void cancel() {
        cancelled = true;
    }

    LibraryCopy afterBatch(BatchHook h) {
        this.hook = h;
        return this;
    }

    /**
     * Copies, reporting rows done of rows in the source to {@code progress} (whose cancellation is honoured as
     * {@link #cancel} is). Throws {@link StoreException} naming the library and the reason when the target is not
     * empty, the schemas differ, or the check finds a table that differs.
     */
    public Result run(Progress progress) {
        this.progress = progress == null ? Progress.NONE : progress;
        long start = System.nanoTime();
        if (from.equals(to)) throw new StoreException("Library " + from.text() + " cannot be copied onto itself: name another --to.");
        List<Table> tables = CopySchema.tables();
        try (Database source = openSource()) {
            List<TableCopy> copied = to instanceof LibraryAddress.File f
                    ? toFile(source, f.path().toAbsolutePath(), tables)
                    : toServer(source, (LibraryAddress.Server) to, tables);
            long rows = copied.stream().mapToLong(TableCopy::rows).sum();
            return new Result(source.describe(), to.text(), copied, rows, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Database openSource() {
        if (from instanceof LibraryAddress.File f) {
            if (!Files.isRegularFile(f.path())) {
                throw new StoreException("Library " + f.path() + " does not exist: name an existing library with --from.");
            }
            return Database.open(f.path());
        }
        return PostgresDatabase.open((LibraryAddress.Server) from, passwords);
    }

    // ---- targets ------------------------------------------------------------------------------------------

    /** Writes {@code B.partial} beside {@code b}, checks it, and moves it onto {@code b}; on any failure deletes it. */
    private List<TableCopy> toFile(Database source, Path b, List<Table> tables) {
        CopyTargets.refuseNonEmptyFile(b, tables);
        Path partial = b.resolveSibling(b.getFileName() + ".partial");
        CopyTargets.deleteWithJournals(partial); // left by a copy that was killed: never a library anyone opened as B
        boolean moved = false;
        try {
            List<TableCopy> copied;
            try (Database target = Database.open(partial)) {
                copied = copyInto(source, target, tables);
            }
            Path wal = Path.of(partial + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new StoreException("Library " + partial + " kept unwritten changes in " + wal + "; it was not moved to " + b);
            }
            Files.deleteIfExists(wal);
            Files.deleteIfExists(Path.of(partial + "-shm"));
            // an empty library at b is replaced: its own journal files must not be applied to the copy
            for (String s : List.of("-wal", "-shm", "-journal")) Files.deleteIfExists(Path.of(b + s));
            Files.move(partial, b, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            return copied;
        } catch (Cancelled e) {
            throw new Cancelled("Copy to " + b + " cancelled; nothing was written to " + b + ".");
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("Copy to " + b + " failed: the copy cannot be moved into place in one step ("
                    + e.getMessage() + "); nothing was written to " + b + ".", e);
        } catch (IOException e) {
            throw new StoreException("Copy to " + b + " failed: " + e + "; nothing was written to " + b + ".", e);
        } catch (StoreException e) {
            throw new StoreException("Copy to " + b + " failed: " + sentence(e.getMessage()) + " Nothing was written to " + b + ".", e);
        } finally {
            if (!moved) CopyTargets.deleteQuietly(partial);
        }
    }

    /**
     * Copies into a server library, marked as an unfinished copy until the check passed. A database already marked
     * so (a copy that failed or was cancelled) is emptied and copied again; any other non-empty library is refused.
     */
    private List<TableCopy> toServer(Database source, LibraryAddress.Server server, List<Table> tables) {
        try (PostgresDatabase target = PostgresDatabase.open(server, Database.MIGRATION_FOLDER, passwords, true)) {
            target.write(c -> {
                prepareServer(c, target.describe(), tables);
                return null;
            });
            List<TableCopy> copied;
            try {
                copied = copyInto(source, target, tables);
            } catch (Cancelled e) {
                throw new Cancelled("Copy to " + target.describe() + " cancelled; the database stays marked as an unfinished copy:"
                        + " copy again or drop it.");
            } catch (StoreException e) {
                throw new StoreException("Copy to " + target.describe() + " failed: " + sentence(e.getMessage())
                        + " The database stays marked as an unfinished copy: copy again or drop it.", e);
            }
            target.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM parallax_library WHERE key = ?")) {
                    ps.setString(1, MARKER_KEY);
                    ps.executeUpdate();
                }
                return null;
            });
            return copied;
        }
    }

    private static void prepareServer(Connection c, String name, List<Table> tables) throws SQLException {
        boolean unfinished;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM parallax_library WHERE key = ?")) {
            ps.setString(1, MARKER_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                unfinished = rs.next();
            }
        }
        if (unfinished) {
            // CASCADE also empties the server-only search tables that reference these
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE " + String.join(", ", tables.stream().map(Table::name).toList()) + " CASCADE");
            }
        } else {
            for (Table t : tables) {
                String why = CopyTargets.notFresh(c, t, Database.Engine.POSTGRESQL);
                if (why != null) throw CopyTargets.notEmpty(name, why);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO parallax_library (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, MARKER_KEY);
            ps.setString(2, MARKER_VALUE);
            ps.executeUpdate();
        }
    }

    // ---- the copy -----------------------------------------------------------------------------------------

    /** Copies every table from one snapshot of the source, rebuilds the search index, and checks both sides. */
    private List<TableCopy> copyInto(Database source, Database target, List<Table> tables) {
        int latest = Database.latestVersion();
        if (source.schemaVersion() != latest || target.schemaVersion() != latest) {
            throw new StoreException("Library " + source.describe() + " is at schema " + source.schemaVersion() + " and "
                    + target.describe() + " at " + target.schemaVersion() + "; this Parallax copies schema " + latest + " only.");
        }
        Map<String, Digest> sent = new LinkedHashMap<>();
        source.read(c -> {
            boolean autoCommit = c.getAutoCommit();
            beginSnapshot(c, source.engine());
            try {
                done = 0;
                total = 0;
                for (Table t : tables) total += CopyTargets.count(c, t.name());
                for (Table t : tables) {
                    if (!WRITTEN_BY_INDEX.contains(t.name())) sent.put(t.name(), copyTable(c, source.engine(), target, t));
                }
                rebuildSearch(target);
                for (Table t : tables) {
                    if (WRITTEN_BY_INDEX.contains(t.name())) {
                        clear(target, t);
                        sent.put(t.name(), copyTable(c, source.engine(), target, t));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
                if (source.engine() == Database.Engine.POSTGRESQL) {
                    c.setReadOnly(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
            return null;
        });
        if (target.engine() == Database.Engine.POSTGRESQL) setSequences(target, tables);
        return check(source, target, tables, sent);
    }

    /** One consistent view of the source for the whole copy, so a window writing meanwhile cannot tear it. */
    private static void beginSnapshot(Connection c, Database.Engine engine) throws SQLException {
        c.setAutoCommit(false);
        if (engine == Database.Engine.POSTGRESQL) {
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    private Digest copyTable(Connection src, Database.Engine engine, Database target, Table t) throws SQLException {
        if (t.freshRows() > 0) clear(target, t); // a migration's seed row, replaced by the source's
        RowHash hash = new RowHash();
        String insert = "INSERT INTO " + t.name() + " (" + t.columnList() + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?")) + ")";
        List<Object[]> batch = new ArrayList<>();
        long bytes = 0;
        int n = t.columns().size();
        try (PreparedStatement ps = src.prepareStatement(CopySchema.select(t, engine))) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                        bytes += size(row[i]);
                    }
                    hash.add(row);
                    batch.add(row);
                    if (batch.size() >= BATCH_ROWS || bytes >= BATCH_BYTES) {
                        store(target, t, insert, batch);
                        bytes = 0;
                    }
                }
            }
        }
        store(target, t, insert, batch);
        return hash.digest();
    }

    private void store(Database target, Table t, String insert, List<Object[]> batch) {
        checkCancelled();
        if (batch.isEmpty()) return;
        target.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (Object[] row : batch) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) ps.setNull(i + 1, Types.NULL);
                        else ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        done += batch.size();
        batch.clear();
        progress.update(done, total, "Copying " + t.name() + ": " + done + " of " + total + " rows");
        try {
            hook.stored(t.name(), done);
        } catch (IOException e) {
            throw new StoreException("Library " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    private static long size(Object v) {
        if (v instanceof byte[] b) return b.length;
        if (v instanceof String s) return 2L * s.length();
        return 8;
    }

    private static void clear(Database target, Table t) {
        target.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + t.name());
            }
            return null;
        });
    }

    /**
     * Indexes every article on the target for search through the store's one indexing path,
     * {@link ArticleRepository#writeBlocksAndIndex} (it writes the blocks again, as they were, with the index rows).
     * On a server target that path writes PostgreSQL's search sections ({@code PostgresSearch.indexArticle}). Notes
     * need nothing: a trigger indexes them on both engines.
     */
    private void rebuildSearch(Database target) {
        ArticleRepository articles = new ArticleRepository(target);
        long articleCount = articles.count();
        long indexed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            checkCancelled();
            long last = after;
            List<Long> ids = target.read(c -> {
                List<Long> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE id > ? ORDER BY id LIMIT " + INDEX_BATCH)) {
                    ps.setLong(1, last);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                }
                return out;
            });
            if (ids.isEmpty()) return;
            List<Article> batch = new ArrayList<>();
            for (long id : ids) articles.get(id).ifPresent(batch::add);
            target.write(c -> {
                for (Article a : batch) articles.writeBlocksAndIndex(c, a.id(), new ArticleDraft(a.meta(), a.text(), a.blocks()));
                return null;
            });
            indexed += ids.size();
            after = ids.get(ids.size() - 1);
            progress.update(indexed, articleCount, "Indexing articles for search: " + indexed + " of " + articleCount);
        }
    }

    /** Moves each identity sequence past the largest id copied, so the next row the server numbers is new. */
    private static void setSequences(Database target, List<Table> tables) {
        target.write(c -> {
            for (Table t : tables) {
                String id = t.identity();
                if (id == null) continue;
                String seq;
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    ps.setString(1, t.name());
                    ps.setString(2, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        seq = rs.next() ? rs.getString(1) : null;
                    }
                }
                if (seq == null) continue;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT setval(?::regclass, COALESCE((SELECT max(" + id + ") FROM " + t.name() + "), 0) + 1, false)")) {
                    ps.setString(1, seq);
                    ps.execute();
                }
            }
            return null;
        });
    }

    /** Counts and hashes every table on the target and compares each with what was read from the source. */
    private List<TableCopy> check(Database source, Database target, List<Table> tables, Map<String, Digest> sent) {
        List<TableCopy> out = new ArrayList<>();
        long checked = 0;
        for (Table t : tables) {
            checkCancelled();
            Digest there = target.read(c -> CopySchema.digest(c, t, target.engine()));
            Digest here = sent.get(t.name());
            if (here.rows() != there.rows()) {
                throw new StoreException("The check failed on table " + t.name() + ": " + here.rows() + " rows in "
                        + source.describe() + ", " + there.rows() + " in the copy.");
            }
            if (!here.sha256().equals(there.sha256())) {
                throw new StoreException("The check failed on table " + t.name() + ": its " + here.rows()
                        + " rows differ in content between " + source.describe() + " and the copy.");
            }
            out.add(new TableCopy(t.name(), here.rows(), here.sha256()));
            checked += here.rows();
            progress.update(checked, total, "Checking " + t.name());
        }
        return out;
    }

    private static String sentence(String message) {
        return message.endsWith(".") || message.endsWith("!") || message.endsWith("?") ? message : message + ".";
    }

    private void checkCancelled() {
        if (cancelled || progress.isCancelled()) throw new Cancelled("The copy was cancelled.");
    }
}
