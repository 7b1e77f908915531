package org.parallax.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.parallax.export.PdfLayout.Anchor;
import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.model.Progress;

/**
 * The state of one PDF export that every section writer shares: the document, its layout, the report's palette and
 * styles, the progress steps, and the contents anchors in the order the sections mark them. Also the pieces more than
 * one section draws: headings, section starts and Markdown-lite notes.
 */
final class PdfReportJob {
    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    static final Color QUOTE_BAR = new Color(0x8C, 0x95, 0x9F);
    static final Color ACCENT = new Color(0x09, 0x69, 0xDA);

    final PDDocument doc;
    final ReportContent r;
    final PdfLayout l;
    final Style body;
    final Style bodyBold;
    final Style small;
    final Style quote;
    final Style h1;
    final Style h2;
    final Style h3;
    /** Where each contents entry points, in the order {@link PdfNavigation#plan} lists the entries. */
    final List<Anchor> tocAnchors = new ArrayList<>();
    private final Progress progress;
    private long done;
    private final long total;

    PdfReportJob(PDDocument doc, ReportContent r, Progress progress) {
        this.doc = doc;
        this.r = r;
        this.progress = progress == null ? Progress.NONE : progress;
        this.l = new PdfLayout(doc, PdfReportWriter.rectangle(r.pageSize()));
        PdfFonts f = l.fonts;
        body = new Style(f.regular, 10, INK, null, null);
        bodyBold = body.font(f.bold);
        small = new Style(f.regular, 8.5f, MUTED, null, null);
        quote = new Style(f.serif, 10.5f, INK, null, null);
        h1 = new Style(f.bold, 18, INK, null, null);
        h2 = new Style(f.bold, 12.5f, INK, null, null);
        h3 = new Style(f.bold, 10.5f, MUTED, null, null);
        total = r.articles().size() + r.comparisons().size() + r.entityIndex().size() / 20 + 3;
    }

    /** One unit of work done; throws when the user cancelled. */
    void step(String message) {
        if (progress.isCancelled()) throw new CancellationException("Export cancelled");
        progress.update(++done, total, message);
    }

    void finished() {
        progress.update(total, total, "Done");
    }

    /** Marks where the next contents entry points. */
    Anchor mark() {
        Anchor a = l.here();
        tocAnchors.add(a);
        return a;
    }

    void heading(String text, Style st, float before) {
        heading(text, st, before, false);
    }

    /** A heading kept with the start of what follows; {@code marked}: the contents point at it, on its page. */
    void heading(String text, Style st, float before, boolean marked) {
        l.ensure(st.leading() + before + body.leading() * 4);
        if (l.y() < l.top()) l.space(before);
        if (marked) mark();
        l.paragraph(List.of(new Run(text, st)), Block.PLAIN);
        l.space(st.size() * 0.45f);
    }

    /** A top-level section on a new page, under a ruled title the contents point at. */
    void sectionStart(String title) {
        l.newPage();
        mark();
        heading(title, h1, 0);
        l.fillRect(l.left(), l.y() + 2, l.width(), 0.8f, RULE);
        l.space(10);
    }

    void markdown(String md, float indent) {
        for (MarkdownLite.MdBlock b : MarkdownLite.parse(md)) {
            Style base = switch (b.kind()) {
                case HEADING -> bodyBold;
                case QUOTE -> body.color(MUTED);
                default -> body;
            };
            List<Run> runs = new ArrayList<>();
            for (MarkdownLite.Span s : b.spans()) {
                Style st = s.bold() ? base.font(l.fonts.bold) : s.italic() ? base.font(l.fonts.italic) : base;
                runs.add(new Run(s.text(), st));
            }
            // an item's bullet starts its first line, so that it stays with the item's text when extracted
            if (b.kind() == MarkdownLite.Kind.ITEM) runs.add(0, new Run(b.bullet() + " ", body));
            Block block = switch (b.kind()) {
                case ITEM -> Block.indented(indent + 14);
                case QUOTE -> new Block(indent + 12, RULE, null, null);
                default -> Block.indented(indent);
            };
            l.paragraph(runs, block);
            l.space(b.kind() == MarkdownLite.Kind.ITEM ? 1.5f : 4);
        }
    }

    /** The cover's and the document information's one-line summary. */
    String subject() {
        int notes = r.articles().stream().mapToInt(a -> a.notes().size() + a.articleNotes().size()).sum();
        return "Reading notes on " + r.articles().size() + " article" + (r.articles().size() == 1 ? "" : "s")
                + " (" + notes + " note" + (notes == 1 ? "" : "s") + ")";
    }

    /** Outlet, publication date and author of an article, as far as known. */
    static String source(ArticleSection a) {
        List<String> parts = new ArrayList<>();
        if (a.meta().outlet() != null && !a.meta().outlet().isBlank()) parts.add(a.meta().outlet());
        if (a.meta().published() != null) parts.add(a.meta().published().toString());
        if (a.meta().author() != null && !a.meta().author().isBlank()) parts.add(a.meta().author());
        return String.join(" · ", parts);
    }
}
