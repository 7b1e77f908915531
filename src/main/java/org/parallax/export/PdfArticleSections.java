package org.parallax.export;

import static org.parallax.export.PdfReportJob.ACCENT;
import static org.parallax.export.PdfReportJob.INK;
import static org.parallax.export.PdfReportJob.MUTED;
import static org.parallax.export.PdfReportJob.QUOTE_BAR;
import static org.parallax.export.PdfReportJob.RULE;
import static org.parallax.export.PdfReportJob.source;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.Highlight;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.export.ReportContent.Paragraph;

/**
 * The report's cover, which lists its articles, and one section per article: its sources, notes on passages with the
 * quoted passage highlighted by entity type, notes on the whole article, and the full text with note markers.
 */
final class PdfArticleSections extends PdfSection {
    PdfArticleSections(PdfReportJob j) {
        super(j);
    }

    void cover() {
        l.newPage();
        l.space(110);
        Style title = new Style(l.fonts.bold, 28, INK, null, null);
        l.paragraph(List.of(new Run(r.title(), title)), Block.PLAIN);
        l.space(18);
        l.fillRect(l.left(), l.y(), 60, 3, ACCENT);
        l.space(22);
        Style meta = new Style(l.fonts.regular, 11.5f, MUTED, null, null);
        l.paragraph(List.of(new Run("Exported " + r.exportDate(), meta)), Block.PLAIN);
        if (!r.userName().isBlank()) l.paragraph(List.of(new Run("Prepared by " + r.userName(), meta)), Block.PLAIN);
        l.paragraph(List.of(new Run(j.subject(), meta)), Block.PLAIN);
        if (r.articles().isEmpty()) return;
        l.space(30);
        l.paragraph("Articles in this report", h2);
        l.space(6);
        int n = 1;
        for (ArticleSection a : r.articles()) {
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(a.title(), bodyBold));
            String src = source(a);
            if (!src.isEmpty()) runs.add(new Run("\n" + src, small));
            l.paragraph(runs, new Block(18, null, n++ + ".", body));
            l.space(4);
        }
    }

    void articles() {
        if (r.articles().isEmpty()) return;
        l.newPage();
        j.mark();
        int n = 1;
        for (ArticleSection a : r.articles()) {
            if (n > 1) l.newPage();
            j.mark();
            article(n++, a);
            j.step("Article " + (n - 1) + " of " + r.articles().size());
        }
    }

    private void article(int n, ArticleSection a) {
        j.heading(n + ". " + a.title(), h1, 0);
        List<String> meta = new ArrayList<>();
        String src = source(a);
        if (!src.isEmpty()) meta.add(src);
        if (a.meta().section() != null && !a.meta().section().isBlank()) meta.add("Section: " + a.meta().section());
        if (a.meta().dateline() != null && !a.meta().dateline().isBlank()) meta.add("Dateline: " + a.meta().dateline());
        if (a.meta().url() != null && !a.meta().url().isBlank()) meta.add(a.meta().url());
        for (String m : meta) l.paragraph(m, small);
        l.space(6);
        l.fillRect(l.left(), l.y(), l.width(), 0.8f, RULE);
        l.space(12);
        if (a.notes().isEmpty() && a.articleNotes().isEmpty()) {
            l.paragraph(List.of(new Run("No notes on this article.", small)), Block.PLAIN);
        }
        if (!a.notes().isEmpty()) {
            j.heading("Notes on passages", h2, 4);
            int i = 1;
            for (NoteItem note : a.notes()) {
                passageNote(i++, note);
            }
        }
        if (!a.articleNotes().isEmpty()) {
            j.heading("Notes on the article", h2, 8);
            for (NoteItem note : a.articleNotes()) {
                j.markdown(note.text(), 0);
                l.space(8);
            }
        }
        if (!a.fullText().isEmpty()) {
            j.heading("Full text", h2, 10);
            Style marker = new Style(l.fonts.bold, 8, ACCENT, null, null);
            for (Paragraph p : a.fullText()) {
                String m = p.noteMarkers().isEmpty() ? null
                        : "[" + String.join(",", p.noteMarkers().stream().map(String::valueOf).toList()) + "]";
                l.paragraph(highlighted(p.text(), p.highlights(), quote), new Block(0, null, m, marker));
                l.space(5);
            }
        }
    }

    private void passageNote(int i, NoteItem note) {
        l.ensure(small.leading() + quote.leading() * 2 + body.leading());
        // the number goes on a line of its own: a margin marker would be read as a column of its own by pdftotext
        Style label = new Style(l.fonts.bold, 8.5f, ACCENT, null, null);
        l.paragraph(List.of(new Run("Note " + i, label)), Block.indented(14));
        l.space(2);
        if (note.hasQuote()) {
            String q = note.quote();
            String kept = q.strip();
            int cut = q.length() - q.stripLeading().length();
            l.paragraph(highlighted("“" + kept + "”", shift(note.quoteHighlights(), 1, kept.length(), cut), quote),
                    new Block(14, QUOTE_BAR, null, null));
            l.space(4);
        }
        j.markdown(note.text(), 14);
        l.space(12);
    }

    /** Highlights moved to text that gained {@code offset} leading characters and lost {@code cut} leading ones. */
    private static List<Highlight> shift(List<Highlight> hs, int offset, int keptLength, int cut) {
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : hs) {
            int s = Math.max(0, h.start() - cut);
            int e = Math.min(keptLength, h.end() - cut);
            if (e > s) out.add(new Highlight(s + offset, e + offset, h.type()));
        }
        return out;
    }

    /** The text as runs, highlighted parts with their entity background; overlapping highlights keep the first. */
    private static List<Run> highlighted(String text, List<Highlight> hs, Style base) {
        List<Run> runs = new ArrayList<>();
        List<Highlight> sorted = new ArrayList<>(hs);
        sorted.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(h -> -h.end()));
        int at = 0;
        for (Highlight h : sorted) {
            int s = Math.max(h.start(), at);
            int e = Math.min(h.end(), text.length());
            if (e <= s) continue;
            Color bg = EntityColors.background(h.type());
            if (bg == null) continue;
            if (s > at) runs.add(new Run(text.substring(at, s), base));
            runs.add(new Run(text.substring(s, e), base.with(bg, EntityColors.line(h.type()))));
            at = e;
        }
        if (at < text.length()) runs.add(new Run(text.substring(at), base));
        return runs;
    }
}
