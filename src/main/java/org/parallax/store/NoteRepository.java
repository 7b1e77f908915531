package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parallax.model.Note;
import org.parallax.model.NoteHit;
import org.parallax.model.NoteTarget;

/**
 * Notes on passages, articles and entities, with a trash (a deleted note keeps its row until the trash is emptied)
 * and a full-text index kept by triggers. Methods taking a {@link Connection} run inside the caller's transaction.
 */
public final class NoteRepository {
    private static final String COLUMNS = "id, target, article_id, entity_id, start_off, end_off, quote, prefix, suffix, "
            + "text, created_at, updated_at, deleted_at, orphaned, created_by, updated_by, version";

    private final Database db;

    public NoteRepository(Database db) {
        this.db = db;
    }

    public Optional<Note> get(long id) {
        return db.read(c -> get(c, id));
    }

    public Optional<Note> get(Connection c, long id) throws SQLException {
        return query(c, "WHERE id = ?", id).stream().findFirst();
    }

    /** Notes not in the trash, by article, offset and creation. */
    public List<Note> list() {
        return db.read(c -> query(c, "WHERE deleted_at IS NULL ORDER BY article_id IS NULL, article_id, start_off, id"));
    }

    /** An article's notes not in the trash (passage notes in text order, orphaned ones included). */
    public List<Note> forArticle(long articleId) {
        return db.read(c -> forArticle(c, articleId));
    }

    public List<Note> forArticle(Connection c, long articleId) throws SQLException {
        return query(c, "WHERE article_id = ? AND deleted_at IS NULL ORDER BY start_off IS NULL, start_off, id", articleId);
    }

    public List<Note> forEntity(long entityId) {
        return db.read(c -> query(c, "WHERE entity_id = ? AND deleted_at IS NULL ORDER BY id", entityId));
    }

    /** The trash, most recently deleted first. */
    public List<Note> trash() {
        return db.read(c -> query(c, "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id"));
    }

    private static List<Note> query(Connection c, String tail, Object... args) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM note " + tail)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    private static Note read(ResultSet rs) throws SQLException {
        return new Note(rs.getLong(1), StoredEnum.read(NoteTarget.class, rs.getString(2)), longOrNull(rs, 3), longOrNull(rs, 4),
                intOrNull(rs, 5), intOrNull(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                Instant.parse(rs.getString(11)), Instant.parse(rs.getString(12)),
                rs.getString(13) == null ? null : Instant.parse(rs.getString(13)), rs.getInt(14) != 0,
                rs.getString(15), rs.getString(16), rs.getInt(17));
    }

    private static Long longOrNull(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    /**
     * Inserts a note (its id and version are ignored) and returns the new id; its authors are the note's, or the
     * library's user ({@link Database#user()}) when it names none.
     */
    public long insert(Connection c, Note n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (target, article_id, entity_id, start_off, end_off, "
                + "quote, prefix, suffix, text, created_at, updated_at, deleted_at, orphaned, created_by, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, n.target().name());
            setLong(ps, 2, n.articleId());
            setLong(ps, 3, n.entityId());
            setInt(ps, 4, n.start());
            setInt(ps, 5, n.end());
            ps.setString(6, n.quote());
            ps.setString(7, n.prefix());
            ps.setString(8, n.suffix());
            ps.setString(9, n.text());
            ps.setString(10, n.createdAt().toString());
            ps.setString(11, n.updatedAt().toString());
            ps.setString(12, n.deletedAt() == null ? null : n.deletedAt().toString());
            ps.setInt(13, n.orphaned() ? 1 : 0);
            ps.setString(14, n.createdBy() != null ? n.createdBy() : db.user());
            ps.setString(15, n.updatedBy() != null ? n.updatedBy() : n.createdBy() != null ? n.createdBy() : db.user());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, v);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

    /** Replaces a note's text as the library's user, whatever version it is at now. */
    public void setText(Connection c, long id, String text, Instant at) throws SQLException {
        update(c, "UPDATE note SET text = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?",
                text, at.toString(), db.user(), id);
    }

    /**
     * Replaces a note's text as the library's user, provided nobody saved it since it was read at {@code readVersion}.
     *
     * @throws EditConflictException when someone else saved or trashed it since (nothing is written); it carries
     *         their text, name, time and the version now stored
     */
    public void setText(Connection c, long id, String text, Instant at, int readVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET text = ?, updated_at = ?, updated_by = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, text);
            ps.setString(2, at.toString());
            ps.setString(3, db.user());
            ps.setLong(4, id);
            ps.setInt(5, readVersion);
            if (ps.executeUpdate() == 1) return;
        }
        Note now = get(c, id).orElseThrow(() -> new StoreException("There is no note " + id + ". List notes with `parallax notes`."));
        throw conflict(now);
    }

