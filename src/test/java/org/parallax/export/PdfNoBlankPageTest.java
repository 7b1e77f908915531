package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Progress;

/**
 * The sample pair's report has something on every page, whatever the paper, the options, and wherever a section
 * happens to end: a section ending exactly at a page end must not leave the next section's page break a blank page.
 */
class PdfNoBlankPageTest {
    @TempDir
    java.nio.file.Path dir;
    ReportFixture lib;

    @BeforeEach
    void open() {
        lib = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        lib.db.close();
    }

    private List<Integer> blankPages(ReportOptions o) throws IOException {
        ReportContent r = lib.builder().build(List.of(lib.idA, lib.idB), o, LocalDate.of(2026, 11, 23));
        try (PDDocument doc = new PdfReportWriter().build(r, Progress.NONE)) {
            assertTrue(doc.getNumberOfPages() >= 5, "cover, contents, two articles and more: " + doc.getNumberOfPages());
            return PdfPages.blankPages(doc);
        }
    }

    @Test
    void everyPageOfTheSamplePairsReportHasTextOrDrawing() throws IOException {
        for (ReportContent.PageSize size : ReportContent.PageSize.values()) {
            for (boolean fullText : List.of(false, true)) {
                ReportOptions o = ReportOptions.defaults().withPageSize(size).withFullText(fullText);
                assertEquals(List.of(), blankPages(o), size + (fullText ? " with" : " without") + " full text");
            }
        }
    }

    @Test
    void noBlankPageWhereverTheFirstArticleEnds() throws IOException {
        // an article note one line longer each time moves the end of the first article through every position on its
        // page, so one of them ends it exactly at the page end, where a section's own page break used to add a blank page
        List<String> failures = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        lib.addNote(lib.idA, new NoteSource.ArticleNote(-1, -1, null, "Start."));
        for (int lines = 1; lines <= 64; lines++) {
            note.append("- point ").append(lines).append('\n');
            lib.replaceLastNote(lib.idA, new NoteSource.ArticleNote(-1, -1, null, note.toString()));
            List<Integer> blank = blankPages(ReportOptions.defaults().withPageSize(ReportContent.PageSize.A4));
            if (!blank.isEmpty()) failures.add(lines + " lines: blank pages " + blank);
        }
        assertEquals(List.of(), failures);
    }
}
