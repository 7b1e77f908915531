package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The events whose dates overlap {@code [from, to]}: the only ones a new report can be the same event as. */
    public List<Event> overlapping(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return load(c, "date_start <= ? AND date_end >= ?", to.toString(), from.toString());
    }

    private List<Event> load(Connection c, String condition, Object... args) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, date_start, date_end, date_precision FROM event WHERE "
                + condition + " ORDER BY date_start, date_end, id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {EventKind.valueOf(rs.getString(2)), new DateRange(
                            LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)), DatePrecision.valueOf(rs.getString(5)))});
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
            out.add(new Event(id, (EventKind) r[0], (DateRange) r[1], whoIds, who, whereIds, where, sources.getOrDefault(id, List.of())));
        });
        return out;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long l) ps.setLong(i + 1, l);
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
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_entity (event_id, entity_id, role, seq) "
                + "VALUES (?, ?, ?, (SELECT count(*) FROM event_entity WHERE event_id = ?))")) {
            for (long who : whoIds) addParty(ps, eventId, who, "WHO");
            for (long where : whereIds) addParty(ps, eventId, where, "WHERE");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_source "
                + "(event_id, article_id, sentence_start, sentence_end, sentence_text) VALUES (?, ?, ?, ?, ?)")) {
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

    /** Removes an article's reports before it is re-run; events nobody reports any more go with them (trigger). */
    public void deleteSourcesOf(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_source WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }
}
