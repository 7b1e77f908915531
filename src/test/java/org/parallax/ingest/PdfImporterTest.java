package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/** PDF import on PDFs generated here with PDFBox: text layer to paragraphs, info to metadata, bad PDFs refused. */
class PdfImporterTest {
    static final String P1 = "VALMORA: The harbour authority and the shipping union agreed on Tuesday to resume talks over "
            + "night shifts at the container terminal, ending a dispute that had slowed exports for three weeks and "
            + "left dozens of vessels waiting offshore.";
    static final String P2 = "Negotiators will meet again on 12 May, the authority said in a statement, adding that both "
            + "sides had accepted an independent mediator from the regional labour board.";
    static final String P3 = "Union representative Tomas Eberly said members would vote on any proposal before returning "
            + "to full shifts, and that the vote could take place within a week of the next meeting.";

    @TempDir
    Path tmp;

    private ArticleDraft parse(String name, byte[] bytes) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return new PdfImporter().parse(new SourceFile(f, bytes));
    }

    private static List<String> texts(ArticleDraft d, BlockType type) {
        return d.blocks().stream().filter(b -> b.type() == type).map(b -> b.textIn(d.text())).toList();
    }

    @Test
    void joinsWrappedLinesIntoParagraphsAndReadsDocumentInfo() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2024, Calendar.MAY, 2, 9, 30);
        byte[] pdf = TestPdfs.article("Harbour talks to resume", "Mara Jensen", created, null,
                List.of("Harbour talks to resume", P1, P2, "Mediator named", P3));
        ArticleDraft d = parse("talks.pdf", pdf);
        assertEquals("Harbour talks to resume", d.meta().title());
        assertFalse(d.meta().titleDerived());
        assertEquals("Mara Jensen", d.meta().author());
        assertEquals(LocalDate.of(2024, 5, 2), d.meta().published());
        assertEquals(DateSource.PAGE_METADATA, d.meta().publishedSource());
        assertEquals(List.of("Harbour talks to resume"), texts(d, BlockType.TITLE));
        assertEquals("VALMORA", d.meta().dateline());
        List<String> paragraphs = texts(d, BlockType.PARAGRAPH);
        assertEquals(3, paragraphs.size(), paragraphs.toString());
        assertEquals(P1.substring("VALMORA: ".length()), paragraphs.get(0), "wrapped lines are joined with one space");
        assertEquals(P2, paragraphs.get(1));
        assertEquals(List.of("Mediator named"), texts(d, BlockType.HEADING));
    }

    @Test
    void takesTitleFromFirstLineWhenInfoHasNone() throws Exception {
        byte[] pdf = TestPdfs.article(null, null, null, null, List.of("Ferry service returns to the islands", P2, P3));
        ArticleDraft d = parse("ferry.pdf", pdf);
        assertEquals("Ferry service returns to the islands", d.meta().title());
        assertFalse(d.meta().titleDerived());
        assertEquals(2, texts(d, BlockType.PARAGRAPH).size());
    }

    @Test
    void joinsParagraphsAcrossPagesAndDropsRunningHeadersAndPageNumbers() throws Exception {
        List<String> paras = new java.util.ArrayList<>();
        paras.add("Long report on the harbour");
        for (int k = 0; k < 14; k++) paras.add("Paragraph " + k + " of the report. " + P3);
        byte[] pdf = TestPdfs.article(null, null, null, null, paras, "Harbour Quarterly | Spring issue");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(doc.getNumberOfPages() > 1 && raw.contains("Harbour Quarterly"), "the PDF has a running header");
        }
        ArticleDraft d = parse("long.pdf", pdf);
        assertFalse(d.text().contains("Harbour Quarterly"), "running header dropped");
        assertFalse(d.text().matches("(?s).*\\n\\d+\\n.*"), "page numbers dropped");
        List<String> paragraphs = texts(d, BlockType.PARAGRAPH);
        assertEquals(14, paragraphs.size(), paragraphs.toString());
        for (int k = 0; k < 14; k++) assertTrue(paragraphs.get(k).startsWith("Paragraph " + k + " of"), paragraphs.get(k));
    }

    @Test
    void refusesTruncatedPdf() throws Exception {
        byte[] pdf = TestPdfs.article(null, null, null, null, List.of("Title line here", P1, P2));
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 2);
        ImportException e = assertThrows(ImportException.class, () -> parse("cut.pdf", cut));
        assertTrue(e.getMessage().startsWith("is a damaged PDF: "), e.getMessage());
    }

    @Test
    void refusesCorruptPdf() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> parse("junk.pdf", junk));
        assertTrue(e.getMessage().startsWith("is a damaged PDF: ") || e.getMessage().startsWith("has no text layer"), e.getMessage());
    }

    @Test
    void refusesPasswordProtectedPdf() throws Exception {
        byte[] pdf = TestPdfs.article(null, null, null, "secret", List.of("Title line here", P1, P2));
        ImportException e = assertThrows(ImportException.class, () -> parse("locked.pdf", pdf));
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
    }

    @Test
    void refusesScanWithoutTextLayer() throws Exception {
        byte[] pdf = TestPdfs.imageOnly();
        ImportException e = assertThrows(ImportException.class, () -> parse("scan.pdf", pdf));
        assertTrue(e.getMessage().startsWith("has no text layer"), e.getMessage());
    }
}
