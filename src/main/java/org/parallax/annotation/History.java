package org.parallax.annotation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.parallax.store.Database;
import org.parallax.store.EditConflictException;
import org.parallax.store.EditHistoryRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.RowChange;
import org.parallax.store.Snapshots;
import org.parallax.store.WriteGuard;

/**
 * Undo and redo of the annotation edits of one session (a window, or one command-line run). Every edit runs as one
 * transaction on the library's single writer and its undo entry (the row images {@link Snapshots} recorded) is
 * written to {@code edit_history} in that same transaction, so an edit never commits without its entry and the
 * entries are in the order the edits committed. The stack lives in the library, not in memory: rows carry this
 * session's id, so each window undoes only its own edits, and a session reopened by id after a crash still finds them.
 * Undo and redo restore exactly, row ids included, and are refused when another person changed those notes or
 * entities since. Every edit records its author ({@link Database#user()}); a read-only library refuses them all.
 * Blocking; thread-safe.
 */
public final class History {
    /** History of other sessions older than this is dropped on a session's first edit: no window can undo it any more. */
    static final Duration KEEP_OTHER_SESSIONS = Duration.ofDays(30);

    /** The body of one edit: changes rows through {@code c}, telling {@code r} which rows it touches. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c, Snapshots.Recorder r) throws SQLException;
    }

    private final Database db;
    private final EditHistoryRepository rows = new EditHistoryRepository();
    private final EntityRepository entities;
    private final Clock clock;
    private final String session;
    private volatile boolean pruned;

    /** A new session. */
    public History(Database db, Clock clock) {
        this(db, clock, UUID.randomUUID().toString());
    }

    /** The session {@code session}: a new one, or one whose edits are already in the library. */
    public History(Database db, Clock clock, String session) {
        this.db = db;
        this.clock = clock;
        this.session = session;
        this.entities = new EntityRepository(db);
    }

    /** This session's id, as stored with each of its edits. */
    public String session() {
        return session;
    }

    /**
     * Runs {@code work} in one transaction with the recording of its undo entry; an edit that changed nothing
     * records none. Called from inside an open write (an edit queued with {@link Annotations#submit}), it joins it.
     */
    <T> T edit(String label, Work<T> work) {
        WriteGuard.requireWritable(db, label);
        return db.write(c -> {
            Snapshots.Recorder r = new Snapshots.Recorder(c);
            T result = work.run(c, r);
            List<RowChange> changes = r.finish();
            if (changes.stream().anyMatch(ch -> !ch.isEmpty())) {
                Instant at = clock.instant();
                // who and when go into the edit's own rows, so undo takes them back with it
                EditStamps.stamp(c, entities, changes, db.user(), at);
                changes = r.finish();
                if (!pruned) {
                    rows.pruneOtherSessions(c, session, at.minus(KEEP_OTHER_SESSIONS));
                    pruned = true;
                }
                rows.push(c, session, label, changes, at, db.user());
            }
            return result;
        });
    }

    /**
     * Undoes the session's last edit; returns its label, or empty when there was none.
     *
     * @throws EditConflictException when someone else changed a note or entity of that edit since: nothing is
     *         changed and the edit stays the one undo would revert
     */
    public Optional<String> undo() {
        WriteGuard.requireWritable(db, "Undo");
        return db.write(c -> {
            Optional<EditHistoryRepository.Entry> e = rows.lastDone(c, session);
            if (e.isEmpty()) return Optional.empty();
            move(c, e.get(), true);
            rows.setUndone(c, e.get().id(), true);
            return Optional.of(e.get().label());
        });
    }

    /** Redoes the session's last undone edit; returns its label, or empty when there was none. Refused as {@link #undo} is. */
    public Optional<String> redo() {
        WriteGuard.requireWritable(db, "Redo");
        return db.write(c -> {
            Optional<EditHistoryRepository.Entry> e = rows.firstUndone(c, session);
            if (e.isEmpty()) return Optional.empty();
            move(c, e.get(), false);
            rows.setUndone(c, e.get().id(), false);
            return Optional.of(e.get().label());
        });
    }

    private static void move(Connection c, EditHistoryRepository.Entry e, boolean toBefore) throws SQLException {
        Map<String, Map<Object, Integer>> versions = EditStamps.checkUndo(c, e.label(), e.changes(), toBefore);
        Snapshots.apply(c, e.changes(), toBefore);
        EditStamps.bumpVersions(c, e.changes(), toBefore, versions);
    }

    /** Whether the library refuses this user's edits ({@link Database#readOnly()}); every edit then fails at once. */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** The label of the edit {@link #undo} would revert, as the library holds it now. */
    public Optional<String> undoLabel() {
        return db.read(c -> rows.lastDoneLabel(c, session));
    }

    public Optional<String> redoLabel() {
        return db.read(c -> rows.firstUndoneLabel(c, session));
    }
}
