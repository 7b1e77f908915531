package org.parallax.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.parallax.model.DateSource;

/**
 * Small wordings shared by the text output of several commands, and the one guard on everything the command line
 * writes: {@link #terminalSafe} replaces control characters (ESC and the rest of C0 except tab and line feed, DEL,
 * C1) with U+FFFD, so that a title from an imported page cannot move the cursor, clear the screen or set the clipboard.
 */
final class Text {
    /** What a control character is written as. */
    static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /** A date source as a reader would say it: "file header", "none". */
    static String dateSource(DateSource s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Whether a terminal could take {@code c} as (the start of) a command: C0 but tab and line feed, DEL and C1.
     * Carriage return is allowed only where {@code carriageReturn} says (stderr, where progress redraws its line).
     */
    static boolean isControl(char c, boolean carriageReturn) {
        if (c == '\n' || c == '\t' || (c == '\r' && carriageReturn)) return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * A writer onto {@code out} that replaces control characters as it writes. The platform's line separator, written
     * on its own as {@code println} does, passes whole (it is "\r\n" on Windows). JSON output needs no exception:
     * Jackson writes control characters as escapes (backslash, u, four hex digits; see {@link Json}).
     */
    static PrintWriter terminalSafe(PrintWriter out, boolean carriageReturn) {
        return new PrintWriter(new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(isControl((char) c, carriageReturn) ? REPLACEMENT : c);
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                String part = s.substring(off, off + len);
                if (part.equals(System.lineSeparator())) {
                    out.write(part);
                    return;
                }
                char[] chars = part.toCharArray();
                for (int i = 0; i < chars.length; i++) if (isControl(chars[i], carriageReturn)) chars[i] = REPLACEMENT;
                out.write(chars, 0, chars.length);
            }
        }, true);
    }
}
