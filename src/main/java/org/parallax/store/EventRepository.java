package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/**
 * Events with their participants (entity ids in the roles WHO and WHERE) and the article sentences that report
 * them. An event that loses its last source (its articles were re-run or deleted) is deleted with it.
 */
public final class EventRepository {
    private final Database db;

    public EventRepository(Database db) {
        this.db = db;
    }

    /** Every event, by start date. */
    public List<Event> list() {
        return db.read(this::list);
    }

    public List<Event> list(Connection c) throws SQLException {
        return load(c, "1 = 1");
    }

    /** The events an article reports. */
    public List<Event> forArticle(long articleId) {
        return db.read(c -> load(c, "id IN (SELECT event_id FROM event_source WHERE article_id = ?)", articleId));
    }

    /**
     * The pipeline's events whose dates overlap {@code [from, to]}: the only ones a new report can be the same event
     * as. Manual events are left out, so that a re-run never merges into (and so changes) what the user made.
     */
    public List<Event> overlapping(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return load(c, "date_start <= ? AND date_end >= ? AND origin = 'AUTO'", to.toString(), from.toString());
    }

    /** One event, if it exists. */
    public Optional<Event> get(long id) {
        return db.read(c -> load(c, "id = ?", id).stream().findFirst());
    }

    /**
     * The events whose dates overlap {@code [from, to]} (either end may be null for open), reported by one of
     * {@code articleIds}, with one of {@code entityIds} as who or where, and of one of {@code kinds}; a null or empty
     * set does not filter. A manual event without sources passes an article filter only when it has no sources and
     * the filter is null.
     */
    public List<Event> find(LocalDate from, LocalDate to, Collection<Long> articleIds, Collection<Long> entityIds,
                            Collection<EventKind> kinds) {
        return find(from, to, articleIds, entityIds, kinds, null);
    }

    /**
     * As {@link #find(LocalDate, LocalDate, Collection, Collection, Collection)}, keeping only day-precision events
     * ({@code dayPrecise} true) or only coarser ones (false); null keeps both.
     */
    public List<Event> find(LocalDate from, LocalDate to, Collection<Long> articleIds, Collection<Long> entityIds,
                            Collection<EventKind> kinds, Boolean dayPrecise) {
        List<Object> args = new ArrayList<>();
        String where = filter(from, to, articleIds, entityIds, kinds, args)
                + (dayPrecise == null ? "" : dayPrecise ? " AND date_precision = 'DAY'" : " AND date_precision <> 'DAY'");
        return db.read(c -> load(c, where, args.toArray()));
    }

