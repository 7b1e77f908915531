package org.parallax.ui.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's single-key commands as data: the mark keys (P, O, L, D, E, M), N for a note, undo/redo, and the note
 * editor's and notes list's keys. The annotation layer, its context menu and the annotate panel act on these, and
 * Help ▸ Keyboard shortcuts lists them, so the sheet cannot drift from what the keys do. A user-defined type's own key comes from the library, not from here.
 */
public final class ReaderKeys {
    /** One key: what to press, what it does, and the annotation type it marks (null when it marks none). */
    public record Key(String keys, String action, String markType) {
    }

    /** The built-in mark keys, in context-menu order; the key is also the type name the marks service reads. */
    public static final List<Key> MARKS = List.of(
            new Key("P", "Mark as person", "P"), new Key("O", "Mark as organisation", "O"),
            new Key("L", "Mark as location", "L"), new Key("D", "Mark as date", "D"),
            new Key("E", "Mark as event", "E"), new Key("M", "Mark as other", "M"));

    /** Every reader key: the marks, then note, undo and redo, then saving and editing a note. */
    public static final List<Key> ALL = List.of(MARKS.get(0), MARKS.get(1), MARKS.get(2), MARKS.get(3), MARKS.get(4),
            MARKS.get(5), new Key("N", "Add a note to the selection", null), new Key("Ctrl+Z", "Undo the last mark or note", null),
            new Key("Ctrl+Shift+Z", "Redo", null), new Key("Ctrl+Enter", "In the note editor: save the note", null),
            new Key("F2", "In the notes list: edit the note", null));

    private ReaderKeys() {
    }

    /** The built-in type {@code key} marks (any case), or empty. */
    public static Optional<String> markType(String key) {
        if (key == null) return Optional.empty();
        String k = key.strip().toUpperCase(Locale.ROOT);
        return MARKS.stream().filter(m -> m.keys().equals(k)).map(Key::markType).findFirst();
    }
}
