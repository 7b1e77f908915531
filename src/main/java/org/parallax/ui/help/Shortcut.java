package org.parallax.ui.help;

/** One key binding as the shortcuts sheet lists it: the keys, what they do, and where they work. */
public record Shortcut(String keys, String action, String where) {
}
