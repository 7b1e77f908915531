package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Row-level before/after images of the tables the user edits (entities, aliases, mentions, events, notes, types), so
 * that every edit can be undone and redone exactly, with the same row ids. Rows are written back by upsert, parents
 * before children, and rows are deleted children first, so foreign keys hold at every step.
 */
public final class Snapshots {
    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());
    /** Editable tables, parents first, with their primary key columns. */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("annotation_type", List.of("id"));
        KEYS.put("entity", List.of("id"));
        KEYS.put("entity_alias", List.of("entity_id", "alias"));
        KEYS.put("event", List.of("id"));
        KEYS.put("event_entity", List.of("event_id", "entity_id", "role"));
        KEYS.put("event_source", List.of("event_id", "article_id", "sentence_start"));
        KEYS.put("mention", List.of("id"));
        KEYS.put("note", List.of("id"));
        KEYS.put("suggestion_rejected", List.of("article_id", "start_off", "end_off", "label"));
    }

    private Snapshots() {
    }

    /** The rows of {@code table} matching {@code where} (SQL with ? placeholders), keyed by primary key. */
    public static Map<List<Object>, Map<String, Object>> capture(Connection c, String table, String where, Object... args)
            throws SQLException {
        List<String> keys = keys(table);
        Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnName(i), rs.getObject(i));
                    List<Object> key = new ArrayList<>();
                    for (String k : keys) key.add(normalise(row.get(k)));
                    out.put(key, row);
                }
            }
        }
        return out;
    }

    private static Object normalise(Object v) {
        return v instanceof Integer i ? Long.valueOf(i) : v;
    }

    private static List<String> keys(String table) {
        List<String> keys = KEYS.get(table);
        if (keys == null) throw new IllegalArgumentException("not an editable table: " + table);
        return keys;
    }

    /** Brings the tables from the {@code from} images to the {@code to} images of each change, in one transaction. */
    public static void apply(Connection c, List<RowChange> changes, boolean toBefore) throws SQLException {
        List<String> order = new ArrayList<>(KEYS.keySet());
        List<RowChange> sorted = new ArrayList<>(changes);
        sorted.sort((a, b) -> Integer.compare(order.indexOf(a.table()), order.indexOf(b.table())));
        // children first: deleting a parent may cascade, and the children are written back afterwards anyway
        for (int i = sorted.size() - 1; i >= 0; i--) {
            RowChange ch = sorted.get(i);
            Map<List<Object>, Map<String, Object>> from = toBefore ? ch.after() : ch.before();
            Map<List<Object>, Map<String, Object>> to = toBefore ? ch.before() : ch.after();
            for (List<Object> key : from.keySet()) {
                if (!to.containsKey(key)) delete(c, ch.table(), key);
            }
        }
        for (RowChange ch : sorted) {
            Map<List<Object>, Map<String, Object>> to = toBefore ? ch.before() : ch.after();
            Map<List<Object>, Map<String, Object>> from = toBefore ? ch.after() : ch.before();
            // a row the edit left alone is only made to exist again (an NLP run may have dropped it), not overwritten
            for (Map.Entry<List<Object>, Map<String, Object>> row : to.entrySet()) {
                upsert(c, ch.table(), row.getValue(), !row.getValue().equals(from.get(row.getKey())));
            }
        }
    }

    private static void delete(Connection c, String table, List<Object> key) throws SQLException {
        List<String> keys = keys(table);
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(table).append(" WHERE ");
        for (int i = 0; i < keys.size(); i++) sql.append(i == 0 ? "" : " AND ").append(keys.get(i)).append(" = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < key.size(); i++) ps.setObject(i + 1, key.get(i));
            ps.executeUpdate();
        }
    }

    private static void upsert(Connection c, String table, Map<String, Object> row, boolean overwrite) throws SQLException {
        if (table.equals("mention") && "AUTO".equals(row.get("origin")) && replacedByRerun(c, row)) return;
        List<String> keys = keys(table);
        List<String> cols = new ArrayList<>(row.keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", cols))
                .append(") VALUES (").append("?, ".repeat(cols.size() - 1)).append("?) ON CONFLICT (")
                .append(String.join(", ", keys)).append(") DO ");
        List<String> sets = new ArrayList<>();
        for (String col : cols) if (!keys.contains(col)) sets.add(col + " = excluded." + col);
        sql.append(sets.isEmpty() || !overwrite ? "NOTHING" : "UPDATE SET " + String.join(", ", sets));
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < cols.size(); i++) ps.setObject(i + 1, row.get(cols.get(i)));
            ps.executeUpdate();
        } catch (SQLException e) {
            // the row points at something a later NLP run removed (an event, an unused entity): it cannot come back
            if (!String.valueOf(e.getMessage()).contains("FOREIGN KEY")) throw e;
            LOG.fine(() -> "Undo/redo skipped a " + table + " row that refers to a row no longer there: " + row);
        }
    }

    /**
     * An NLP run deletes the automatic mentions and stores them again under new ids: an automatic row that is gone
     * while a row for the same span and type exists must not come back as a second copy.
     */
    private static boolean replacedByRerun(Connection c, Map<String, Object> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM mention WHERE id = ?), "
                + "(SELECT count(*) FROM mention WHERE article_id = ? AND start_off = ? AND end_off = ? AND type = ? AND id <> ?)")) {
            ps.setObject(1, row.get("id"));
            ps.setObject(2, row.get("article_id"));
            ps.setObject(3, row.get("start_off"));
            ps.setObject(4, row.get("end_off"));
            ps.setObject(5, row.get("type"));
            ps.setObject(6, row.get("id"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0 && rs.getInt(2) > 0;
            }
        }
    }

    /**
     * Records the before image of some rows, runs an edit, and records their after image. Scopes added while the
     * edit runs (for rows it creates) are captured after it only.
     */
    public static final class Recorder {
        private final Connection c;
        private final List<Object[]> scopes = new ArrayList<>();
        private final Map<String, Map<List<Object>, Map<String, Object>>> before = new LinkedHashMap<>();

        public Recorder(Connection c) {
            this.c = c;
        }

        /** Watches the rows of {@code table} matching {@code where}; call before the edit for rows that exist. */
        public Recorder watch(String table, String where, Object... args) throws SQLException {
            Map<List<Object>, Map<String, Object>> rows = capture(c, table, where, args);
            // rows this edit already created have no before image, whoever watches them later
            for (Object[] s : scopes) {
                if (s[0].equals(table) && Boolean.TRUE.equals(s[3])) rows.keySet().removeAll(capture(c, table, (String) s[1], (Object[]) s[2]).keySet());
            }
            scopes.add(new Object[] {table, where, args, false});
            before.computeIfAbsent(table, t -> new LinkedHashMap<>());
            rows.forEach(before.get(table)::putIfAbsent);
            return this;
        }

        /** Watches rows the edit just created (they had no before image). */
        public Recorder watchNew(String table, String where, Object... args) {
            scopes.add(new Object[] {table, where, args, true});
            before.computeIfAbsent(table, t -> new LinkedHashMap<>());
            return this;
        }

        /** Watches an entity with its aliases, mentions and event roles. */
        public Recorder watchEntity(long id) throws SQLException {
            watch("entity", "id = ?", id);
            watch("entity_alias", "entity_id = ?", id);
            watch("mention", "entity_id = ?", id);
            watch("event_entity", "entity_id = ?", id);
            return this;
        }

        /** Watches an entity's own row and aliases, not its mentions. */
        public Recorder watchEntityRow(long id) throws SQLException {
            watch("entity", "id = ?", id);
            watch("entity_alias", "entity_id = ?", id);
            return this;
        }

        public Recorder watchNewEntity(long id) {
            watchNew("entity", "id = ?", id);
            watchNew("entity_alias", "entity_id = ?", id);
            watchNew("event_entity", "entity_id = ?", id);
            return this;
        }

        /** The changes between the before images and the rows as they are now. */
        @SuppressWarnings("unchecked")
        public List<RowChange> finish() throws SQLException {
            Map<String, Map<List<Object>, Map<String, Object>>> after = new LinkedHashMap<>();
            for (Object[] s : scopes) {
                after.computeIfAbsent((String) s[0], t -> new LinkedHashMap<>())
                        .putAll(capture(c, (String) s[0], (String) s[1], (Object[]) s[2]));
            }
            // a row watched before that no scope finds any more (it moved or was deleted) must still be compared
            for (Map.Entry<String, Map<List<Object>, Map<String, Object>>> e : before.entrySet()) {
                Map<List<Object>, Map<String, Object>> now = after.computeIfAbsent(e.getKey(), t -> new LinkedHashMap<>());
                for (List<Object> key : e.getValue().keySet()) {
                    if (!now.containsKey(key)) {
                        Map<List<Object>, Map<String, Object>> current = capture(c, e.getKey(), where(e.getKey()), key.toArray());
                        now.putAll(current);
                    }
                }
            }
            List<RowChange> out = new ArrayList<>();
            for (String table : after.keySet()) {
                out.add(new RowChange(table, before.getOrDefault(table, Map.of()), after.get(table)));
            }
            return out;
        }

        private static String where(String table) {
            List<String> keys = keys(table);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) sb.append(i == 0 ? "" : " AND ").append(keys.get(i)).append(" = ?");
            return sb.toString();
        }
    }
}
