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
}
