package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of Markdown, for imported articles and for notes: ATX and setext headings, list items, block
 * quotes, paragraphs (a hard break kept as a newline), image lines, fenced code lines; rules and reference
 * definitions end a paragraph and are dropped. {@link #inline} reads emphasis, code, links and escapes into styled
 * spans; {@link #plain} keeps only their words. Anything it does not know stays as written, so no text is lost.
 */
public final class Markdown {
    private Markdown() {
    }

    public enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, IMAGE, CODE }

    /**
     * One block. {@code text} still holds its inline markup (read it with {@link #inline} or {@link #plain}), except
     * for CODE, one line of a fence as written. {@code level} is a HEADING's 1-6 (0 otherwise); {@code marker} an
     * ITEM's "-", "*", "+", "2." or "2)" (null otherwise). An IMAGE's text is its caption: the alt text (else the
     * title) and what follows the image on its line.
     */
    public record Block(Kind kind, int level, String marker, String text) {
    }

    /** A run of text with one style; {@code url} is a link's address (null when it is no link). */
    public record Span(String text, boolean bold, boolean italic, boolean code, String url) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE_LINE = Pattern.compile("^!\\[([^\\]]*)\\]\\(\\s*\\S*?(?:\\s+[\"'(](.*?)[\"')])?\\s*\\)\\s*(.*)$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
    private static final Pattern RULE = Pattern.compile("^([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern REFERENCE_DEF = Pattern.compile("^\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(>\\s?)+");

    /** The blocks of {@code markdown} in order. */
    public static List<Block> blocks(String markdown) {
        Reader r = new Reader();
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) r.line(raw);
        r.flush();
        return r.out;
    }

    /** Reads line by line; a paragraph, item or quote grows until a blank line or another block starts. */
    private static final class Reader {
        final List<Block> out = new ArrayList<>();
        final StringBuilder para = new StringBuilder();
        Kind paraKind = Kind.PARAGRAPH;
        String marker;
        boolean inFence;
        boolean hardBreak;

        void line(String raw) {
            String line = raw.strip();
            if (FENCE.matcher(line).matches()) {
                flush();
                inFence = !inFence;
                return;
            }
            if (inFence) {
                if (!line.isEmpty()) out.add(new Block(Kind.CODE, 0, null, line));
                return;
            }
            // setext heading: the underline turns the paragraph so far into a heading (before a rule: "---" under
            // a line underlines it)
            if (line.matches("=+") || (line.matches("-+") && para.length() > 0)) {
                if (para.length() > 0) {
                    out.add(new Block(Kind.HEADING, line.startsWith("=") ? 1 : 2, null, para.toString()));
                    reset();
                }
                return;
            }
            if (line.isEmpty() || RULE.matcher(line).matches() || REFERENCE_DEF.matcher(line).matches()) {
                flush();
                return;
            }
            Matcher m = ATX_HEADING.matcher(line);
            if (m.matches()) {
                flush();
                out.add(new Block(Kind.HEADING, m.group(1).length(), null, m.group(2)));
                return;
            }
            m = IMAGE_LINE.matcher(line);
            if (m.matches()) {
                flush();
                String caption = m.group(1).isBlank() && m.group(2) != null ? m.group(2) : m.group(1);
                if (!m.group(3).isBlank()) caption = caption + " " + m.group(3); // a credit written after the image
                out.add(new Block(Kind.IMAGE, 0, null, caption));
                return;
            }
            boolean quote = line.startsWith(">");
            if (quote) {
                line = QUOTE_MARKS.matcher(line).replaceFirst("");
                // a quote interrupts a paragraph; a plain line right after a quote goes on with it
                if (paraKind != Kind.QUOTE) flush();
            }
            m = LIST_ITEM.matcher(line);
            if (m.matches()) {
                flush();
                paraKind = Kind.ITEM;
                marker = m.group(1);
                para.append(m.group(2));
                hardBreak = endsWithHardBreak(raw);
                return;
            }
            if (quote) paraKind = Kind.QUOTE;
            if (para.length() > 0) {
                boolean backslash = para.charAt(para.length() - 1) == '\\';
                if (backslash) para.setLength(para.length() - 1);
                para.append(hardBreak || backslash ? "\n" : " ");
            }
            para.append(line);
            hardBreak = endsWithHardBreak(raw);
        }

        /** Two trailing spaces end a line inside a paragraph (a trailing backslash does too). */
        private static boolean endsWithHardBreak(String raw) {
            return raw.endsWith("  ");
        }

        void flush() {
            if (para.length() > 0) out.add(new Block(paraKind, 0, paraKind == Kind.ITEM ? marker : null, para.toString()));
            reset();
        }

        private void reset() {
            para.setLength(0);
            paraKind = Kind.PARAGRAPH;
            marker = null;
            hardBreak = false;
        }
    }

    // ---- inline ---------------------------------------------------------------------------------------------

    private static final Pattern INLINE = Pattern.compile(
            "!\\[([^\\]]*)\\]\\([^)]*\\)" // 1 image: its alt text
                    + "|\\[([^\\]]+)\\]\\(([^)\\s]*)[^)]*\\)" // 2, 3 link and address
                    + "|\\[([^\\]]+)\\]\\[[^\\]]*\\]" // 4 reference link
                    + "|<(https?://[^>\\s]+)>" // 5 autolink
                    + "|</?[a-zA-Z][^>]*>" // an HTML tag: dropped
                    + "|`([^`]*)`" // 6 code
                    + "|(\\*\\*|__)(?=\\S)(.+?)(?<=[^\\s\\\\])\\7" // 7, 8 strong (an escaped mark never closes)
                    + "|(?<![\\w*])\\*(?=\\S)(.+?)(?<=[^\\s\\\\])\\*(?![\\w*])" // 9 emphasis
                    + "|(?<![\\w_])_(?=\\S)(.+?)(?<=[^\\s\\\\])_(?![\\w_])" // 10 emphasis
                    + "|~~(.+?)~~" // 11 strike-through: kept as plain text
                    + "|\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])"); // 12 an escaped mark

    /** The styled runs of one block's text; marks that do not pair up stay as written. */
    public static List<Span> inline(String s) {
        List<Span> out = new ArrayList<>();
        inline(s, false, false, out);
        return out;
    }

    /** The words of one block's text, all inline markup gone: links keep their words, images their alt text. */
    public static String plain(String s) {
        StringBuilder b = new StringBuilder();
        for (Span span : inline(s)) b.append(span.text());
        return b.toString();
    }

    private static void inline(String s, boolean bold, boolean italic, List<Span> out) {
        Matcher m = INLINE.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) text(s.substring(at, m.start()), bold, italic, out);
            if (m.group(1) != null) text(m.group(1), bold, italic, out);
            else if (m.group(2) != null) out.add(new Span(m.group(2), bold, italic, false, m.group(3)));
            else if (m.group(4) != null) text(m.group(4), bold, italic, out);
            else if (m.group(5) != null) out.add(new Span(m.group(5), bold, italic, false, m.group(5)));
            else if (m.group(6) != null) out.add(new Span(m.group(6), bold, italic, true, null));
            else if (m.group(8) != null) inline(m.group(8), true, italic, out);
            else if (m.group(9) != null) inline(m.group(9), bold, true, out);
            else if (m.group(10) != null) inline(m.group(10), bold, true, out);
            else if (m.group(11) != null) inline(m.group(11), bold, italic, out);
            else if (m.group(12) != null) out.add(new Span(m.group(12), bold, italic, false, null));
            at = m.end();
        }
        if (at < s.length()) text(s.substring(at), bold, italic, out);
    }

    private static void text(String s, boolean bold, boolean italic, List<Span> out) {
        String t = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        if (!t.isEmpty()) out.add(new Span(t, bold, italic, false, null));
    }
}
