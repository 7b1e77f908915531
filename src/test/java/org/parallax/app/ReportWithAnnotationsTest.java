package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Progress;
import org.parallax.testsupport.SharedData;

/**
 * A report of what a user made with the annotation tools: two passage notes, an article note, a manual entity with
 * a note about it, and the two visits marked by hand as events; read back through {@link ReportService}.
 */
@Tag("contract")
class ReportWithAnnotationsTest {
    static final Path SAMPLES = SharedData.samples();
    static final String QUOTE_A = "Christopher Landberg will lead a US inter-agency delegation to Pakistan from March 6-7";
    static final String QUOTE_B = "visited Islamabad February 16-17";

    @TempDir
    Path dir;

    @Test
    void notesManualEntityAndHandMarkedVisitsReachThePdfAndMarkdown() throws Exception {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            long a = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt")).articleId();
            long b = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-b.txt")).articleId();
            String ta = ctx.articles().get(a).map(Article::text).orElseThrow();
            String tb = ctx.articles().get(b).map(Article::text).orElseThrow();
            org.parallax.annotation.Annotations ann = ctx.annotations();
            int qa = ta.indexOf(QUOTE_A);
            int qb = tb.indexOf(QUOTE_B);
            ann.notes().addPassageNote(a, qa, qa + QUOTE_A.length(), "Outlet A: **March 6-7**, led by Landberg.");
            ann.notes().addPassageNote(b, qb, qb + QUOTE_B.length(), "Outlet B dates the Chollet visit — February 16-17.");
            ann.notes().addArticleNote(b, "Both quote the same State Department statement.");
            Annotation landberg = ann.marks().mark(a, qa, qa + "Christopher Landberg".length(), "PERSON");
            ann.notes().addEntityNote(landberg.mention().entityId(), "Acting Coordinator for Counterterrorism.");
            ann.marks().mark(a, ta.indexOf("Pakistan", qa), ta.indexOf("Pakistan", qa) + "Pakistan".length(), "LOCATION");
            int va = ta.indexOf("will lead", qa);
            ann.marks().mark(a, va, va + "will lead".length(), Annotation.EVENT,
                    new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY), null);
            ann.marks().mark(b, qb, qb + "visited".length(), Annotation.EVENT,
                    new DateRange(LocalDate.of(2023, 2, 16), LocalDate.of(2023, 2, 17), DatePrecision.DAY), null);

            ReportService service = new ReportService(ctx);
            ReportContent content = service.content(service.choose(List.of(), null),
                    ReportOptions.defaults().withUserName("Ada").withTitle("Pakistan–US dialogue"));
            Path pdf = dir.resolve("report.pdf");
            ReportService.Result r = service.writePdf(content, pdf, Progress.NONE);
            assertEquals(3, r.notes(), "two passage notes and one article note; the entity note goes in the index");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(t.contains("Outlet A: March 6-7, led by Landberg."), t);
                assertTrue(t.contains("Outlet B dates the Chollet visit — February 16-17."));
                assertTrue(t.contains("Both quote the same State Department statement."));
                assertTrue(t.contains("Note 1 “" + QUOTE_A + "”"));
                assertTrue(t.contains("“" + QUOTE_B + "”"));
                assertTrue(t.contains("Christopher Landberg person"), "the manual entity in the index");
                assertTrue(t.contains("Acting Coordinator for Counterterrorism."), "the note about the entity");
                assertTrue(t.contains("2023-03-06..2023-03-07") && t.contains("2023-02-16..2023-02-17"), "both visits");
            }
            Path md = dir.resolve("report.md");
            service.writeMarkdown(content, md);
            String m = Files.readString(md);
            assertTrue(m.contains("> **Christopher Landberg** will lead a US inter-agency delegation to **Pakistan** from March 6-7"), m);
            assertTrue(m.contains("Outlet A: **March 6-7**, led by Landberg."));
        }
    }
    @Test
    void notesInTheTrashStayOut() throws Exception {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            long a = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt")).articleId();
            var kept = ctx.annotations().notes().addArticleNote(a, "Kept note.");
            var trashed = ctx.annotations().notes().addArticleNote(a, "Trashed note.");
            ctx.annotations().notes().trashNote(trashed.id());
            ReportService service = new ReportService(ctx);
            ReportContent content = service.content(List.of(a), ReportOptions.defaults());
            assertEquals(List.of(kept.text()), content.articles().get(0).articleNotes().stream()
                    .map(ReportContent.NoteItem::text).toList());
        }
    }
    @Test
    void aManualEventCarriesItsNoteIntoTheCalendar() throws Exception {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            long a = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt")).articleId();
            String ta = ctx.articles().get(a).map(Article::text).orElseThrow();
            int s = ta.indexOf("Last month");
            new org.parallax.calendar.CalendarService(ctx.database(), ctx.articles()).add(new org.parallax.calendar.EventDraft(
                    org.parallax.model.EventKind.VISIT, new DateRange(LocalDate.of(2023, 2, 16), LocalDate.of(2023, 2, 17),
                    DatePrecision.DAY), List.of(), List.of(),
                    List.of(new org.parallax.model.EventSource(a, s, s + 10, ta.substring(s, s + 10))), "Dated from outlet B."));
            ReportService service = new ReportService(ctx);
            ReportContent content = service.content(List.of(a), ReportOptions.defaults());
            assertEquals("Dated from outlet B.", content.calendar().get(0).note());
            Path pdf = dir.resolve("manual.pdf");
            service.writePdf(content, pdf, Progress.NONE);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(new PDFTextStripper().getText(doc).contains("Dated from outlet B."));
            }
        }
    }
}
