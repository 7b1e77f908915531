package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ReportContent.Change;
import org.parallax.export.ReportContent.ChangeSpan;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.DateMatch;
import org.parallax.export.ReportContent.Wording;
import org.parallax.model.EntityType;
import org.parallax.model.Progress;

/**
 * The comparison section of the sample pair's report: both sides' wording of each aligned pair that differs, with the
 * changed words marked; the entities each side names; and the dates both write, a disagreeing one marked first.
 */
class PdfComparisonSectionTest {
    @TempDir
    Path dir;
    ReportFixture lib;

    @BeforeEach
    void open() {
        lib = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        lib.db.close();
    }

    private ReportContent report() {
        return lib.builder().build(List.of(lib.idA, lib.idB), ReportOptions.defaults(), LocalDate.of(2026, 11, 23));
    }

    private static String marked(String text, List<ChangeSpan> spans, Change kind) {
        StringBuilder sb = new StringBuilder();
        for (ChangeSpan s : spans) if (s.change() == kind) sb.append('[').append(text, s.start(), s.end()).append(']');
        return sb.toString();
    }

    @Test
    void theReportCarriesBothSidesWordingWithTheChangedWordsOfEach() {
        ComparisonSection c = report().comparisons().get(0);
        Wording chollet = c.wording().stream().filter(w -> w.left().contains("Derek Chollet visited Pakistan")).findFirst()
                .orElseThrow(() -> new AssertionError("no aligned pair for the Chollet sentence: " + c.wording()));
        assertTrue(chollet.left().startsWith("Last month, US Department of State Counselor"), chollet.left());
        assertTrue(chollet.right().startsWith("In February, US Department of State Counselor"), chollet.right());
        assertEquals("[Last month]", marked(chollet.left(), chollet.leftChanges(), Change.CHANGED));
        assertEquals("[In February]", marked(chollet.right(), chollet.rightChanges(), Change.CHANGED));
        // "Counter-terrorism" / "Counterterrorism": the same word spelt otherwise
        assertTrue(c.wording().stream().anyMatch(w -> marked(w.left(), w.leftChanges(), Change.COSMETIC).contains("[Counter-terrorism]")),
                c.wording().toString());
        assertTrue(c.wording().stream().allMatch(w -> !w.leftChanges().isEmpty() || !w.rightChanges().isEmpty()), "only pairs that differ");
        assertEquals(EntityType.PERSON, c.entityTypes().get("Christopher Landberg"));
    }

    @Test
    void thePdfShowsTheWordingPairsEntitiesAndDatesWithTheirMarks() throws IOException {
        ReportContent base = report();
        ComparisonSection c = base.comparisons().get(0);
        // the samples agree on every date they share; a disagreeing date shows how the section marks one
        ComparisonSection withDates = new ComparisonSection(c.leftTitle(), c.rightTitle(), c.similarity(), c.sharedEntities(),
                c.onlyLeftEntities(), c.onlyRightEntities(), c.onlyLeftSentences(), c.onlyRightSentences(), c.entityTypes(),
                c.wording(), List.of(new DateMatch("Last month", "2023-02", "In February", "2023-02")),
                List.of(new DateMatch("March 6-7", "2023-03-06..2023-03-07", "March 7-8", "2023-03-07..2023-03-08")),
                List.of(new ReportContent.FactConflict("killed", "at least seven", "six")));
        ReportContent r = new ReportContent(base.title(), base.userName(), base.exportDate(), base.pageSize(), base.articles(),
                List.of(withDates), base.entityIndex(), base.calendar());
        try (PDDocument doc = new PdfReportWriter().build(r, Progress.NONE)) {
            java.nio.file.Files.createDirectories(PdfReportWriterTest.OUT);
            doc.save(PdfReportWriterTest.OUT.resolve("comparison.pdf").toFile());
            int first = -1;
            StringBuilder text = new StringBuilder();
            PDFTextStripper st = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                st.setStartPage(p);
                st.setEndPage(p);
                String t = st.getText(doc);
                if (first < 0 && t.contains("Aligned sentences that differ")) first = p - 1;
                if (first >= 0 && !t.contains("Entity index")) text.append(t);
            }
            assertTrue(first > 0, "no comparison section");
            String t = text.toString().replaceAll("\\s+", " ");
            assertTrue(t.contains("Aligned sentences that differ (" + c.wording().size() + ")"), t);
            assertTrue(t.contains("A Last month, US Department of State Counselor Derek Chollet"), t);
            assertTrue(t.contains("B In February, US Department of State Counselor Derek Chollet"), t);
            assertTrue(t.indexOf("≠ Disagree: A “March 6-7” = 2023-03-06..2023-03-07 B “March 7-8” = 2023-03-07..2023-03-08")
                    < t.indexOf("= Agree: A “Last month”, B “In February” = 2023-02"), t);
            assertTrue(t.contains("= Agree:"), t);
            assertTrue(t.indexOf("Facts in conflict ≠ killed: A “at least seven” B “six”") >= 0
                    && t.indexOf("≠ killed:") < t.indexOf("≠ Disagree:"), "conflicts come first: " + t);
            assertTrue(t.contains("In both (" + c.sharedEntities().size() + "): "), t);
            for (String name : c.sharedEntities()) assertTrue(t.contains(name), name);
            assertTrue(t.contains("Sentences only in A (" + c.onlyLeftSentences().size() + ")"), t);

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(first, 100);
            for (Color mark : List.of(PdfComparisonSection.A_MARK, PdfComparisonSection.B_MARK, PdfComparisonSection.A_LINE,
                    PdfComparisonSection.B_LINE, EntityColors.background(EntityType.PERSON))) {
                assertTrue(has(page, mark), "colour " + mark + " on the comparison's first page");
            }
            assertEquals(List.of(), PdfPages.blankPages(doc));
        }
    }

    @Test
    void noChangedWordsNoDatesAndNoEntitiesSayNone() throws IOException {
        ReportContent base = report();
        ComparisonSection empty = new ComparisonSection("Left", "Right", 1.0, List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), List.of(), List.of(), List.of());
        ReportContent r = new ReportContent(base.title(), base.userName(), base.exportDate(), base.pageSize(), base.articles(),
                List.of(empty), List.of(), List.of());
        try (PDDocument doc = new PdfReportWriter().build(r, Progress.NONE)) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(t.contains("No date appears in both.") && t.contains("Aligned sentences that differ (0) none"), t);
            assertTrue(t.contains("In both (0): none"), t);
        }
    }

    private static boolean has(BufferedImage img, Color c) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= 2 && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= 2
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