    /** How many filtered events start in each month ({@code yyyy-MM}), for the calendar's opening month. */
    public Map<String, Integer> countByStartMonth(Collection<Long> articleIds, Collection<Long> entityIds,
                                                  Collection<EventKind> kinds) {
        List<Object> args = new ArrayList<>();
        String where = filter(null, null, articleIds, entityIds, kinds, args);
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT substr(date_start, 1, 7) AS m, count(*) FROM event WHERE "
                    + where + " GROUP BY m ORDER BY m")) {
                bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private static String filter(LocalDate from, LocalDate to, Collection<Long> articleIds, Collection<Long> entityIds,
                                 Collection<EventKind> kinds, List<Object> args) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (to != null) {
            w.append(" AND date_start <= ?");
            args.add(to.toString());
        }
        if (from != null) {
            w.append(" AND date_end >= ?");
            args.add(from.toString());
        }
        if (articleIds != null && !articleIds.isEmpty()) {
            w.append(" AND id IN (SELECT event_id FROM event_source WHERE article_id IN (").append(SqlLists.marks(articleIds.size())).append("))");
            args.addAll(articleIds);
        }
        if (entityIds != null && !entityIds.isEmpty()) {
            w.append(" AND id IN (SELECT event_id FROM event_entity WHERE entity_id IN (").append(SqlLists.marks(entityIds.size())).append("))");
            args.addAll(entityIds);
        }
        if (kinds != null && !kinds.isEmpty()) {
            w.append(" AND kind IN (").append(SqlLists.marks(kinds.size())).append(")");
            kinds.forEach(k -> args.add(k.name()));
        }
        return w.toString();
    }

    private List<Event> load(Connection c, String condition, Object... args) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, date_start, date_end, date_precision, origin, note FROM event WHERE "
                + condition + " ORDER BY date_start, date_end, id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {StoredEnum.read(EventKind.class, rs.getString(2)), new DateRange(
                            LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)), StoredEnum.read(DatePrecision.class, rs.getString(5))),
                            "MANUAL".equals(rs.getString(6)), rs.getString(7)});
                }
            }
        }
        Map<Long, List<Object[]>> parties = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ee.event_id, ee.entity_id, ee.role, e.name FROM event_entity ee JOIN entity e ON e.id = ee.entity_id "
                        + "WHERE ee.event_id IN (SELECT id FROM event WHERE " + condition + ") ORDER BY ee.event_id, ee.seq, ee.entity_id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        Map<Long, List<EventSource>> sources = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, article_id, sentence_start, sentence_end, sentence_text FROM event_source "
                        + "WHERE event_id IN (SELECT id FROM event WHERE " + condition + ") ORDER BY event_id, article_id, sentence_start")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EventSource(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
        }
        List<Event> out = new ArrayList<>();
        rows.forEach((id, r) -> {
            List<Long> whoIds = new ArrayList<>();
            List<String> who = new ArrayList<>();
            List<Long> whereIds = new ArrayList<>();
            List<String> where = new ArrayList<>();
            for (Object[] p : parties.getOrDefault(id, List.of())) {
                boolean isWho = "WHO".equals(p[1]);
                (isWho ? whoIds : whereIds).add((Long) p[0]);
                (isWho ? who : where).add((String) p[2]);
            }
            out.add(new Event(id, (EventKind) r[0], (DateRange) r[1], whoIds, who, whereIds, where, sources.getOrDefault(id, List.of()),
                    (Boolean) r[2], (String) r[3]));
        });
        return out;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long l) ps.setLong(i + 1, l);
            else if (args[i] instanceof Integer n) ps.setInt(i + 1, n);
            else ps.setString(i + 1, String.valueOf(args[i]));
        }
    }

    /** Creates an event reported by one sentence and returns its id. */
    public long insert(Connection c, EventKind kind, DateRange when, Collection<Long> whoIds, Collection<Long> whereIds,
                       EventSource source) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event (kind, date_start, date_end, date_precision) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.name());
            ps.setString(2, when.start().toString());
            ps.setString(3, when.end().toString());
            ps.setString(4, when.precision().name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        addSource(c, id, kind, when, whoIds, whereIds, source);
        return id;
    }

    /**
     * Adds a reporting sentence to an event, sets its kind and date (the caller decides how two reports combine) and
     * adds participants it did not have.
     */
    public void addSource(Connection c, long eventId, EventKind kind, DateRange when, Collection<Long> whoIds,
                          Collection<Long> whereIds, EventSource source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE event SET kind = ?, date_start = ?, date_end = ?, date_precision = ? WHERE id = ?")) {
            ps.setString(1, kind.name());
            ps.setString(2, when.start().toString());
            ps.setString(3, when.end().toString());
            ps.setString(4, when.precision().name());
            ps.setLong(5, eventId);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no event " + eventId);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_entity (event_id, entity_id, role, seq) "
                + "VALUES (?, ?, ?, (SELECT count(*) FROM event_entity WHERE event_id = ?)) ON CONFLICT DO NOTHING")) {
            for (long who : whoIds) addParty(ps, eventId, who, "WHO");
            for (long where : whereIds) addParty(ps, eventId, where, "WHERE");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_source "
                + "(event_id, article_id, sentence_start, sentence_end, sentence_text) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, eventId);
            ps.setLong(2, source.articleId());
            ps.setInt(3, source.sentenceStart());
            ps.setInt(4, source.sentenceEnd());
            ps.setString(5, source.sentenceText());
            ps.executeUpdate();
        }
    }

    private static void addParty(PreparedStatement ps, long eventId, long entityId, String role) throws SQLException {
        ps.setLong(1, eventId);
        ps.setLong(2, entityId);
        ps.setString(3, role);
        ps.setLong(4, eventId);
        ps.executeUpdate();
    }

    /**
     * Removes an article's reports before it is re-run; pipeline events nobody reports any more go with them
     * (trigger). The sources of manual events stay: the user chose them.
     */
    public void deleteSourcesOf(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_source WHERE article_id = ? "
                + "AND event_id IN (SELECT id FROM event WHERE origin = 'AUTO')")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    // ---- manual events --------------------------------------------------------------------------------------

    /** Stores an event the user made, with its participants in order and its chosen sources; returns its id. */
    public long insertManual(EventKind kind, DateRange when, List<Long> whoIds, List<Long> whereIds,
                             List<EventSource> sources, String note) {
        WriteGuard.requireWritable(db, "The event");
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (kind, date_start, date_end, date_precision, origin, note, "
                    + "changed_by, changed_at) VALUES (?, ?, ?, ?, 'MANUAL', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind.name());
                ps.setString(2, when.start().toString());
                ps.setString(3, when.end().toString());
                ps.setString(4, when.precision().name());
                ps.setString(5, note);
                ps.setString(6, db.user());
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeManualParts(c, id, whoIds, whereIds, sources);
            return id;
        });
    }

    /**
     * Replaces an event's kind, date, participants, sources and note with the user's, and marks it manual: from now
     * on re-runs leave it alone. Editing a pipeline event therefore takes it over.
     */
    public void updateManual(long id, EventKind kind, DateRange when, List<Long> whoIds, List<Long> whereIds,
                             List<EventSource> sources, String note) {
        WriteGuard.requireWritable(db, "The event");
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE event SET kind = ?, date_start = ?, date_end = ?, "
                    + "date_precision = ?, origin = 'MANUAL', note = ?, changed_by = ?, changed_at = ? WHERE id = ?")) {
                ps.setString(1, kind.name());
                ps.setString(2, when.start().toString());
                ps.setString(3, when.end().toString());
                ps.setString(4, when.precision().name());
                ps.setString(5, note);
                ps.setString(6, db.user());
                ps.setString(7, Instant.now().toString());
                ps.setLong(8, id);
                if (ps.executeUpdate() == 0) throw new StoreException("There is no event " + id + ". List events with `parallax events`.");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_entity WHERE event_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_source WHERE event_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            writeManualParts(c, id, whoIds, whereIds, sources);
            return null;
        });
    }

    /** Marks an event as the user's (made by hand, for example from an EVENT annotation): re-runs leave it alone. */
    public void markManual(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event SET origin = 'MANUAL' WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) throw new StoreException("There is no event " + id);
        }
    }

    /** Deletes an event (manual or not); returns whether it existed. A pipeline event comes back on the next re-run. */
    public boolean delete(long id) {
        WriteGuard.requireWritable(db, "Deleting event " + id);
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static void writeManualParts(Connection c, long id, List<Long> whoIds, List<Long> whereIds,
                                         List<EventSource> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_entity (event_id, entity_id, role, seq) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            int seq = 0;
            for (long who : whoIds) seq = party(ps, id, who, "WHO", seq);
            for (long where : whereIds) seq = party(ps, id, where, "WHERE", seq);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_source "
                + "(event_id, article_id, sentence_start, sentence_end, sentence_text) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (EventSource s : sources) {
                ps.setLong(1, id);
                ps.setLong(2, s.articleId());
                ps.setInt(3, s.sentenceStart());
                ps.setInt(4, s.sentenceEnd());
                ps.setString(5, s.sentenceText());
                ps.executeUpdate();
            }
        }
    }

    private static int party(PreparedStatement ps, long eventId, long entityId, String role, int seq) throws SQLException {
        ps.setLong(1, eventId);
        ps.setLong(2, entityId);
        ps.setString(3, role);
        ps.setInt(4, seq);
        ps.executeUpdate();
        return seq + 1;
    }
}