    /** The conflict a save over {@code now} (the note as stored) runs into. */
    public static EditConflictException conflict(Note now) {
        return now.inTrash()
                ? EditConflictException.saved(EditConflictException.Kind.NOTE, now.id(), null, now.updatedBy(), now.deletedAt(), now.version())
                : EditConflictException.saved(EditConflictException.Kind.NOTE, now.id(), now.text(), now.updatedBy(), now.updatedAt(),
                        now.version());
    }

    /** Moves a note to the trash ({@code at} non-null) or back out of it ({@code at} null), as the library's user. */
    public void setDeleted(Connection c, long id, Instant at) throws SQLException {
        update(c, "UPDATE note SET deleted_at = ?, updated_by = ?, version = version + 1 WHERE id = ?",
                at == null ? null : at.toString(), db.user(), id);
    }

    /** Points a passage note at a new place (after a re-import), or marks it orphaned in that article. */
    public void anchor(Connection c, long id, long articleId, Integer start, Integer end, String quote, String prefix,
                       String suffix, boolean orphaned) throws SQLException {
        update(c, "UPDATE note SET article_id = ?, start_off = ?, end_off = ?, quote = ?, prefix = ?, suffix = ?, orphaned = ?, "
                + "version = version + 1 WHERE id = ?", articleId, start, end, quote, prefix, suffix, orphaned ? 1 : 0, id);
    }

    /** Deletes the notes in the trash for good; returns how many. */
    public int emptyTrash(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM note WHERE deleted_at IS NOT NULL")) {
                rs.next();
                n = rs.getInt(1);
            }
            s.executeUpdate("DELETE FROM note WHERE deleted_at IS NOT NULL");
            return n; // the driver's update count includes the index trigger's rows
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no note " + args[args.length - 1]
                    + ". List notes with `parallax notes`.");
        }
    }

    /**
     * Full-text search over the notes not in the trash, best first, with a snippet per hit.
     *
     * @throws QuerySyntaxException when FTS5 cannot parse the query
     */
    public List<NoteHit> search(String typed, int limit) {
        if (typed == null || typed.isBlank()) return List.of();
        String query = CompoundWords.quote(typed);
        if (db.engine() == Database.Engine.POSTGRESQL) return db.read(c -> PostgresSearch.searchNotes(c, query, limit));
        return db.read(c -> {
            List<NoteHit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.id, n.target, n.article_id, n.entity_id,
                           snippet(note_fts, 0, char(2), char(3), '…', 16), bm25(note_fts)
                    FROM note_fts f JOIN note n ON n.id = f.rowid
                    WHERE note_fts MATCH ? AND n.deleted_at IS NULL
                    ORDER BY 6 LIMIT ?""")) {
                ps.setString(1, query);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NoteHit(rs.getLong(1), StoredEnum.read(NoteTarget.class, rs.getString(2)), longOrNull(rs, 3),
                                longOrNull(rs, 4), rs.getString(5), rs.getDouble(6)));
                    }
                }
            }
            return out;
        });
    }
}
