package org.parallax.annotation;

import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.StoreException;

/**
 * The user's own annotation work on one library, for one session: {@link #marks()} (marks and entities),
 * {@link #notes()} (notes and re-anchoring), {@link #suggestions()}, {@link #imports()} and their shared
 * {@link #history()} (undo and redo). Built once per window or command run. A caller that must not block (the UI)
 * hands edits to {@link #submit}, which queues them on the library's single writer at once, so they run in the order
 * the user made them, each edit with its undo entry in one transaction.
 */
public final class Annotations {
    private final Database db;
    private final History history;
    private final Marks marks;
    private final Notes notes;
    private final Suggestions suggestions;
    private final Imports imports;

    public Annotations(Database db, ArticleRepository articles, DateReader dates, Clock clock) {
        this(db, articles, dates, new History(db, clock), clock);
    }

    /** With a given history: a session reopened by its id ({@link History#History(Database, Clock, String)}). */
    public Annotations(Database db, ArticleRepository articles, DateReader dates, History history, Clock clock) {
        this.db = db;
        this.history = history;
        MarkWriter writer = new MarkWriter(db, articles, dates);
        this.marks = new Marks(writer, history);
        this.notes = new Notes(writer, history, clock);
        this.suggestions = new Suggestions(writer, history, marks);
        this.imports = new Imports(writer, history);
    }

    public Marks marks() {
        return marks;
    }

    public Notes notes() {
        return notes;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public Imports imports() {
        return imports;
    }

    public History history() {
        return history;
    }

    /**
     * Whether the library refuses this user's edits (a read-only role on a server library, a file that cannot be
     * written): every edit then throws a {@link StoreException} saying so before writing. The window greys its edit
     * controls on this.
     */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** Who this session's edits are recorded as ({@link Database#user()}). */
    public String user() {
        return db.user();
    }

    /** The annotations of the library as stored (reads only). */
    public AnnotationRepository annotations() {
        return marks.repository();
    }

    public EntityRepository entities() {
        return marks.entities();
    }

    /**
     * Queues {@code edit} (calls on this aggregate: a mark, an undo, ...) on the library's single writer and returns
     * at once. Edits run one at a time in the order they were submitted, each in one transaction with its undo entry,
     * so submitting from the UI thread in the user's order keeps that order whatever thread later waits for them.
     * Must not be called from inside an edit.
     */
    public <T> Pending<T> submit(Callable<T> edit) {
        return new Pending<>(db.submitWrite(c -> {
            try {
                return edit.call();
            } catch (SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException(e.getMessage(), e);
            }
        }));
    }

    /** An edit queued by {@link #submit}. */
    public static final class Pending<T> {
        private final Future<T> future;

        private Pending(Future<T> future) {
            this.future = future;
        }

        /** Waits for the edit and returns its result, or throws what the edit threw (its transaction rolled back). */
        public T await() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                // the edit still commits or rolls back whole on the writer thread
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while waiting for an edit", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new StoreException(String.valueOf(cause.getMessage()), cause);
            }
        }
    }
}
