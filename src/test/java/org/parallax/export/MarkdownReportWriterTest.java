package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void markdownHoldsTheSameNotesQuotesEntitiesAndDatesAsThePdf() throws Exception {
        ReportFixture lib = new ReportFixture(dir);
        try {
            ReportContent r = lib.builder().build(List.of(lib.idA, lib.idB), ReportOptions.defaults().withTitle("Dialogue"),
                    LocalDate.of(2026, 11, 23));
            Path md = dir.resolve("notes.md");
            new MarkdownReportWriter().write(r, md);
            String s = Files.readString(md);
            assertTrue(s.startsWith("# Dialogue\n\nExported 2026-11-23\n"), s);
            assertTrue(s.contains(ReportFixture.NOTE_A), "notes go in as written, Markdown and all");
            assertTrue(s.contains(ReportFixture.NOTE_B));
            assertTrue(s.contains(ReportFixture.ARTICLE_NOTE));
            assertTrue(s.contains("> Acting Coordinator for Counter-terrorism **Christopher Landberg** will lead a US inter-agency"
                    + " delegation to **Pakistan** from **March 6-7**"), "quote with entities in bold");
            assertTrue(s.contains("- **Christopher Landberg** (person) — also: Christopher A. Landberg; Landberg"), s);
            assertTrue(s.contains("  - note: " + ReportFixture.ENTITY_NOTE));
            assertTrue(s.contains("- **2023-02-16..2023-02-17** Visit: Derek Chollet — Islamabad"), s);
            assertTrue(s.contains("- **2023-03-06..2023-03-07** Visit: Christopher Landberg — Pakistan"), s);
            assertTrue(s.indexOf("## Articles and notes") < s.indexOf("## Comparison")
                    && s.indexOf("## Comparison") < s.indexOf("## Entity index")
                    && s.indexOf("## Entity index") < s.indexOf("## Calendar"), "sections in the PDF's order");
        } finally {
            lib.db.close();
        }
    }

    @Test
    void leavingOutCalendarAndComparisonDropsTheirSections() {
        ReportFixture lib = new ReportFixture(dir);
        try {
            ReportContent r = lib.builder().build(List.of(lib.idA, lib.idB),
                    ReportOptions.defaults().withCalendar(false).withComparison(false), LocalDate.of(2026, 11, 23));
            String s = new MarkdownReportWriter().render(r);
            assertTrue(!s.contains("## Calendar") && !s.contains("## Comparison"), s);
            assertEquals(List.of(), r.calendar());
        } finally {
            lib.db.close();
        }
    }
}
