package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.model.ArticleMeta;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.Progress;

class PdfReportWriterTest {
    static final Path OUT = Path.of(System.getProperty("parallax.buildDir", "target"), "pdf-export");

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

    private ReportContent report(ReportOptions o) {
        return lib.builder().build(List.of(lib.idA, lib.idB), o, LocalDate.of(2026, 11, 23));
    }

    private Path write(ReportContent r, String name) throws IOException {
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve(name);
        new PdfReportWriter().write(r, pdf, Progress.NONE);
        return pdf;
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    /** Extracted text with line breaks and runs of spaces folded, as a reader would search it. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void reportHoldsNotesQuotesEntityNamesAndBothVisitDates() throws IOException {
        Path pdf = write(report(ReportOptions.defaults().withUserName("Ada Lovelace")), "samples.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = flat(text(doc));
            assertTrue(t.contains("Landberg leads the inter-agency delegation; outlet A gives the dates as March 6-7."), t);
            assertTrue(t.contains(ReportFixture.NOTE_B), "note B");
            assertTrue(t.contains(ReportFixture.ARTICLE_NOTE), "article note");
            assertTrue(t.contains(ReportFixture.ENTITY_NOTE), "entity note");
            assertTrue(t.contains("“Acting Coordinator for Counter-terrorism Christopher Landberg will lead a US inter-agency"
                    + " delegation to Pakistan from March 6-7”"), t.substring(Math.max(0, t.indexOf("“Acting")), t.indexOf("“Acting") + 200));
            assertTrue(t.contains("“visited Islamabad February 16-17 to highlight the importance of our bilateral partnership”"), "quote B");
            for (String name : List.of("Christopher Landberg", "Derek Chollet", "Islamabad", "State Department")) {
                assertTrue(t.contains(name), name);
            }
            assertTrue(t.contains("2023-03-06..2023-03-07"), "visit in March");
            assertTrue(t.contains("2023-02-16..2023-02-17"), "visit in February");
            assertTrue(t.contains("Prepared by Ada Lovelace"), "user name on the cover");
            assertTrue(t.contains("March 2023") && t.contains("February 2023"), "a month grid per month");
            assertTrue(t.matches(".*\\b3 / " + doc.getNumberOfPages() + "\\b.*"), "page numbers");
            assertEquals("Reading notes", doc.getDocumentInformation().getTitle());
            assertEquals("Ada Lovelace", doc.getDocumentInformation().getAuthor());
            assertEquals("Parallax", doc.getDocumentInformation().getCreator());
            assertTrue(doc.getDocumentInformation().getSubject().contains("2 articles"));
        }
    }

    @Test
    void notesAndQuotesComeOutInReadingOrder() throws IOException {
        Path pdf = write(report(ReportOptions.defaults()), "order.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = flat(text(doc));
            int quoteA = t.indexOf("“Acting Coordinator for Counter-terrorism");
            int noteA = t.indexOf("Landberg leads the inter-agency");
            int quoteB = t.indexOf("“visited Islamabad February 16-17");
            int noteB = t.indexOf(ReportFixture.NOTE_B);
            assertTrue(0 < quoteA && quoteA < noteA && noteA < quoteB && quoteB < noteB,
                    "quote A, note A, quote B, note B: " + quoteA + " " + noteA + " " + quoteB + " " + noteB);
        }
    }

    @Test
    void popplerReadsNumberQuoteAndNoteInOrder() throws Exception {
        Path tool = Path.of("/usr/bin/pdftotext");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tool), "poppler-utils is not installed");
        Path pdf = write(report(ReportOptions.defaults()), "poppler.pdf");
        Process p = new ProcessBuilder(tool.toString(), "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String t = flat(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, p.waitFor());
        assertTrue(t.contains("Note 1 “Acting Coordinator for Counter-terrorism Christopher Landberg will lead a US inter-agency"
                + " delegation to Pakistan from March 6-7” Landberg leads the inter-agency delegation; outlet A gives the dates"
                + " as March 6-7."), t);
        assertTrue(t.contains("Note 1 “visited Islamabad February 16-17 to highlight the importance of our bilateral partnership” "
                + ReportFixture.NOTE_B), t);
    }

    @Test
    void outlineHasASectionAndAnEntryPerArticle() throws IOException {
        Path pdf = write(report(ReportOptions.defaults()), "outline.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            List<String> articles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Articles and notes")) item.children().forEach(c -> articles.add(c.getTitle()));
            }
            assertEquals(List.of("Articles and notes", "Comparison", "Entity index", "Calendar"), top);
            assertEquals(2, articles.size(), articles.toString());
            assertTrue(articles.get(0).startsWith("1. ") && articles.get(1).startsWith("2. "), articles.toString());
        }
    }

    @Test
    void contentsPageLinksToTheSections() throws IOException {
        Path pdf = write(report(ReportOptions.defaults()), "toc.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage contents = doc.getPage(1);
            assertTrue(text(doc).contains("Contents"));
            long links = contents.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
            assertEquals(7, links, "the articles section, 2 articles, the comparison section and its pair, the index, the calendar");
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        Path pdf = write(report(ReportOptions.defaults().withFullText(true)), "fonts.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                    assertTrue(f.getName().contains("DejaVu"), f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void quotesShowEntityHighlightsInTheScreenColours() throws IOException {
        Path pdf = write(report(ReportOptions.defaults().withFullText(true)), "highlights.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int quotePage = firstPageWith(doc, "“Acting Coordinator");
            BufferedImage cover = renderer.renderImageWithDPI(0, 80);
            ImageIO.write(cover, "png", OUT.resolve("page-1.png").toFile());
            BufferedImage img = renderer.renderImageWithDPI(quotePage, 110);
            ImageIO.write(img, "png", OUT.resolve("quote-page.png").toFile());
            for (int p = 1; p < doc.getNumberOfPages(); p++) {
                ImageIO.write(renderer.renderImageWithDPI(p, 80), "png", OUT.resolve("page-" + (p + 1) + ".png").toFile());
            }
            for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.DATE)) {
                assertTrue(has(img, EntityColors.background(type)), type + " highlight colour on the quote page");
            }
        }
    }

    @Test
    void aFiveThousandWordNoteBreaksAcrossPagesWithoutLoss() throws IOException {
        StringBuilder note = new StringBuilder();
        for (int i = 1; i < 5000; i++) note.append("word").append(i).append(i % 97 == 0 ? "\n\n" : " ");
        note.append("omega-last-word.");
        ArticleMeta meta = new ArticleMeta("A long read", false, "Jane Doe", "Outlet", null, null,
                LocalDate.of(2023, 3, 4), DateSource.TEXT, null, null, "txt", "en");
        ArticleSection a = new ArticleSection(1, meta,
                List.of(NoteItem.onPassage("a short quote", List.of(), note.toString(), 0, 13)), List.of(), List.of());
        ReportContent r = new ReportContent("Long note", "", LocalDate.of(2026, 11, 23), ReportContent.PageSize.A4,
                List.of(a), List.of(), List.of(), List.of());
        Path pdf = write(r, "long-note.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 8, "pages: " + doc.getNumberOfPages());
            String t = text(doc);
            assertTrue(t.contains("omega-last-word."));
            String[] words = flat(t).split(" ");
            int next = 1;
            for (String w : words) {
                if (w.equals("word" + next)) next++;
            }
            assertEquals(5000, next, "every word, in order");
            assertNothingOffThePage(doc);
        }
    }

    @Test
    void greekCyrillicAccentsCurlyQuotesAndDashesExtractBack() throws IOException {
        String unicode = "Αθήνα και Ελλάδα · Москва, Україна · Zoë Ångström’s café, naïve façade · “curly” ‘single’ — em – en";
        ArticleMeta meta = new ArticleMeta("Ünïcödé: Ελληνικά и кириллица", false, null, "Übersee-Zeitung", null, null,
                null, DateSource.NONE, null, null, "txt", "de");
        ArticleSection a = new ArticleSection(1, meta, List.of(NoteItem.onPassage("Σωκράτης — «Сократ»",
                List.of(new ReportContent.Highlight(0, 8, EntityType.PERSON)), unicode, 0, 8)),
                List.of(NoteItem.onArticle("Ещё одна заметка — ça va?")), List.of());
        ReportContent r = new ReportContent("Отчёт — Αναφορά — Rapport", "Łukasz Żółć", LocalDate.of(2026, 11, 23),
                ReportContent.PageSize.LETTER, List.of(a), List.of(), List.of(), List.of());
        Path pdf = write(r, "unicode.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = flat(text(doc));
            for (String s : List.of(unicode, "“Σωκράτης — «Сократ»”", "Ещё одна заметка — ça va?", "Отчёт — Αναφορά — Rapport",
                    "Łukasz Żółć", "Ünïcödé: Ελληνικά и кириллица", "Übersee-Zeitung")) {
                assertTrue(t.contains(s), "missing: " + s + "\n" + t);
            }
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f, "Letter");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(2, 80), "png", OUT.resolve("unicode.png").toFile());
        }
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() throws IOException {
        Path pdf = dir.resolve("out/cancelled.pdf");
        List<String> seen = new ArrayList<>();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(message);
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty();
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new PdfReportWriter().write(report(ReportOptions.defaults()), pdf, cancelAfterFirst));
        assertEquals(List.of("Article 1 of 2"), seen);
        try (var files = Files.list(pdf.getParent())) {
            assertEquals(0, files.count(), "neither the PDF nor a temporary file is left");
        }
    }

    @Test
    void textNeverLeavesThePage() throws IOException {
        Path pdf = write(report(ReportOptions.defaults().withFullText(true)), "bounds.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertNothingOffThePage(doc);
        }
    }

    private static void assertNothingOffThePage(PDDocument doc) throws IOException {
        List<String> off = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                float w = getCurrentPage().getMediaBox().getWidth();
                float h = getCurrentPage().getMediaBox().getHeight();
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() < 20 || p.getXDirAdj() + p.getWidthDirAdj() > w - 20 || p.getYDirAdj() < 20
                            || p.getYDirAdj() > h - 20) {
                        off.add(p.getUnicode() + " at " + p.getXDirAdj() + "," + p.getYDirAdj());
                    }
                }
                super.writeString(text, positions);
            }
        };
        s.getText(doc);
        assertTrue(off.isEmpty(), "text outside the page: " + off.subList(0, Math.min(10, off.size())));
    }

    private static int firstPageWith(PDDocument doc, String s) throws IOException {
        PDFTextStripper st = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            st.setStartPage(p);
            st.setEndPage(p);
            if (st.getText(doc).contains(s)) return p - 1;
        }
        throw new AssertionError("no page with " + s);
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
