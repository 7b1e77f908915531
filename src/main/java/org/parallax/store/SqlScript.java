package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script of either engine into statements that JDBC runs one at a time. A statement ends at a
 * semicolon outside quotes, comments, PostgreSQL dollar-quoted bodies ({@code $$ ... $$}, {@code $tag$ ... $tag$}) and
 * SQLite trigger bodies ({@code CREATE TRIGGER ... BEGIN ... END;}, with {@code CASE ... END} inside). Whole-line
 * {@code --} comments and blank lines outside quoted text are dropped; everything else is kept as written. Quotes are
 * standard SQL ({@code ''} escapes a quote); PostgreSQL's backslash strings ({@code E'...'}) are not understood.
 */
public final class SqlScript {
    private SqlScript() {
    }

    /** The statements of {@code sql}, in order, each stripped and ending with its semicolon (the last may lack one). */
    public static List<String> split(String sql) {
        return new Splitter(sql).run();
    }

    private static final class Splitter {
        private final String sql;
        private final List<String> out = new ArrayList<>();
        private final StringBuilder cur = new StringBuilder();
        // what the current statement has shown so far, outside quoted text
        private final List<String> leadingWords = new ArrayList<>();
        private boolean trigger;
        private boolean inTriggerBody;
        private int caseDepth;
        // inside quoted text or a comment that spans lines
        private String dollarTag;
        private char quote;
        private boolean blockComment;

        Splitter(String sql) {
            this.sql = sql;
        }

        List<String> run() {
            for (String line : sql.split("\n", -1)) {
                String t = line.strip();
                boolean insideQuoted = dollarTag != null || quote != 0 || blockComment;
                if (!insideQuoted && (t.isEmpty() || t.startsWith("--"))) continue;
                scanLine(line);
            }
            if (!cur.toString().isBlank()) out.add(cur.toString().strip());
            return out;
        }

        private void scanLine(String line) {
            int i = 0;
            int n = line.length();
            StringBuilder word = new StringBuilder();
            while (i < n) {
                char ch = line.charAt(i);
                if (dollarTag != null) {
                    if (line.startsWith(dollarTag, i)) {
                        cur.append(dollarTag);
                        i += dollarTag.length();
                        dollarTag = null;
                    } else {
                        cur.append(ch);
                        i++;
                    }
                    continue;
                }
                if (quote != 0) {
                    cur.append(ch);
                    i++;
                    // a doubled quote is an escaped one: the second toggles back in at once
                    if (ch == quote) quote = 0;
                    continue;
                }
                if (blockComment) {
                    if (line.startsWith("*/", i)) {
                        cur.append("*/");
                        i += 2;
                        blockComment = false;
                    } else {
                        cur.append(ch);
                        i++;
                    }
                    continue;
                }
                if (Character.isLetterOrDigit(ch) || ch == '_') {
                    word.append(ch);
                    cur.append(ch);
                    i++;
                    continue;
                }
                endWord(word);
                if (ch == '-' && line.startsWith("--", i)) {
                    cur.append(line, i, n);
                    break;
                }
                if (ch == '/' && line.startsWith("/*", i)) {
                    blockComment = true;
                    cur.append("/*");
                    i += 2;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    cur.append(ch);
                    i++;
                    continue;
                }
                if (ch == '$') {
                    String tag = dollarTagAt(line, i);
                    if (tag != null) {
                        dollarTag = tag;
                        cur.append(tag);
                        i += tag.length();
                        continue;
                    }
                }
                cur.append(ch);
                i++;
                if (ch == ';' && !inTriggerBody) finishStatement();
            }
            endWord(word);
            if (cur.length() > 0) cur.append('\n');
        }

        /** {@code $$} or {@code $tag$} starting at {@code i}, else null ({@code $1} is a parameter, not a tag). */
        private static String dollarTagAt(String line, int i) {
            int j = i + 1;
            while (j < line.length() && (Character.isLetter(line.charAt(j)) || line.charAt(j) == '_'
                    || (j > i + 1 && Character.isDigit(line.charAt(j))))) {
                j++;
            }
            return j < line.length() && line.charAt(j) == '$' ? line.substring(i, j + 1) : null;
        }

        private void endWord(StringBuilder word) {
            if (word.length() == 0) return;
            String w = word.toString().toUpperCase(Locale.ROOT);
            word.setLength(0);
            if (leadingWords.size() < 3) {
                leadingWords.add(w);
                // CREATE [TEMP | TEMPORARY] TRIGGER: a SQLite trigger's body runs from BEGIN to its own END
                trigger = leadingWords.get(0).equals("CREATE") && leadingWords.contains("TRIGGER");
            }
            if (!trigger) return;
            if (!inTriggerBody) {
                if (w.equals("BEGIN")) inTriggerBody = true;
            } else if (w.equals("CASE")) {
                caseDepth++;
            } else if (w.equals("END")) {
                if (caseDepth > 0) caseDepth--;
                else inTriggerBody = false;
            }
        }

        private void finishStatement() {
            String s = cur.toString().strip();
            if (!s.equals(";")) out.add(s);
            cur.setLength(0);
            leadingWords.clear();
            trigger = false;
            inTriggerBody = false;
            caseDepth = 0;
        }
    }
}
