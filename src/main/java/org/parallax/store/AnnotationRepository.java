package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Mentions seen with their labels (built-in type, EVENT or a user-defined type), the user-defined types, and the
 * suggestions the user turned down. Methods taking a {@link Connection} run inside the caller's transaction.
 */
public final class AnnotationRepository {
    private static final String COLUMNS = "id, article_id, start_off, end_off, text, type, date_start, date_end, "
            + "date_precision, entity_id, block_type, origin, rejected, custom_type, event_id";

    private final Database db;

    public AnnotationRepository(Database db) {
        this.db = db;
    }

    // ---- annotations ---------------------------------------------------------------------------------------

    /** An article's annotations in text order, rejected ones included. */
    public List<Annotation> forArticle(long articleId) {
        return db.read(c -> forArticle(c, articleId));
    }

    public List<Annotation> forArticle(Connection c, long articleId) throws SQLException {
        return query(c, "WHERE article_id = ? ORDER BY start_off, end_off, id", articleId);
    }

    /**
     * An article's annotations the user has not rejected, in text order: the labelled form of
     * {@link MentionRepository#accepted(Connection, long)}, with the same rule.
     */
    public List<Annotation> accepted(long articleId) {
        return db.read(c -> accepted(c, articleId));
    }

    public List<Annotation> accepted(Connection c, long articleId) throws SQLException {
        return query(c, "WHERE article_id = ? AND rejected = 0 ORDER BY start_off, end_off, id", articleId);
    }

    public Optional<Annotation> get(long mentionId) {
        return db.read(c -> get(c, mentionId));
    }

    public Optional<Annotation> get(Connection c, long mentionId) throws SQLException {
        return query(c, "WHERE id = ?", mentionId).stream().findFirst();
    }

    /** Every manual, not rejected annotation of the library (the names suggestions and the gazetteer learn from). */
    public List<Annotation> manual() {
        return db.read(c -> query(c, "WHERE origin = 'MANUAL' AND rejected = 0 ORDER BY article_id, start_off"));
    }

    private static List<Annotation> query(Connection c, String tail, Object... args) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mention " + tail)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    private static Annotation read(ResultSet rs) throws SQLException {
        Mention m = MentionRepository.read(rs);
        String custom = rs.getString(14);
        long event = rs.getLong(15);
        Long eventId = rs.wasNull() ? null : event;
        return new Annotation(m, custom == null ? m.type().name() : custom, eventId);
    }

    /** Inserts a mention with its label ({@code customType} null for built-in types) and returns its id. */
    public long insert(Connection c, Mention m, String customType, Long eventId) throws SQLException {
        long id = new MentionRepository(db).insert(c, m);
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET custom_type = ?, event_id = ? WHERE id = ?")) {
            ps.setString(1, customType);
            if (eventId == null) ps.setNull(2, Types.INTEGER);
            else ps.setLong(2, eventId);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        return id;
    }

    /** Changes a mention's type and label; a date no longer fits another type and is dropped. */
    public void setType(Connection c, long mentionId, EntityType type, String customType, DateRange date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET type = ?, custom_type = ?, date_start = ?, "
                + "date_end = ?, date_precision = ? WHERE id = ?")) {
            ps.setString(1, type.name());
            ps.setString(2, customType);
            ps.setString(3, date == null ? null : date.start().toString());
            ps.setString(4, date == null ? null : date.end().toString());
            ps.setString(5, date == null ? null : date.precision().name());
            ps.setLong(6, mentionId);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no mention " + mentionId);
        }
    }

    public void setEvent(Connection c, long mentionId, Long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET event_id = ? WHERE id = ?")) {
            if (eventId == null) ps.setNull(1, Types.INTEGER);
            else ps.setLong(1, eventId);
            ps.setLong(2, mentionId);
            ps.executeUpdate();
        }
    }

    public void setRejected(Connection c, long mentionId, boolean rejected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET rejected = ?, entity_id = CASE WHEN ? THEN NULL "
                + "ELSE entity_id END WHERE id = ?")) {
            ps.setInt(1, rejected ? 1 : 0);
            ps.setBoolean(2, rejected);
            ps.setLong(3, mentionId);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no mention " + mentionId);
        }
    }

    public void delete(Connection c, long mentionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mention WHERE id = ?")) {
            ps.setLong(1, mentionId);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no mention " + mentionId);
        }
    }

    // ---- user-defined types ------------------------------------------------------------------------------

    public List<AnnotationType> types() {
        return db.read(c -> {
            List<AnnotationType> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, colour, shortcut FROM annotation_type ORDER BY lower(name)")) {
                while (rs.next()) out.add(new AnnotationType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        });
    }

    public Optional<AnnotationType> type(String name) {
        return types().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public long createType(Connection c, String name, String colour, String shortcut) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_type (name, colour, shortcut) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name.strip());
            ps.setString(2, colour);
            ps.setString(3, shortcut == null || shortcut.isBlank() ? null : shortcut.strip());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("UNIQUE")) {
                throw new StoreException("There is already a type named " + name + " or one with the shortcut " + shortcut
                        + ". Choose another name or key.", e);
            }
            throw e;
        }
    }

    // ---- suggestions -------------------------------------------------------------------------------------

    public void rejectSuggestion(Connection c, long articleId, int start, int end, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO suggestion_rejected (article_id, start_off, end_off, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, articleId);
            ps.setInt(2, start);
            ps.setInt(3, end);
            ps.setString(4, label);
            ps.executeUpdate();
        }
    }

    /** Keys {@code articleId:start:end:label} of the suggestions the user turned down. */
    public Set<String> rejectedSuggestions() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id, start_off, end_off, label FROM suggestion_rejected")) {
                while (rs.next()) out.add(rs.getLong(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3) + ":" + rs.getString(4));
            }
            return out;
        });
    }

    /**
     * Names the user taught the library, for the recogniser's gazetteer: each manual mention's text with its
     * built-in type (user-defined and event labels are left out), and each renamed entity's name.
     */
    public Map<String, EntityType> gazetteer(Connection c) throws SQLException {
        Map<String, EntityType> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT text, type FROM mention WHERE origin = 'MANUAL' AND rejected = 0 AND custom_type IS NULL "
                        + "AND type <> 'DATE' UNION ALL SELECT name, type FROM entity WHERE name_locked = 1 AND type <> 'DATE'")) {
            while (rs.next()) out.putIfAbsent(rs.getString(1).strip(), StoredEnum.read(EntityType.class, rs.getString(2)));
        }
        return out;
    }
}
