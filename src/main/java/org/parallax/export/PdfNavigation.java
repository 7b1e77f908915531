package org.parallax.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.parallax.export.PdfLayout.Anchor;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.ComparisonSection;

/**
 * The report's navigation, in two passes around the sections: before them it plans the contents and reserves their
 * pages; after them, once page numbers are known, it fills the contents with clickable lines, draws running headers
 * and "page / pages" footers, and writes the bookmarks and the document information.
 */
final class PdfNavigation {
    private record TocEntry(String title, int level) {
    }

    private final PdfReportJob j;
    private final PDDocument doc;
    private final ReportContent r;
    private final PdfLayout l;
    private final Style body;
    private final Style bodyBold;
    private final Style small;
    private final Style h1;
    private final List<TocEntry> toc = new ArrayList<>();
    private final List<PDPage> tocPages = new ArrayList<>();

    PdfNavigation(PdfReportJob j) {
        this.j = j;
        this.doc = j.doc;
        this.r = j.r;
        this.l = j.l;
        this.body = j.body;
        this.bodyBold = j.bodyBold;
        this.small = j.small;
        this.h1 = j.h1;
    }

    /** Lists the contents entries, in the order the sections will mark their anchors. */
    void plan() {
        if (!r.articles().isEmpty()) {
            toc.add(new TocEntry("Articles and notes", 0));
            int n = 1;
            for (ArticleSection a : r.articles()) toc.add(new TocEntry(n++ + ". " + a.title(), 1));
        }
        if (!r.comparisons().isEmpty()) {
            toc.add(new TocEntry("Comparison", 0));
            for (ComparisonSection c : r.comparisons()) toc.add(new TocEntry(c.leftTitle() + " ↔ " + c.rightTitle(), 1));
        }
        if (!r.entityIndex().isEmpty()) toc.add(new TocEntry("Entity index", 0));
        if (!r.calendar().isEmpty()) toc.add(new TocEntry("Calendar", 0));
    }

    private float tocLine() {
        return body.leading() + 3;
    }

    /** Adds the blank pages the contents will need, before the sections take the following ones. */
    void reserve() {
        if (toc.isEmpty()) return;
        float firstPageRoom = l.top() - l.bottom() - h1.leading() - 16;
        float room = l.top() - l.bottom();
        int perFirst = (int) (firstPageRoom / tocLine());
        int pages = 1 + (toc.size() <= perFirst ? 0 : (int) Math.ceil((toc.size() - perFirst) / (double) (int) (room / tocLine())));
        for (int i = 0; i < pages; i++) tocPages.add(l.reservePage());
    }

    /** Fills the reserved pages, the document's layout being closed; then headers, footers, bookmarks, information. */
    void finish() {
        fillToc();
        headersAndFooters();
        outline();
        info();
    }

    private void fillToc() {
        if (tocPages.isEmpty()) return;
        int pageIdx = 0;
        PDPageContentStream cs = null;
        try {
            PDPage page = tocPages.get(0);
            cs = append(page);
            float y = l.top() - h1.size();
            text(cs, l.left(), y, "Contents", h1);
            y -= 16 + tocLine();
            for (int i = 0; i < toc.size(); i++) {
                if (y < l.bottom()) {
                    cs.close();
                    page = tocPages.get(++pageIdx);
                    cs = append(page);
                    y = l.top() - tocLine();
                }
                TocEntry e = toc.get(i);
                Anchor a = j.tocAnchors.get(i);
                Style st = e.level() == 0 ? bodyBold : body;
                String num = Integer.toString(doc.getPages().indexOf(a.page()) + 1);
                float indent = e.level() * 16;
                float numW = l.width(num, st);
                String title = l.fit(e.title(), st, l.width() - indent - numW - 24);
                text(cs, l.left() + indent, y, title, st);
                float titleEnd = l.left() + indent + l.width(title, st) + 4;
                float dotsEnd = l.right() - numW - 4;
                String dots = dots(dotsEnd - titleEnd, small);
                if (!dots.isEmpty()) text(cs, dotsEnd - l.width(dots, small), y, dots, small);
                text(cs, l.right() - numW, y, num, st);
                link(page, a, l.left() + indent, y - 3, l.width() - indent, tocLine());
                y -= tocLine();
            }
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String dots(float width, Style st) {
        float dot = l.width(" .", st);
        int n = (int) (width / dot);
        return n <= 1 ? "" : " .".repeat(n);
    }

    private void link(PDPage page, Anchor target, float x, float y, float w, float h) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, w, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(destination(target));
        link.setAction(go);
        page.getAnnotations().add(link);
    }

    private static PDPageXYZDestination destination(Anchor a) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(a.page());
        d.setTop((int) a.top());
        d.setLeft(0);
        return d;
    }

    private PDPageContentStream append(PDPage page) throws IOException {
        return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }

    private void text(PDPageContentStream cs, float x, float y, String s, Style st) throws IOException {
        String c = l.clean(st.font(), s);
        if (c.isEmpty()) return;
        cs.beginText();
        cs.setFont(st.font(), st.size());
        cs.setNonStrokingColor(st.color());
        cs.newLineAtOffset(x, y);
        cs.showText(c);
        cs.endText();
    }

    private void headersAndFooters() {
        int n = doc.getNumberOfPages();
        String title = r.title();
        for (int i = 1; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = append(page)) {
                float headY = l.pageSize().getHeight() - 36;
                String head = l.fit(title, small, l.width() * 0.7f);
                text(cs, l.left(), headY, head, small);
                String date = r.exportDate().toString();
                text(cs, l.right() - l.width(date, small), headY, date, small);
                cs.setStrokingColor(PdfReportJob.RULE);
                cs.setLineWidth(0.6f);
                cs.moveTo(l.left(), headY - 6);
                cs.lineTo(l.right(), headY - 6);
                cs.stroke();
                String num = (i + 1) + " / " + n;
                text(cs, (l.pageSize().getWidth() - l.width(num, small)) / 2, 30, num, small);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void outline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem section = null;
        for (int i = 0; i < toc.size(); i++) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(toc.get(i).title());
            item.setDestination(destination(j.tocAnchors.get(i)));
            if (toc.get(i).level() == 0 || section == null) {
                outline.addLast(item);
                section = item;
            } else {
                section.addLast(item);
            }
        }
        outline.openNode();
        for (PDOutlineItem item : outline.children()) item.openNode();
    }

    private void info() {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(r.title());
        if (!r.userName().isBlank()) info.setAuthor(r.userName());
        info.setSubject(j.subject());
        info.setCreator("Parallax");
        info.setProducer("Parallax (Apache PDFBox)");
        Calendar now = GregorianCalendar.getInstance();
        info.setCreationDate(now);
        info.setModificationDate(now);
    }
}
