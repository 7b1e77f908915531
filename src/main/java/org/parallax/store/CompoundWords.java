package org.parallax.store;

/**
 * What people type into a search box holds words FTS5's query syntax cannot take bare: {@code counter-terrorism},
 * {@code U.S.}, {@code Pakistan's}, {@code 9/11}. FTS5 refuses them ("no such column", "syntax error near ."), and so
 * does the server's reading of the same language. Such a word is quoted here, as a phrase of its parts, before either
 * engine reads the query, which is what the user meant: {@code counter-terrorism} finds "counter-terrorism" and
 * "counter terrorism". Quoted phrases, operators, parentheses, column filters, NEAR groups and {@code ^} are left as
 * typed.
 */
final class CompoundWords {
    private CompoundWords() {
    }

    static String quote(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        int i = 0;
        int n = query.length();
        boolean inNear = false;
        while (i < n) {
            char ch = query.charAt(i);
            if (ch == '"') {
                int close = query.indexOf('"', i + 1);
                // "" inside a phrase is an escaped quote; an unclosed phrase is left for the engine to judge
                while (close >= 0 && close + 1 < n && query.charAt(close + 1) == '"') close = query.indexOf('"', close + 2);
                int end = close < 0 ? n : close + 1;
                out.append(query, i, end);
                i = end;
            } else if (Character.isWhitespace(ch)) {
                out.append(ch);
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') end++;
                String chunk = query.substring(i, end);
                // inside NEAR(... , N) everything is FTS5's own syntax, up to the closing parenthesis
                if (chunk.toUpperCase(java.util.Locale.ROOT).replaceFirst("^\\(+", "").startsWith("NEAR(")) inNear = true;
                out.append(inNear ? chunk : chunk(chunk));
                if (inNear && chunk.indexOf(')') >= 0) inNear = false;
                i = end;
            }
        }
        return out.toString();
    }

    /** One run of text without spaces or quotes: its core quoted when it is a compound word. */
    private static String chunk(String chunk) {
        if (chunk.indexOf(':') >= 0 || chunk.startsWith("^") || chunk.startsWith("+")) {
            return chunk;
        }
        int start = 0;
        int end = chunk.length();
        while (start < end && chunk.charAt(start) == '(') start++;
        while (end > start && chunk.charAt(end - 1) == ')') end--;
        boolean prefix = end > start && chunk.charAt(end - 1) == '*';
        int coreEnd = prefix ? end - 1 : end;
        String core = chunk.substring(start, coreEnd);
        if (!needsQuotes(core)) return chunk;
        return chunk.substring(0, start) + '"' + core + '"' + (prefix ? "*" : "") + chunk.substring(end);
    }

    /**
     * A word that starts with a letter or digit and has a character FTS5 does not take in a bare word before another
     * letter or digit ({@code counter-terrorism}, {@code U.S.}); a stray sign before or after a word ({@code -x},
     * {@code word,}) stays the syntax error it is.
     */
    private static boolean needsQuotes(String core) {
        if (core.isEmpty() || !bareword(core.charAt(0))) return false;
        boolean other = false;
        for (int k = 1; k < core.length(); k++) {
            char c = core.charAt(k);
            if (!bareword(c)) other = true;
            else if (other) return true;
        }
        return false;
    }

    /** FTS5's bareword characters: ASCII letters and digits, the underscore, and every non-ASCII character. */
    private static boolean bareword(char c) {
        return c > 127 || Character.isLetterOrDigit(c) || c == '_' || c == 0x1A;
    }
}
