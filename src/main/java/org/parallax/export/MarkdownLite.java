package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Markdown to print notes: headings, bullet and numbered items, block quotes, paragraphs, and inline
 * bold, italic, code and links. Anything else stays as written, so no text is ever lost.
 */
final class MarkdownLite {
    private MarkdownLite() {
    }

    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE }

    record Span(String text, boolean bold, boolean italic) {
    }

    record MdBlock(Kind kind, String bullet, List<Span> spans) {
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|__(.+?)__|(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?!\\w)|(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)"
                    + "|`([^`]+)`|\\[([^\\]]+)]\\(([^)\\s]+)\\)");

    static List<MdBlock> parse(String markdown) {
        List<MdBlock> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        Kind paraKind = Kind.PARAGRAPH;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            Matcher m;
            if (line.isBlank()) {
                flush(blocks, para, paraKind);
                paraKind = Kind.PARAGRAPH;
            } else if ((m = HEADING.matcher(line)).matches()) {
                flush(blocks, para, paraKind);
                blocks.add(new MdBlock(Kind.HEADING, null, inline(m.group(1))));
                paraKind = Kind.PARAGRAPH;
            } else if ((m = ITEM.matcher(line)).matches()) {
                flush(blocks, para, paraKind);
                String b = m.group(1).matches("[-*+]") ? "•" : m.group(1);
                blocks.add(new MdBlock(Kind.ITEM, b, inline(m.group(2))));
                paraKind = Kind.PARAGRAPH;
            } else if ((m = QUOTE.matcher(line)).matches()) {
                if (paraKind != Kind.QUOTE) flush(blocks, para, paraKind);
                paraKind = Kind.QUOTE;
                append(para, m.group(1));
            } else {
                if (paraKind == Kind.QUOTE) {
                    flush(blocks, para, paraKind);
                    paraKind = Kind.PARAGRAPH;
                }
                append(para, line.strip());
            }
        }
        flush(blocks, para, paraKind);
        return blocks;
    }

    private static void append(StringBuilder para, String s) {
        if (para.length() > 0) para.append(' ');
        para.append(s);
    }

    private static void flush(List<MdBlock> blocks, StringBuilder para, Kind kind) {
        if (para.length() > 0) blocks.add(new MdBlock(kind, null, inline(para.toString())));
        para.setLength(0);
    }

    static List<Span> inline(String s) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) spans.add(new Span(s.substring(at, m.start()), false, false));
            if (m.group(1) != null) spans.add(new Span(m.group(1), true, false));
            else if (m.group(2) != null) spans.add(new Span(m.group(2), true, false));
            else if (m.group(3) != null) spans.add(new Span(m.group(3), false, true));
            else if (m.group(4) != null) spans.add(new Span(m.group(4), false, true));
            else if (m.group(5) != null) spans.add(new Span(m.group(5), false, false));
            else spans.add(new Span(m.group(6) + " (" + m.group(7) + ")", false, false));
            at = m.end();
        }
        if (at < s.length()) spans.add(new Span(s.substring(at), false, false));
        return spans;
    }
}
