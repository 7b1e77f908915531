package org.parallax.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.CalendarEvent;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.Highlight;
import org.parallax.export.ReportContent.IndexEntry;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.export.ReportContent.Paragraph;
import org.parallax.model.DatePrecision;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;

/**
 * Writes a {@link ReportContent} as one Markdown document with the same sections as the PDF. Notes are the user's
 * Markdown and go in as written; everything taken from imported pages (titles, outlets, authors, text, quotes, entity
 * names) goes through {@link #escape}, so a page's HTML or Markdown is shown as text, never rendered. Quotes become
 * block quotes, with entities in bold.
 */
public final class MarkdownReportWriter {
    /** Writes the report to {@code out} through a temporary file. */
    public void write(ReportContent r, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".parallax-export", ".md");
        try {
            Files.writeString(tmp, render(r), StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public String render(ReportContent r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(r.title())).append("\n\n");
        md.append("Exported ").append(r.exportDate());
        if (!r.userName().isBlank()) md.append(" by ").append(line(r.userName()));
        md.append("\n\n");
        if (!r.articles().isEmpty()) {
            md.append("Articles:\n\n");
            int n = 1;
            for (ArticleSection a : r.articles()) {
                md.append(n++).append(". **").append(line(a.title())).append("**");
                String src = source(a);
                if (!src.isEmpty()) md.append(" — ").append(src);
                md.append('\n');
            }
            md.append('\n');
            md.append("## Articles and notes\n\n");
            n = 1;
            for (ArticleSection a : r.articles()) article(md, n++, a);
        }
        if (!r.comparisons().isEmpty()) {
            md.append("## Comparison\n\n");
            for (ComparisonSection c : r.comparisons()) comparison(md, c);
        }
        if (!r.entityIndex().isEmpty()) {
            md.append("## Entity index\n\n");
            for (IndexEntry e : r.entityIndex()) entity(md, e);
            md.append('\n');
        }
        if (!r.calendar().isEmpty()) {
            md.append("## Calendar\n\n");
            for (CalendarEvent e : r.calendar()) event(md, e);
        }
        return md.toString();
    }

    private static void article(StringBuilder md, int n, ArticleSection a) {
        md.append("### ").append(n).append(". ").append(line(a.title())).append("\n\n");
        String src = source(a);
        if (!src.isEmpty()) md.append(src).append("  \n");
        if (a.meta().url() != null && !a.meta().url().isBlank()) md.append(link(a.meta().url())).append("  \n");
        md.append('\n');
        if (a.notes().isEmpty() && a.articleNotes().isEmpty()) md.append("_No notes on this article._\n\n");
        int i = 1;
        for (NoteItem note : a.notes()) {
            md.append("**Note ").append(i++).append("**\n\n");
            if (note.hasQuote()) blockQuote(md, marked(note.quote(), note.quoteHighlights()));
            md.append(note.text().strip()).append("\n\n");
        }
        if (!a.articleNotes().isEmpty()) {
            md.append("#### Notes on the article\n\n");
            for (NoteItem note : a.articleNotes()) md.append(note.text().strip()).append("\n\n");
        }
        if (!a.fullText().isEmpty()) {
            md.append("#### Full text\n\n");
            for (Paragraph p : a.fullText()) {
                if (!p.noteMarkers().isEmpty()) {
                    md.append("**[").append(String.join(",", p.noteMarkers().stream().map(String::valueOf).toList())).append("]** ");
                }
                md.append(marked(p.text(), p.highlights()).strip()).append("\n\n");
            }
        }
    }

    private static void comparison(StringBuilder md, ComparisonSection c) {
        md.append("### ").append(line(c.leftTitle())).append(" ↔ ").append(line(c.rightTitle())).append("\n\n");
        md.append("Similarity: ").append(Math.round(c.similarity() * 100)).append(" %\n\n");
        md.append("- Shared entities: ").append(list(c.sharedEntities())).append('\n');
        md.append("- Only in “").append(line(c.leftTitle())).append("”: ").append(list(c.onlyLeftEntities())).append('\n');
        md.append("- Only in “").append(line(c.rightTitle())).append("”: ").append(list(c.onlyRightEntities())).append('\n');
        for (ReportContent.FactConflict f : c.conflicts()) {
            md.append("- **Conflict** ").append(line(f.fact())).append(": ").append(line(f.left())).append(" / ").append(line(f.right())).append('\n');
        }
        md.append('\n');
        sentences(md, c.leftTitle(), c.onlyLeftSentences());
        sentences(md, c.rightTitle(), c.onlyRightSentences());
    }

    private static void sentences(StringBuilder md, String title, List<String> ss) {
        md.append("Sentences only in “").append(line(title)).append("”:\n\n");
        if (ss.isEmpty()) md.append("_none_\n\n");
        for (String s : ss) blockQuote(md, escape(s));
    }

    private static void entity(StringBuilder md, IndexEntry e) {
        md.append("- **").append(line(e.name())).append("** (").append(e.type().name().toLowerCase(Locale.ROOT));
        for (String role : Entity.roles(e.aliases())) md.append(", ").append(line(role));
        md.append(')');
        List<String> aliases = Entity.otherNames(e.name(), e.aliases());
        if (!aliases.isEmpty()) md.append(" — also: ").append(line(String.join("; ", aliases)));
        md.append('\n');
        if (!e.articles().isEmpty()) {
            md.append("  - in: ").append(line(String.join("; ",
                    e.articles().stream().map(c -> c.articleTitle() + " (" + c.mentions() + ")").toList()))).append('\n');
        }
        for (String note : e.notes()) md.append("  - note: ").append(line(note)).append('\n');
    }

    private static void event(StringBuilder md, CalendarEvent e) {
        md.append("- **").append(e.when()).append("**");
        if (e.when().precision() != DatePrecision.DAY) md.append(" (").append(e.when().precision().name().toLowerCase(Locale.ROOT)).append(')');
        md.append(" ").append(line(e.label())).append('\n');
        if (!e.note().isBlank()) md.append("  - note: ").append(line(e.note())).append('\n');
        for (ReportContent.EventReport s : e.sources()) {
            String sentence = line(s.sentence().strip());
            boolean quoted = !sentence.isEmpty() && "\"“‘'«".indexOf(sentence.charAt(0)) >= 0;
            md.append("  - ").append(quoted ? sentence : "“" + sentence + "”").append(" — ").append(line(s.articleTitle())).append('\n');
        }
    }

    private static void blockQuote(StringBuilder md, String text) {
        for (String l : text.strip().split("\n")) md.append("> ").append(l).append('\n');
        md.append('\n');
    }

    /** The text with highlighted entities in bold. */
    static String marked(String text, List<Highlight> hs) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Highlight h : hs.stream().sorted(Comparator.comparingInt(Highlight::start)).toList()) {
            // as in the PDF, only the four coloured types are marked (MISC holds event words and user types)
            if (h.start() < at || h.end() > text.length() || h.end() == h.start() || h.type() == EntityType.MISC) continue;
            sb.append(escape(text.substring(at, h.start()))).append("**").append(escape(text.substring(h.start(), h.end()))).append("**");
            at = h.end();
        }
        return sb.append(escape(text.substring(at))).toString();
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : line(String.join(", ", names));
    }

    /** Imported text on one line, escaped. */
    private static String line(String s) {
        return escape(s.replace('\n', ' ').strip());
    }

    /**
     * Imported text as Markdown that shows it as written: every character Markdown or HTML could act on inline is
     * backslash-escaped ({@code <} included, so {@code <script>} is text), a line that would start a heading, list,
     * quote or rule has its first mark escaped, and control characters (but tab and line feed) become U+FFFD.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append(c);
                lineStart = true;
                continue;
            }
            if (lineStart && (c == ' ' || c == '\t')) {
                sb.append(c);
                continue;
            }
            if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                sb.append('\uFFFD');
            } else if ("\\`*_[]<>&|~#".indexOf(c) >= 0 || (lineStart && "-+=".indexOf(c) >= 0)) {
                sb.append('\\').append(c);
            } else if (lineStart && c >= '0' && c <= '9') {
                // "1. " or "1) " starts a numbered item: escape the mark after the digits
                int j = i;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                sb.append(s, i, j);
                if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')) sb.append('\\').append(s.charAt(j++));
                i = j - 1;
            } else {
                sb.append(c);
            }
            lineStart = false;
        }
        return sb.toString();
    }

    /** A page's address as an autolink when it is a plain http(s) address, else as escaped text. */
    private static String link(String url) {
        return url.matches("(?i)https?://[^\\s<>\\p{Cntrl}]+") ? "<" + url + ">" : escape(url);
    }

    private static String source(ArticleSection a) {
        StringBuilder sb = new StringBuilder();
        if (a.meta().outlet() != null && !a.meta().outlet().isBlank()) sb.append(line(a.meta().outlet()));
        if (a.meta().published() != null) sb.append(sb.length() > 0 ? " · " : "").append(a.meta().published());
        if (a.meta().author() != null && !a.meta().author().isBlank()) sb.append(sb.length() > 0 ? " · " : "").append(line(a.meta().author()));
        return sb.toString();
    }
}
