package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.CliRun;

import com.fasterxml.jackson.databind.JsonNode;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path library;
    static final Path SAMPLES = SharedData.samples();

    CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    @BeforeEach
    void importSamples() {
        library = dir.resolve("library.db");
        CliRun r = cli("import", SAMPLES.resolve("story1-outlet-a.txt").toString(), SAMPLES.resolve("story1-outlet-b.txt").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void exportPdfWritesTheChosenArticlesWithTitleAndPaperSize() throws Exception {
        Path pdf = dir.resolve("out/report.pdf");
        CliRun r = cli("export-pdf", "--out", pdf.toString(), "--articles", "1,2", "--title", "Pakistan–US dialogue",
                "--page-size", "LETTER", "--full-text", "--author", "Zoë");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Wrote " + pdf.toAbsolutePath() + ": 2 articles, 0 notes, "), r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("Pakistan–US dialogue"));
            assertTrue(t.contains("Acting Coordinator for Counter-terrorism"), "full text");
            assertEquals("Zoë", doc.getDocumentInformation().getAuthor());
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
    }

    @Test
    void exportByStoryTakesBothVersionsAndReportsJson() throws Exception {
        Path pdf = dir.resolve("story.pdf");
        CliRun r = cli("--json", "export-pdf", "--out", pdf.toString(), "--story", "2", "--no-calendar");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.mapper().readTree(r.out());
        assertEquals(2, j.get("articles").asInt());
        assertTrue(j.get("pages").asInt() >= 4, r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("Comparison") && t.contains("Similarity"), "two versions are compared");
            assertTrue(!t.contains("Calendar"));
        }
    }

    @Test
    void exportMdWritesTheSameSections() throws Exception {
        Path md = dir.resolve("report.md");
        CliRun r = cli("export-md", "--out", md.toString(), "--title", "Notes");
        assertEquals(0, r.code(), r.err());
        String s = Files.readString(md);
        assertTrue(s.startsWith("# Notes\n"), s);
        assertTrue(s.contains("## Articles and notes") && s.contains("### 1. Pakistan-US counterterrorism dialogue on March 6-7"), s);
        assertTrue(s.contains("## Comparison"), s);
    }

    @Test
    void notesWrittenWithTheNoteCommandAreExported() throws Exception {
        CliRun note = cli("note", "2", "--article", "--text", "Written on the *command line*.");
        assertEquals(0, note.code(), note.err());
        Path md = dir.resolve("notes.md");
        CliRun r = cli("export-md", "--out", md.toString(), "--articles", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 article, 1 note."), r.out());
        assertTrue(Files.readString(md).contains("Written on the *command line*."));
    }

    @Test
    void unknownArticleFailsWithAMessageNamingIt() {
        CliRun r = cli("export-pdf", "--out", dir.resolve("x.pdf").toString(), "--articles", "99");
        assertEquals(Cli.FAILED, r.code());
        assertTrue(r.err().contains("There is no article 99"), r.err());
        assertTrue(!Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void articlesAndStoryTogetherIsBadUsage() {
        CliRun r = cli("export-pdf", "--out", dir.resolve("x.pdf").toString(), "--articles", "1", "--story", "1");
        assertEquals(Cli.USAGE, r.code());
    }

    @Test
    void outIsRequired() {
        assertEquals(Cli.USAGE, cli("export-md").code());
    }
}
