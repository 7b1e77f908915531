package org.parallax.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.store.Database;
import org.parallax.store.Snapshots;

/** Every row of the tables annotation edits touch, keyed by table and primary key: two equal dumps are equal libraries. */
public final class LibraryRows {
    private static final List<String> TABLES = List.of("annotation_type", "entity", "entity_alias", "event", "event_entity",
            "event_source", "mention", "note", "suggestion_rejected");

    private LibraryRows() {
    }

    public static Map<String, Map<List<Object>, Map<String, Object>>> of(Database db) {
        return db.read(c -> {
            Map<String, Map<List<Object>, Map<String, Object>>> out = new LinkedHashMap<>();
            for (String t : TABLES) out.put(t, Snapshots.capture(c, t, "1 = 1"));
            return out;
        });
    }
}
