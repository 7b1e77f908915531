package org.parallax.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Finds the pages of a report that show nothing but the running header and footer: no text between them and no
 * rectangle drawn (the report draws its highlights, bars and calendar grids as rectangles; the header rule is a line).
 */
public final class PdfPages {
    /** Points kept clear above and below the body for the running header (at 36 from the top) and footer (at 30). */
    private static final float FURNITURE = 48;

    private PdfPages() {
    }

    /** The 1-based numbers of the blank pages. */
    public static List<Integer> blankPages(PDDocument doc) throws IOException {
        List<Integer> blank = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            if (bodyText(page).isBlank() && rectangles(page) == 0) blank.add(i + 1);
        }
        return blank;
    }

    /** The text between the header and the footer. */
    static String bodyText(PDPage page) throws IOException {
        PDRectangle box = page.getMediaBox();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("body", new Rectangle2D.Float(0, FURNITURE, box.getWidth(), box.getHeight() - 2 * FURNITURE));
        s.extractRegions(page);
        return s.getTextForRegion("body");
    }

    /** How many {@code re} (rectangle) operators the page's content draws. */
    static int rectangles(PDPage page) throws IOException {
        int n = 0;
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && "re".equals(op.getName())) n++;
        }
        return n;
    }
}
