package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/**
 * Reads a Markdown article ({@code .md}, {@code .markdown}): YAML front matter gives title, author, date, source and
 * url; {@code # Title} is the title, deeper headings are sub-headings, an image line is a caption, and inline markup
 * (emphasis, links, code) is stripped to its text. The paragraphs then go through the same news-layout reading as
 * plain text (byline, dateline, related links).
 */
public final class MarkdownImporter implements Importer {
    private static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE_LINE = Pattern.compile("^!\\[([^\\]]*)\\]\\(\\s*\\S*?(?:\\s+[\"'(](.*?)[\"')])?\\s*\\)\\s*(.*)$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
    private static final Pattern RULE = Pattern.compile("^([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern REFERENCE_DEF = Pattern.compile("^\\[[^\\]]+\\]:\\s+\\S+.*$");

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public boolean accepts(SourceFile file) {
        String n = file.lowerName();
        return (n.endsWith(".md") || n.endsWith(".markdown")) && !file.looksBinary();
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        List<String> lines = new ArrayList<>(List.of(file.text().split("\n", -1)));
        MetaBuilder meta = new MetaBuilder();
        int start = frontMatter(lines, meta);
        List<PlainTextImporter.Unit> units = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        boolean inFence = false;
        for (int k = start; k < lines.size(); k++) {
            String raw = lines.get(k);
            String line = raw.strip();
            if (FENCE.matcher(line).matches()) {
                flush(para, units);
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                if (!line.isEmpty()) units.add(new PlainTextImporter.Unit(line, BlockType.PARAGRAPH));
                continue;
            }
            if (line.isEmpty() || RULE.matcher(line).matches() || REFERENCE_DEF.matcher(line).matches()) {
                flush(para, units);
                continue;
            }
            // setext heading: the underline turns the paragraph so far into a heading
            if (line.matches("=+") || (line.matches("-+") && para.length() > 0)) {
                if (para.length() > 0) {
                    String h = inline(para.toString());
                    para.setLength(0);
                    units.add(new PlainTextImporter.Unit(h, line.startsWith("=") ? BlockType.TITLE : BlockType.HEADING));
                }
                continue;
            }
            Matcher m = ATX_HEADING.matcher(line);
            if (m.matches()) {
                flush(para, units);
                units.add(new PlainTextImporter.Unit(inline(m.group(2)), m.group(1).length() == 1 ? BlockType.TITLE : BlockType.HEADING));
                continue;
            }
            m = IMAGE_LINE.matcher(line);
            if (m.matches()) {
                flush(para, units);
                String caption = m.group(1).isBlank() && m.group(2) != null ? m.group(2) : m.group(1);
                String after = m.group(3);
                if (!after.isBlank()) caption = caption + " " + after; // a credit written after the image
                caption = inline(caption);
                if (!caption.isBlank()) units.add(new PlainTextImporter.Unit(caption, BlockType.CAPTION));
                continue;
            }
            if (line.startsWith(">")) line = line.replaceFirst("^(>\\s?)+", "");
            m = LIST_ITEM.matcher(line);
            if (m.matches()) {
                flush(para, units);
                para.append(m.group(1));
                continue;
            }
            if (para.length() > 0) {
                // two trailing spaces or a backslash end a line inside a paragraph
                boolean hardBreak = raw.endsWith("  ") || para.charAt(para.length() - 1) == '\\';
                if (hardBreak && para.charAt(para.length() - 1) == '\\') para.setLength(para.length() - 1);
                para.append(hardBreak ? "\n" : " ");
            }
            para.append(line);
        }
        flush(para, units);
        if (units.isEmpty()) throw new ImportException("has no article text");
        return PlainTextImporter.assemble(splitHardBreaks(units), meta);
    }

    /** Lines joined by a hard break become units of their own, so "By" and a name on two lines read as a byline. */
    private static List<PlainTextImporter.Unit> splitHardBreaks(List<PlainTextImporter.Unit> units) {
        List<PlainTextImporter.Unit> out = new ArrayList<>();
        for (PlainTextImporter.Unit u : units) {
            if (u.type() == null && u.text().contains("\n")) {
                for (String l : u.text().split("\n")) if (!l.isBlank()) out.add(new PlainTextImporter.Unit(l.strip(), null));
            } else {
                out.add(u);
            }
        }
        return out;
    }

    private static void flush(StringBuilder para, List<PlainTextImporter.Unit> units) {
        if (para.length() == 0) return;
        String t = inline(para.toString());
        para.setLength(0);
        if (!t.isBlank()) units.add(new PlainTextImporter.Unit(t, null));
    }

    /** Reads a YAML front matter block at the top ({@code ---} ... {@code ---}); returns the first line after it. */
    private static int frontMatter(List<String> lines, MetaBuilder meta) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first >= lines.size() || !lines.get(first).strip().equals("---")) return 0;
        int end = -1;
        for (int k = first + 1; k < lines.size(); k++) {
            String l = lines.get(k).strip();
            if (l.equals("---") || l.equals("...")) {
                end = k;
                break;
            }
        }
        if (end < 0) return 0;
        for (int k = first + 1; k < end; k++) {
            String l = lines.get(k);
            int colon = l.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(l.charAt(0))) continue;
            String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(l.substring(colon + 1).strip());
            if (value.isEmpty()) continue;
            switch (key) {
                case "title", "headline" -> meta.titleIfAbsent(value);
                case "author", "authors", "byline", "by" -> meta.authorIfAbsent(value.replaceAll("^\\[|\\]$", ""));
                case "date", "published", "pubdate", "publish_date", "date_published" ->
                        meta.publishedIfAbsent(TextHeuristics.findDate(value).orElse(null), DateSource.FILE_HEADER);
                case "source", "outlet", "publication", "publisher", "site" -> meta.outletIfAbsent(value);
                case "url", "link", "canonical", "source_url" -> meta.urlIfAbsent(value);
                case "section", "category" -> meta.sectionIfAbsent(value);
                case "dateline" -> meta.datelineIfAbsent(value);
                case "lang", "language" -> meta.languageIfAbsent(value);
                default -> {
                    // other keys (tags, layout, draft...) say nothing Parallax stores
                }
            }
        }
        return end + 1;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        return v;
    }

    /** Inline markup stripped to its text: links keep their words, emphasis and code marks go, HTML tags go. */
    static String inline(String s) {
        String t = s;
        t = t.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\[([^\\]]+)\\]\\[[^\\]]*\\]", "$1");
        t = t.replaceAll("<(https?://[^>\\s]+)>", "$1");
        t = t.replaceAll("</?[a-zA-Z][^>]*>", "");
        t = t.replaceAll("`([^`]*)`", "$1");
        t = t.replaceAll("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", "$2");
        t = t.replaceAll("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1");
        t = t.replaceAll("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])", "$1");
        t = t.replaceAll("~~(.+?)~~", "$1");
        t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])", "$1");
        return t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    }
}
