package org.parallax.annotation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parallax.store.EditConflictException;
import org.parallax.store.EntityRepository;
import org.parallax.store.RowChange;
import org.parallax.store.Snapshots;

/**
 * Who changed what, and undo that never overwrites another person: {@link #stamp} writes the author and time on the
 * rows an edit changed (marks, rejections, events, entities; notes stamp themselves in {@code NoteRepository}), in the
 * edit's transaction; {@link #checkUndo} refuses an undo or redo whose notes or entities someone changed since (their
 * version moved and their content differs), and {@link #bumpVersions} moves the version of the rows undo wrote back
 * past any they had (undo restores content exactly, never an old version number), so a later save can never reuse a
 * version someone read before the undo and overwrite unseen.
 */
final class EditStamps {
    /** Tables whose rows carry a save version. */
    private static final List<String> VERSIONED = List.of("note", "entity");

    private EditStamps() {
    }

    /** Stamps {@code user} and {@code at} on the rows {@code changes} shows changed (or created). */
    static void stamp(Connection c, EntityRepository entities, List<RowChange> changes, String user, Instant at) throws SQLException {
        Set<Long> entityRows = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        Set<Long> moved = new HashSet<>();
        for (RowChange ch : changes) {
            for (Map.Entry<List<Object>, Map<String, Object>> row : ch.after().entrySet()) {
                Map<String, Object> was = ch.before().get(row.getKey());
                if (ch.table().equals("entity")) {
                    long id = ((Number) row.getKey().get(0)).longValue();
                    entityRows.add(id);
                    if (!row.getValue().equals(was)) touched.add(id);
                    // a new entity starts at its first version; an edit that moved the version itself is not counted twice
                    if (was == null || !Objects.equals(was.get("version"), row.getValue().get("version"))) moved.add(id);
                    continue;
                }
                if (row.getValue().equals(was)) continue;
                switch (ch.table()) {
                    case "entity_alias" -> touched.add(((Number) row.getKey().get(0)).longValue());
                    case "mention", "event" -> update(c, "UPDATE " + ch.table() + " SET changed_by = ?, changed_at = ? WHERE id = ?",
                            user, at, row.getKey());
                    case "suggestion_rejected" -> update(c, "UPDATE suggestion_rejected SET rejected_by = ?, rejected_at = ? "
                            + "WHERE article_id = ? AND start_off = ? AND end_off = ? AND label = ?", user, at, row.getKey());
                    default -> { }
                }
            }
            if (ch.table().equals("entity_alias")) {
                // an alias the edit removed changes its entity too
                for (List<Object> key : ch.before().keySet()) if (!ch.after().containsKey(key)) touched.add(((Number) key.get(0)).longValue());
            }
        }
        // only entities the edit itself watched: linking a mark to an entity adds an alias but edits no entity
        touched.retainAll(entityRows);
        if (!touched.isEmpty()) entities.stamp(c, touched, moved, at);
    }

    private static void update(Connection c, String sql, String user, Instant at, List<Object> key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, user);
            ps.setString(2, at.toString());
            for (int i = 0; i < key.size(); i++) ps.setObject(i + 3, key.get(i));
            ps.executeUpdate();
        }
    }

    /**
     * Refuses to bring the rows of an edit from one image to the other ({@code toBefore}: undo) when someone changed
     * a note or entity of it since: its version is not the one the image holds and its content differs (a change undone
     * again leaves the content as it was, and passes). Returns the versions stored now, for {@link #bumpVersions}.
     */
    static Map<String, Map<Object, Integer>> checkUndo(Connection c, String label, List<RowChange> changes, boolean toBefore)
            throws SQLException {
        Map<String, Map<Object, Integer>> versions = new HashMap<>();
        for (RowChange ch : changes) {
            if (!VERSIONED.contains(ch.table())) continue;
            Map<List<Object>, Map<String, Object>> from = toBefore ? ch.after() : ch.before();
            Map<List<Object>, Map<String, Object>> to = toBefore ? ch.before() : ch.after();
            Map<Object, Integer> now = versions.computeIfAbsent(ch.table(), t -> new HashMap<>());
            for (List<Object> key : union(from, to)) {
                Map<List<Object>, Map<String, Object>> current = Snapshots.capture(c, ch.table(), "id = ?", key.get(0));
                Map<String, Object> row = current.values().stream().findFirst().orElse(null);
                if (row != null) now.put(key.get(0), ((Number) row.get("version")).intValue());
                Map<String, Object> was = from.get(key);
                // absent before and now, or an entry written before rows had versions: nothing to compare
                if (was == null || !was.containsKey("version")) continue;
                if (row != null && (Objects.equals(row.get("version"), was.get("version")) || content(row).equals(content(was)))) continue;
                if (row == null && ch.table().equals("entity") && !Objects.equals(1, number(was.get("name_locked")))) {
                    continue; // a re-run drops an unnamed entity nobody uses any more: undo may bring it back
                }
                throw refusal(label, ch.table(), ((Number) key.get(0)).longValue(), row);
            }
        }
        return versions;
    }

    private static Set<List<Object>> union(Map<List<Object>, Map<String, Object>> a, Map<List<Object>, Map<String, Object>> b) {
        Set<List<Object>> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Object number(Object v) {
        return v instanceof Number n ? n.intValue() : v;
    }

    private static Map<String, Object> content(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.remove("version");
        return out;
    }

    private static EditConflictException refusal(String label, String table, long id, Map<String, Object> row) {
        boolean note = table.equals("note");
        String author = row == null ? null : (String) row.get(note ? "updated_by" : "changed_by");
        String at = row == null ? null : (String) row.get(note ? "updated_at" : "changed_at");
        String theirs = row == null ? null : (String) row.get(note ? "text" : "name");
        String what = (note ? "note " : "entity ") + id;
        String message = "Cannot undo or redo \u201c" + label + "\u201d: " + EditConflictException.who(author)
                + (row == null ? " deleted " + what : " changed " + what + (at == null ? "" : " at " + at))
                + " since; nothing was changed, and the edit stays in the history.";
        return new EditConflictException(message, note ? EditConflictException.Kind.NOTE : EditConflictException.Kind.ENTITY, id,
                theirs, author, at == null ? null : Instant.parse(at), row == null ? 0 : ((Number) row.get("version")).intValue());
    }

    /**
     * After undo or redo wrote {@code changes} back: gives each note and entity row it wrote a version above any it
     * had, so a save read before (at the version the image holds) is refused instead of silently undoing the undo.
     */
    static void bumpVersions(Connection c, List<RowChange> changes, boolean toBefore, Map<String, Map<Object, Integer>> versions)
            throws SQLException {
        for (RowChange ch : changes) {
            if (!VERSIONED.contains(ch.table())) continue;
            Map<List<Object>, Map<String, Object>> to = toBefore ? ch.before() : ch.after();
            Map<Object, Integer> was = versions.getOrDefault(ch.table(), Map.of());
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + ch.table() + " SET version = ? WHERE id = ?")) {
                for (Map.Entry<List<Object>, Map<String, Object>> row : to.entrySet()) {
                    // a row that was not there comes back as it was: nobody can have read it in between
                    Integer current = was.get(row.getKey().get(0));
                    if (current == null) continue;
                    int image = row.getValue().get("version") instanceof Number n ? n.intValue() : 0;
                    ps.setInt(1, Math.max(image, current) + 1);
                    ps.setObject(2, row.getKey().get(0));
                    ps.executeUpdate();
                }
            }
        }
    }
}
