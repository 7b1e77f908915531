package org.parallax.app.cli;

import java.util.Locale;

import org.parallax.model.DateSource;

/** Small wordings shared by the text output of several commands. */
final class Text {
    private Text() {
    }

    /** A date source as a reader would say it: "file header", "none". */
    static String dateSource(DateSource s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Cuts {@code s} to {@code max} characters on one line, with an ellipsis when cut. */
    static String oneLine(String s, int max) {
        if (s == null) return null;
        String t = s.replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
