package org.parallax.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Back and forward through the reader's history from anywhere in a scene: Alt+Left and Alt+Right, and the mouse's
 * back and forward buttons. They are caught before the focused control, so a text area cannot take them for itself.
 */
public final class NavigationKeys {
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private NavigationKeys() {
    }

    /** Runs {@code back} or {@code forward} on their keys and mouse buttons pressed in {@code scene}. */
    public static void install(Scene scene, Runnable back, Runnable forward) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (BACK.match(e)) back.run();
            else if (FORWARD.match(e)) forward.run();
            else return;
            e.consume();
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) back.run();
            else if (e.getButton() == MouseButton.FORWARD) forward.run();
            else return;
            e.consume();
        });
    }
}
