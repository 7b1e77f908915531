package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("contract")
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
    void aRoleTheLinkerKeepsIsShownAsARoleNotAsAnotherWayOfWritingTheName() {
        ReportFixture lib = new ReportFixture(dir);
        try {
            // what the linker stores for a person an article calls "the coordinator" (a role mark among the aliases)
            lib.entities.addAlias(lib.landberg, "Christopher Landberg (coordinator)");
            String s = new MarkdownReportWriter().render(lib.builder().build(List.of(lib.idA, lib.idB), ReportOptions.defaults(),
                    LocalDate.of(2026, 11, 23)));
            assertTrue(s.contains("- **Christopher Landberg** (person, coordinator) — also: Christopher A. Landberg; Landberg\n"), s);
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

    /** A page whose metadata and text carry HTML and Markdown: the report shows them as text. */
    @Test
    void htmlAndMarkdownFromAPageAreWrittenAsText() throws Exception {
        ReportFixture lib = new ReportFixture(dir);
        try {
            Path page = dir.resolve("hostile.html");
            Files.writeString(page, "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Talks</title>"
                    + "<meta name=\"author\" content=\"&lt;img src=x onerror=alert(2)&gt;\">"
                    + "<meta property=\"og:site_name\" content=\"[Daily](javascript:alert(3))\">"
                    + "<meta property=\"og:url\" content=\"javascript:alert(4)\"></head><body><article>"
                    + "<h1>&lt;script&gt;alert(1)&lt;/script&gt; Talks</h1>"
                    + "<p># Not a heading: delegates met on Monday by the lake to discuss the treaty &amp; more.</p>"
                    + "<p>&lt;iframe src=\"http://evil.example\"&gt;&lt;/iframe&gt; The talks continue on Tuesday.</p>"
                    + "</article></body></html>");
            long id = new org.parallax.ingest.ImportService(lib.articles).importFile(page).articleId();
            ReportContent r = lib.builder().build(List.of(id), ReportOptions.defaults().withFullText(true),
                    LocalDate.of(2026, 11, 23));
            String s = new MarkdownReportWriter().render(r);
            assertTrue(s.contains("\\<script\\>alert(1)\\</script\\> Talks"), s);
            // no tag, link or heading survives: every < [ ] from the page is escaped, the address is not linked
            java.util.regex.Matcher raw = java.util.regex.Pattern.compile("(?<!\\\\)[<\\[\\]]|\n# ").matcher(s);
            if (raw.find()) throw new AssertionError("raw markup at " + raw.start() + ": " + s);
            assertTrue(s.contains("\\<iframe src=\"http://evil.example\"\\>") && s.contains("\njavascript:alert(4)  \n"), s);
        } finally {
            lib.db.close();
        }
    }

    @Test
    void escapeShowsMarkupAsTextAndDropsControlCharacters() {
        assertEquals("\\<b\\>bold\\</b\\> \\*x\\* \\_y\\_ \\[l\\](u) a\\|b \\`c\\` \\&amp; \\~\\~s\\~\\~",
                MarkdownReportWriter.escape("<b>bold</b> *x* _y_ [l](u) a|b `c` &amp; ~~s~~"));
        assertEquals("\\# h\n\\- item\n  \\+ item\n1\\. one\n2023 was\n\\> quote\n\\==",
                MarkdownReportWriter.escape("# h\n- item\n  + item\n1. one\n2023 was\n> quote\n=="));
        assertEquals("a\uFFFD\\[2J b", MarkdownReportWriter.escape("a\u001B[2J b"));
    }
}
