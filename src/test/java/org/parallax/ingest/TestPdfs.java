package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small PDFs for import tests: wrapped paragraphs with a gap between them, like a printed article. */
final class TestPdfs {
    private TestPdfs() {
    }

    /** A PDF whose first paragraph is set as a bold title line; {@code title}/{@code author} go to the info. */
    static byte[] article(String infoTitle, String infoAuthor, Calendar created, String password, List<String> paragraphs)
            throws IOException {
        return article(infoTitle, infoAuthor, created, password, paragraphs, null);
    }

    /** As above, with a running header line and a page number on every page. */
    static byte[] article(String infoTitle, String infoAuthor, Calendar created, String password, List<String> paragraphs,
            String runningHeader) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float size = 11;
            float leading = 14;
            float width = PDRectangle.A4.getWidth() - 144;
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            boolean first = true;
            for (String para : paragraphs) {
                PDType1Font f = first ? bold : font;
                for (String line : wrap(para, f, size, width)) {
                    if (cs == null || y < 72) {
                        if (cs != null) cs.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - 72;
                        if (runningHeader != null) {
                            cs.beginText();
                            cs.setFont(font, 8);
                            cs.newLineAtOffset(72, PDRectangle.A4.getHeight() - 40);
                            cs.showText(runningHeader);
                            cs.endText();
                            cs.beginText();
                            cs.setFont(font, 8);
                            cs.newLineAtOffset(PDRectangle.A4.getWidth() / 2, 40);
                            cs.showText(String.valueOf(doc.getNumberOfPages()));
                            cs.endText();
                        }
                    }
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                    y -= leading;
                }
                y -= leading; // paragraph gap
                first = false;
            }
            if (cs != null) cs.close();
            if (infoTitle != null) doc.getDocumentInformation().setTitle(infoTitle);
            if (infoAuthor != null) doc.getDocumentInformation().setAuthor(infoAuthor);
            if (created != null) doc.getDocumentInformation().setCreationDate(created);
            if (password != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            return save(doc);
        }
    }

    /** A one-page PDF holding only an image, like a scan without OCR. */
    static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 72, 500, 200, 200);
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            String candidate = cur.length() == 0 ? w : cur + " " + w;
            if (font.getStringWidth(candidate) / 1000 * size > width && cur.length() > 0) {
                lines.add(cur.toString());
                cur = new StringBuilder(w);
            } else {
                cur = new StringBuilder(candidate);
            }
        }
        if (cur.length() > 0) lines.add(cur.toString());
        return lines;
    }
}
