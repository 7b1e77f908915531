package org.parallax.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices what other processes (a command-line import or delete, a second window) commit to the library. Once
 * {@link #start started} it asks the library every interval whether another connection committed
 * ({@link Database#writerVersions}: SQLite's {@code PRAGMA data_version} on a file, which this library's own writes
 * never move; on a server, the {@code NOTIFY}s of other processes heard on a LISTEN connection) and, when one did,
 * reads a cheap fingerprint of the article table and tells the listeners what changed, on its own daemon thread.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChangeWatcher.class.getName());
    /** Often enough that a change shows "at once" to someone switching windows, rare enough to cost nothing. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(1500);

    /** What the window's list depends on: how many articles there are and the newest id. */
    public record Fingerprint(long articles, long maxArticleId) {
    }

    /**
     * One commit or more by another process since the last report: the fingerprints before and after, the articles
     * added since (ids above the old newest) and removed. Both zero when only other things changed (notes, marks,
     * recognition results, events).
     */
    public record Change(Fingerprint before, Fingerprint after, long added, long removed) {
        public boolean articlesChanged() {
            return added > 0 || removed > 0;
        }
    }

    private final Database db;
    private final Duration interval;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private Database.WriterVersions version;
    private Fingerprint last;
    private boolean closed;

    /** A watcher over {@code db} polling every {@code interval}; nothing runs until {@link #start()}. */
    public ChangeWatcher(Database db, Duration interval) {
        this.db = db;
        this.interval = interval;
    }

    /** Calls {@code listener} with each change, on the watcher's thread; a listener that throws is logged and kept. */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Takes the library as it is now as the baseline and starts polling; a second call does nothing. */
    public synchronized void start() {
        if (closed || timer != null) return;
        baseline();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parallax-library-watcher");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    private synchronized void baseline() {
        if (last != null) return;
        version = db.writerVersions();
        last = fingerprint();
    }

    /**
     * Checks once, now: the change since the last check or report, or empty when no other process committed. Does not
     * call the listeners (the timer does); tests and a caller wanting an answer at once use it directly.
     */
    public synchronized Optional<Change> poll() {
        if (closed) return Optional.empty();
        baseline();
        Database.WriterVersions v = db.writerVersions();
        Database.WriterVersions was = version;
        version = v;
        if (v.foreign() == was.foreign()) {
            // our own writes move the baseline, so they are not reported as another program's later
            if (v.own() != was.own()) last = fingerprint();
            return Optional.empty();
        }
        // own writes in the same interval as another's are counted with them: the two cannot be told apart then
        Fingerprint before = last;
        Fingerprint after = fingerprint();
        last = after;
        long added = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article WHERE id > ?")) {
                ps.setLong(1, before.maxArticleId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        // an id reused after the newest article was deleted counts as neither; rare, and the next change catches up
        long removed = Math.max(0, before.articles() + added - after.articles());
        return Optional.of(new Change(before, after, added, removed));
    }

    private Fingerprint fingerprint() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(id), 0) FROM article")) {
                return rs.next() ? new Fingerprint(rs.getLong(1), rs.getLong(2)) : new Fingerprint(0, 0);
            }
        });
    }

    private void tick() {
        Optional<Change> change;
        try {
            change = poll();
        } catch (RuntimeException e) {
            // the library closing under the timer, or a read failing once: the next tick tries again
            LOG.log(Level.FINE, "Cannot check the library for other writers", e);
            return;
        }
        change.ifPresent(c -> {
            for (Consumer<Change> l : listeners) {
                try {
                    l.accept(c);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A library change listener failed", e);
                }
            }
        });
    }

    /** Stops polling; waits for a check in progress so the library can close after it. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            closed = true;
            t = timer;
            timer = null;
        }
        if (t == null) return;
        t.shutdownNow();
        try {
            t.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
