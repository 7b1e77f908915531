package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

/**
 * Mentions: typed {@code [start, end)} spans of an article's text. A re-run of the pipeline replaces only the
 * article's AUTO mentions that were not rejected; manual and rejected mentions survive it.
 */
public final class MentionRepository {
    /** The columns a mention is written with (its id apart), in the order of {@code columns(Mention)} and the type lists. */
    private static final String WRITTEN = "article_id, start_off, end_off, text, type, date_start, date_end, date_precision, entity_id, "
            + "block_type, origin, rejected";
    private static final String COLUMNS = "id, " + WRITTEN;

    private final Database db;

    public MentionRepository(Database db) {
        this.db = db;
    }

    /** All mentions of an article in text order, rejected ones included (callers decide whether to show them). */
    public List<Mention> forArticle(long articleId) {
        return db.read(c -> forArticle(c, articleId));
    }

    public List<Mention> forArticle(Connection c, long articleId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM mention WHERE article_id = ? ORDER BY start_off, end_off, id", articleId);
    }

    /**
     * The mentions of an article that the user has not rejected, in text order: what every view, export and
     * comparison shows. The one place that rule lives.
     */
    public List<Mention> accepted(long articleId) {
        return db.read(c -> accepted(c, articleId));
    }

    public List<Mention> accepted(Connection c, long articleId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM mention WHERE article_id = ? AND rejected = 0 "
                + "ORDER BY start_off, end_off, id", articleId);
    }

    /**
     * {@link #accepted(long)} of several articles, each list in offset order: one statement per 500 articles, not one per
     * article (a story placement reads the facts of its whole neighbourhood). Articles without mentions are left out.
     */
    public Map<Long, List<Mention>> accepted(Collection<Long> articleIds) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(articleIds));
        if (all.isEmpty()) return Map.of();
        return db.read(c -> {
            Map<Long, List<Mention>> out = new HashMap<>();
            for (List<Long> chunk : SqlLists.chunks(all)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mention WHERE article_id IN ("
                        + SqlLists.marks(chunk.size()) + ") AND rejected = 0 ORDER BY article_id, start_off, end_off, id")) {
                    SqlLists.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Mention m = read(rs);
                            out.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The not-rejected mentions linked to an entity, by article and offset. */
    public List<Mention> acceptedForEntity(long entityId) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM mention WHERE entity_id = ? AND rejected = 0 "
                + "ORDER BY article_id, start_off", entityId));
    }

    /** The mentions linked to an entity, by article and offset. */
    public List<Mention> forEntity(long entityId) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM mention WHERE entity_id = ? ORDER BY article_id, start_off",
                entityId));
    }

    public Optional<Mention> get(long id) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM mention WHERE id = ?", id).stream().findFirst());
    }

    private static List<Mention> query(Connection c, String sql, long arg) throws SQLException {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    /** Reads the mention of the current row; its first 13 columns must be {@code COLUMNS}, in that order. */
    static Mention read(ResultSet rs) throws SQLException {
        DateRange date = null;
        if (rs.getString(7) != null) {
            date = new DateRange(LocalDate.parse(rs.getString(7)), LocalDate.parse(rs.getString(8)),
                    StoredEnum.read(DatePrecision.class, rs.getString(9)));
        }
        long entity = rs.getLong(10);
        Long entityId = rs.wasNull() ? null : entity;
        String block = rs.getString(11);
        return new Mention(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                StoredEnum.read(EntityType.class, rs.getString(6)), date, entityId, block == null ? null : StoredEnum.read(BlockType.class, block),
                StoredEnum.read(MentionOrigin.class, rs.getString(12)), rs.getInt(13) != 0);
    }

    /** Deletes the article's AUTO mentions that were not rejected, before a re-run stores new ones. */
    public int deleteAuto(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM mention WHERE article_id = ? AND origin = 'AUTO' AND rejected = 0")) {
            ps.setLong(1, articleId);
            return ps.executeUpdate();
        }
    }

    private static final String[] SQL_TYPES = {"bigint", "integer", "integer", "text", "text", "text", "text", "text", "bigint", "text",
        "text", "integer"};
    private static final int[] JDBC_TYPES = {Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER};

    private static Object[] columns(Mention m) {
        DateRange d = m.date();
        return new Object[] {m.articleId(), m.start(), m.end(), m.text(), m.type().name(), d == null ? null : d.start().toString(),
            d == null ? null : d.end().toString(), d == null ? null : d.precision().name(), m.entityId(),
            m.blockType() == null ? null : m.blockType().name(), m.origin().name(), m.rejected() ? 1 : 0};
    }

    /** Inserts a mention (its id is ignored) and returns the new id. */
    public long insert(Connection c, Mention m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (" + WRITTEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Object[] values = columns(m);
            for (int k = 0; k < values.length; k++) {
                if (values[k] == null) ps.setNull(k + 1, JDBC_TYPES[k]);
                else ps.setObject(k + 1, values[k]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Inserts mentions (their ids are ignored) and returns the new ids in the same order. On a server two statements
     * in all: the ids are drawn from the table's sequence first, then every row goes in as one statement with array
     * parameters (an article has about twenty mentions, each a statement of its own before); a file inserts one by one.
     */
    public List<Long> insert(Connection c, List<Mention> ms) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (db.engine() != Database.Engine.POSTGRESQL) {
            for (Mention m : ms) ids.add(insert(c, m));
            return ids;
        }
        if (ms.isEmpty()) return ids;
        ids.addAll(SqlLists.nextIds(c, "mention", ms.size()));
        Object[][] cols = new Object[SQL_TYPES.length][ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            Object[] values = columns(ms.get(i));
            for (int k = 0; k < values.length; k++) cols[k][i] = values[k];
        }
        StringBuilder arrays = new StringBuilder("?::bigint[]");
        for (String t : SQL_TYPES) arrays.append(", ?::").append(t).append("[]");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (" + COLUMNS + ") SELECT * FROM unnest(" + arrays + ")")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            for (int k = 0; k < SQL_TYPES.length; k++) ps.setArray(k + 2, c.createArrayOf(SQL_TYPES[k], cols[k]));
            ps.executeUpdate();
        }
        return ids;
    }

    /** Adds a mention the user marked; it is never removed by a re-run. */
    public long addManual(Mention m) {
        Mention manual = new Mention(0, m.articleId(), m.start(), m.end(), m.text(), m.type(), m.date(), m.entityId(),
                m.blockType(), MentionOrigin.MANUAL, false);
        return db.write(c -> insert(c, manual));
    }

    /** Links a mention to an entity (null: none) as the user decided: NLP re-runs keep this link ({@link #lockedLinks}). */
    public void setEntity(Connection c, long mentionId, Long entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET entity_id = ?, entity_locked = 1 WHERE id = ?")) {
            if (entityId == null) ps.setNull(1, Types.INTEGER);
            else ps.setLong(1, entityId);
            ps.setLong(2, mentionId);
            ps.executeUpdate();
        }
    }

    /**
     * The article's automatic mentions whose entity the user chose (link, merge, split), keyed
     * {@code "start:end:TYPE"}, with that entity; an NLP re-run keeps these and relinks the rest.
     */
    public Map<String, Long> lockedLinks(Connection c, long articleId) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_off, end_off, type, entity_id FROM mention "
                + "WHERE article_id = ? AND entity_locked = 1 AND entity_id IS NOT NULL AND rejected = 0")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getString(3), rs.getLong(4));
            }
        }
        return out;
    }

    /** Marks a mention rejected: it is hidden and its span and type are never suggested again for that article. */
    public void reject(long mentionId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET rejected = 1, entity_id = NULL WHERE id = ?")) {
                ps.setLong(1, mentionId);
                if (ps.executeUpdate() == 0) throw new StoreException("There is no mention " + mentionId);
            }
            return null;
        });
    }

    /**
     * The not-rejected mentions of {@code type} across the library that carry the same value as a mention without an
     * entity: the same resolved {@code date} when it has one, otherwise the same {@code text} ignoring surrounding
     * spaces and case (SQLite folds the case of ASCII letters only). Ordered by article and offset.
     */
    public List<Mention> acceptedWithValue(EntityType type, DateRange date, String text) {
        String sql = "SELECT " + COLUMNS + " FROM mention WHERE type = ? AND rejected = 0 AND "
                + (date != null ? "date_start = ? AND date_end = ? AND date_precision = ?" : "lower(trim(text)) = lower(?)")
                + " ORDER BY article_id, start_off, end_off, id";
        return db.read(c -> {
            List<Mention> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, type.name());
                if (date != null) {
                    ps.setString(2, date.start().toString());
                    ps.setString(3, date.end().toString());
                    ps.setString(4, date.precision().name());
                } else {
                    ps.setString(2, text.strip());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(read(rs));
                }
            }
            return out;
        });
    }
}
