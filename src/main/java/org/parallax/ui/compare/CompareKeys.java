package org.parallax.ui.compare;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The side-by-side window's keys as data: the window acts on these combinations and Help ▸ Keyboard shortcuts lists
 * them, so the sheet cannot drift from what the keys do.
 */
public final class CompareKeys {
    /** One key: the combination (null for a row that describes keys handled elsewhere), its text and what it does. */
    public record Key(KeyCombination combination, String keys, String action) {
        boolean matches(KeyEvent e) {
            return combination != null && combination.match(e);
        }
    }

    static final Key NEXT = key(new KeyCodeCombination(KeyCode.F7), "Next difference");
    static final Key PREVIOUS = key(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), "Previous difference");
    static final Key SWAP = key(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "Swap the sides");
    static final Key DETAILS = key(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Show or hide the details (legend, entities, metadata, dates, conflicting facts)");
    static final Key OPEN_IN_READER = key(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
            "Open the sentence at the caret in the reader");
    static final Key CLOSE = key(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), "Close the window");
    static final Key ESCAPE = key(new KeyCodeCombination(KeyCode.ESCAPE), "Close the window");

    /** Every key of the window, in the order the sheet lists them. */
    public static final List<Key> ALL = List.of(NEXT, PREVIOUS, SWAP, DETAILS, OPEN_IN_READER, CLOSE, ESCAPE,
            new Key(null, "P O L D E M", "Mark the selected words with a type's key, as in the reader"),
            new Key(null, "Ctrl+Z", "Undo the last mark made here"));

    private CompareKeys() {
    }

    private static Key key(KeyCombination k, String action) {
        return new Key(k, k.getDisplayText(), action);
    }
}
