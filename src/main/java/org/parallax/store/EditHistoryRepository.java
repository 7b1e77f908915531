package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The undo history of hand annotation ({@code edit_history}): one row per edit and session, done or undone. The
 * undone rows of a session are always its newest ones, so undo takes the newest done row and redo the oldest undone
 * row. Every method takes the caller's connection: history rows are written in the same transaction as their edit.
 */
public final class EditHistoryRepository {
    /** One stored edit: its row id, menu label and the row images to revert or re-apply. */
    public record Entry(long id, String label, List<RowChange> changes) {
    }

    /**
     * Records an edit of {@code session} by {@code author} as done, dropping the session's undone edits (a new edit
     * ends redo).
     */
    public void push(Connection c, String session, String label, List<RowChange> changes, Instant at, String author) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM edit_history WHERE session = ? AND undone = 1")) {
            ps.setString(1, session);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO edit_history (session, label, changes, undone, created_at, author) VALUES (?, ?, ?, 0, ?, ?)")) {
            ps.setString(1, session);
            ps.setString(2, label);
            ps.setBytes(3, RowChange.encode(changes));
            ps.setString(4, at.toString());
            ps.setString(5, author);
            ps.executeUpdate();
        }
    }

    /** The edit undo would revert: the session's newest done edit. */
    public Optional<Entry> lastDone(Connection c, String session) throws SQLException {
        return one(c, "WHERE session = ? AND undone = 0 ORDER BY id DESC LIMIT 1", session);
    }

    /** The edit redo would re-apply: the session's most recently undone edit, the oldest undone row. */
    public Optional<Entry> firstUndone(Connection c, String session) throws SQLException {
        return one(c, "WHERE session = ? AND undone = 1 ORDER BY id ASC LIMIT 1", session);
    }

    public Optional<String> lastDoneLabel(Connection c, String session) throws SQLException {
        return label(c, "WHERE session = ? AND undone = 0 ORDER BY id DESC LIMIT 1", session);
    }

    public Optional<String> firstUndoneLabel(Connection c, String session) throws SQLException {
        return label(c, "WHERE session = ? AND undone = 1 ORDER BY id ASC LIMIT 1", session);
    }

    public void setUndone(Connection c, long id, boolean undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE edit_history SET undone = ? WHERE id = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Deletes the history of other sessions written before {@code before}: nobody can undo those any more. */
    public int pruneOtherSessions(Connection c, String session, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM edit_history WHERE session <> ? AND created_at < ?")) {
            ps.setString(1, session);
            ps.setString(2, before.toString());
            return ps.executeUpdate();
        }
    }

    /** How many edits {@code session} has recorded, done and undone. */
    public int count(Connection c, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM edit_history WHERE session = ?")) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static Optional<Entry> one(Connection c, String tail, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, label, changes FROM edit_history " + tail)) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Entry(rs.getLong(1), rs.getString(2), RowChange.decode(rs.getBytes(3))));
            }
        }
    }

    private static Optional<String> label(Connection c, String tail, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT label FROM edit_history " + tail)) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
