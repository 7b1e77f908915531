package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Each kind of bad file gets exactly one report line naming the file and the reason, nothing of it is stored, and
 * the rest of the batch goes on. Files are generated in a temporary folder.
 */
class BadInputImportTest {
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xde};

    @TempDir
    Path tmp;
    private Database db;
    private ArticleRepository repo;
    private ImportService service;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("lib.db"));
        repo = new ArticleRepository(db);
        service = new ImportService(repo, Importers.defaults(), 64 * 1024, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String article(String topic) {
        return "Council votes on " + topic + "\n\nThe town council voted on Tuesday to fund a new " + topic
                + " programme, after a debate that lasted most of the evening and drew a large crowd.\n\n"
                + "The mayor said the " + topic + " plan would be reviewed again next spring.\n";
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    private ImportResult only(ImportReport report, Path file) {
        List<ImportResult> rs = report.results().stream().filter(r -> r.path().equals(file)).toList();
        assertEquals(1, rs.size(), "exactly one report line for " + file + ": " + report.results());
        return rs.get(0);
    }

    private void assertFailed(ImportReport report, Path file, String reason) {
        ImportResult r = only(report, file);
        assertEquals(ImportResult.Status.FAILED, r.status(), r.line());
        assertTrue(r.line().contains(file.getFileName().toString()), r.line());
        assertTrue(r.message().contains(reason), "expected '" + reason + "' in: " + r.line());
    }

    private ImportReport importOne(Path f) {
        return service.importPaths(List.of(f), Progress.NONE);
    }

    @Test
    void emptyFileIsReportedAndNotStored() throws Exception {
        Path f = write("empty.txt", new byte[0]);
        assertFailed(importOne(f), f, "is empty");
        Path blank = write("blank.txt", " \n\t\n\u00a0".getBytes(StandardCharsets.UTF_8));
        assertFailed(importOne(blank), blank, "is empty");
        assertEquals(0, repo.count());
    }

    @Test
    void randomBytesAndImagesAreReportedAsNotText() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path n = write("noise.txt", noise);
        assertFailed(importOne(n), n, "binary data");
        byte[] png = Arrays.copyOf(PNG_HEADER, 600);
        Path renamed = write("photo.txt", png);
        assertFailed(importOne(renamed), renamed, "binary data");
        Path p = write("photo.png", png);
        assertFailed(importOne(p), p, "is not a format Parallax reads");
        assertEquals(0, repo.count());
    }

    @Test
    void truncatedPdfIsReportedAsDamaged() throws Exception {
        byte[] pdf = TestPdfs.article("Title", null, null, null, List.of("A headline for the test", PdfImporterTest.P1, PdfImporterTest.P2));
        Path f = write("cut.pdf", Arrays.copyOf(pdf, pdf.length * 2 / 3));
        assertFailed(importOne(f), f, "is a damaged PDF");
        assertEquals(0, repo.count());
    }

    @Test
    void utf8TextCutInsideItsLastCharacterStillImportsAsUtf8() throws Exception {
        String text = article("café") + "The chair said “we will build it”";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path f = write("cut-utf8.txt", Arrays.copyOf(bytes, bytes.length - 2)); // cuts the 3-byte ” in two
        ImportResult r = only(importOne(f), f);
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.line());
        Article a = repo.get(r.articleId()).orElseThrow();
        assertTrue(a.text().contains("café programme"), a.text());
        assertTrue(a.text().endsWith("“we will build it"), a.text());
        assertFalse(a.text().contains("Ã") || a.text().contains("â€"), "no Windows-1252 mojibake: " + a.text());
    }

    @Test
    void windows1252TextComesOutRight() throws Exception {
        String text = article("crèche") + "Residents said the “new café” was “long overdue” – and the owner’s plan won.\n";
        Path f = write("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));
        ImportResult r = only(importOne(f), f);
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.line());
        Article a = repo.get(r.articleId()).orElseThrow();
        assertEquals("Council votes on crèche", a.title());
        assertTrue(a.text().contains("“new café” was “long overdue” – and the owner’s plan won."), a.text());
    }

    @Test
    void windows1252TextEndingInAnAccentKeepsIt() throws Exception {
        // its only non-ASCII byte is the last one, which UTF-8 would read as a cut character
        String text = article("menus") + "The new dish is called caf\u00e9";
        Path f = write("cp1252-end.txt", text.getBytes(Charset.forName("windows-1252")));
        ImportResult r = only(importOne(f), f);
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.line());
        assertTrue(repo.get(r.articleId()).orElseThrow().text().endsWith("called café"));
    }

    @Test
    void fileOverTheSizeLimitIsReported() throws Exception {
        StringBuilder big = new StringBuilder(article("roads"));
        while (big.length() < 70 * 1024) big.append("More words about the roads budget and its many details. ");
        Path f = write("big.txt", big.toString().getBytes(StandardCharsets.UTF_8));
        assertFailed(importOne(f), f, "is too large");
        assertEquals(0, repo.count());
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        Path f = write("locked.txt", article("locks").getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as a user (root) who can read any file");
            assertFailed(importOne(f), f, "cannot be read");
            assertEquals(0, repo.count());
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void missingFileIsReported() {
        Path f = tmp.resolve("in/nowhere.txt");
        assertFailed(importOne(f), f, "does not exist");
    }

    @Test
    void folderWithBadAndGoodFilesImportsTheGoodOnesAndReportsEachBadOne() throws Exception {
        Path good1 = write("a-good.txt", article("parks").getBytes(StandardCharsets.UTF_8));
        Path empty = write("b-empty.txt", new byte[0]);
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Path binary = write("c-noise.txt", noise);
        byte[] pdf = TestPdfs.article(null, null, null, null, List.of("A headline for the test", PdfImporterTest.P1));
        Path cut = write("d-cut.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        Path cp1252 = write("e-cp1252.txt", article("piñatas").getBytes(Charset.forName("windows-1252")));
        StringBuilder big = new StringBuilder(article("bins"));
        while (big.length() < 70 * 1024) big.append("More words about bins. ");
        Path tooBig = write("f-big.txt", big.toString().getBytes(StandardCharsets.UTF_8));
        Path dup = write("g-duplicate-of-a.txt", article("parks").getBytes(StandardCharsets.UTF_8));
        Path ignored = write("h-picture.png", PNG_HEADER);

        ImportReport report = service.importPaths(List.of(tmp.resolve("in")), Progress.NONE);

        assertEquals(7, report.results().size(), "one line per text/pdf file, the .png is not picked up: " + report.results());
        assertTrue(report.results().stream().noneMatch(r -> r.path().equals(ignored)));
        assertEquals(ImportResult.Status.IMPORTED, only(report, good1).status());
        assertEquals(ImportResult.Status.IMPORTED, only(report, cp1252).status());
        assertFailed(report, empty, "is empty");
        assertFailed(report, binary, "binary data");
        assertFailed(report, cut, "is a damaged PDF");
        assertFailed(report, tooBig, "is too large");
        ImportResult d = only(report, dup);
        assertEquals(ImportResult.Status.DUPLICATE, d.status());
        assertEquals(only(report, good1).articleId(), d.articleId());
        assertEquals(2, repo.count(), "only the two good files are stored");
        assertEquals("2 imported, 1 already in the library, 4 failed", report.summary());
    }

    @Test
    void importingTheSameFileTwiceReportsDuplicate() throws Exception {
        Path f = write("once.txt", article("lights").getBytes(StandardCharsets.UTF_8));
        ImportResult first = only(importOne(f), f);
        ImportResult second = only(importOne(f), f);
        assertEquals(ImportResult.Status.IMPORTED, first.status());
        assertEquals(ImportResult.Status.DUPLICATE, second.status());
        assertEquals(first.articleId(), second.articleId());
        assertTrue(second.line().contains("already in the library as article " + first.articleId()), second.line());
        assertEquals(1, repo.count());
    }
}
