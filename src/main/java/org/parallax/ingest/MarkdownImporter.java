package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.text.Markdown;

/**
 * Reads a Markdown article ({@code .md}, {@code .markdown}): YAML front matter gives title, author, date, source and
 * url; {@code # Title} is the title, deeper headings are sub-headings, an image line is a caption, and inline markup
 * (emphasis, links, code) is stripped to its text; {@link Markdown} reads the Markdown. The paragraphs then go
 * through the same news-layout reading as plain text (byline, dateline, related links).
 */
public final class MarkdownImporter implements Importer {
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
        for (Markdown.Block b : Markdown.blocks(String.join("\n", lines.subList(start, lines.size())))) {
            switch (b.kind()) {
                case CODE -> units.add(new PlainTextImporter.Unit(b.text(), BlockType.PARAGRAPH));
                case HEADING -> units.add(new PlainTextImporter.Unit(Markdown.plain(b.text()),
                        b.level() == 1 ? BlockType.TITLE : BlockType.HEADING));
                case IMAGE -> add(units, Markdown.plain(b.text()), BlockType.CAPTION);
                // items and quotes are paragraphs of the article: the news-layout reading decides what they are
                case PARAGRAPH, ITEM, QUOTE -> add(units, Markdown.plain(b.text()), null);
            }
        }
        if (units.isEmpty()) throw new ImportException("has no article text");
        return PlainTextImporter.assemble(splitHardBreaks(units), meta);
    }

    private static void add(List<PlainTextImporter.Unit> units, String text, BlockType type) {
        if (!text.isBlank()) units.add(new PlainTextImporter.Unit(text, type));
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
}
