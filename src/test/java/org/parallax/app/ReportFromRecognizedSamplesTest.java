package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.NoteSource;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.model.Article;
import org.parallax.model.Progress;
import org.parallax.testsupport.SharedData;

/**
 * The whole way from files to report: the two shared samples imported, recognised by the shipped CoreNLP engine,
 * two notes added, exported as PDF. The visits must come from the engine, not from the test.
 */
class ReportFromRecognizedSamplesTest {
    static final Path SAMPLES = SharedData.samples();

    @TempDir
    Path dir;

    @Test
    void recognisedVisitsAndEntitiesReachThePdf() throws Exception {
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            long a = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt")).articleId();
            long b = ctx.imports().importFile(SAMPLES.resolve("story1-outlet-b.txt")).articleId();
            NlpService nlp = ctx.nlp().orElseThrow(() -> new AssertionError("this build ships no recogniser"));
            NlpService.Summary s = nlp.processPending(Progress.NONE);
            assertEquals(0, s.failed(), s.toString());

            String ta = ctx.articles().get(a).map(Article::text).orElseThrow();
            String quote = "Christopher Landberg will lead a US inter-agency delegation to Pakistan from March 6-7";
            int at = ta.indexOf(quote);
            Map<Long, List<NoteSource.ArticleNote>> notes = Map.of(
                    a, List.of(new NoteSource.ArticleNote(at, at + quote.length(), quote, "The March visit, *as announced*.")),
                    b, List.of(new NoteSource.ArticleNote(-1, -1, null, "Outlet B adds the February visit.")));
            NoteSource source = new NoteSource() {
                @Override
                public List<ArticleNote> notesOnArticle(long articleId) {
                    return notes.getOrDefault(articleId, List.of());
                }

                @Override
                public List<String> notesOnEntity(long entityId) {
                    return List.of();
                }
            };
            ReportService service = new ReportService(ctx, source);
            ReportContent content = service.content(List.of(a, b), ReportOptions.defaults().withFullText(true));
            assertTrue(content.articles().get(0).notes().get(0).quoteHighlights().size() >= 2,
                    "the engine's mentions highlight the quote: " + content.articles().get(0).notes().get(0).quoteHighlights());
            Path pdf = Path.of(System.getProperty("parallax.buildDir", "target"), "pdf-export", "recognised.pdf");
            service.writePdf(content, pdf, Progress.NONE);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(t.contains("The March visit, as announced."), "note");
                assertTrue(t.contains("Outlet B adds the February visit."), "article note");
                assertTrue(t.contains("“" + quote + "”"), "quote");
                assertTrue(t.contains("Landberg") && t.contains("Chollet"), "entity index");
                assertTrue(t.contains("2023-03-06..2023-03-07"), "March visit from the engine: " + content.calendar());
                assertTrue(t.contains("2023-02-16..2023-02-17"), "February visit from the engine: " + content.calendar());
                assertEquals(List.of(), org.parallax.export.PdfPages.blankPages(doc), "every page has text or drawing");
            }
            assertTrue(content.calendar().stream().anyMatch(e -> e.when().start().equals(LocalDate.of(2023, 2, 16))));
        }
    }
}
