package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.cli.Cli;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.Importers;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.testsupport.CliRun;
import org.parallax.testsupport.SharedData;

/**
 * Issue 14, class 11 (import side): odd inputs each get one line naming the file and the reason, nothing stored
 * before is lost or half-written, and the rest of the batch goes on. A full library (SQLite's own SQLITE_FULL through
 * {@code PRAGMA max_page_count}), HTML nested thousands deep, a FIFO and {@code /dev/zero}, an unreadable folder, an
 * image renamed {@code .html} and UTF-16 text, all made here or taken from the shared samples.
 */
class OddInputsTest {
    @TempDir
    Path tmp;

    private static String sample() throws IOException {
        return Files.readString(SharedData.sample("story1-outlet-a.txt"), StandardCharsets.UTF_8);
    }

    /** A distinct small article per {@code n}, built from the sample's own paragraphs. */
    private static String article(int n) throws IOException {
        List<String> paras = sample().lines().filter(l -> l.length() > 120).toList();
        return "Dispatch number " + n + " on the dialogue\n\n" + paras.get(n % paras.size()) + "\n\n"
                + paras.get((n + 1) % paras.size()) + " (report " + n + ")\n";
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    private static ImportResult only(ImportReport report, Path file) {
        List<ImportResult> rs = report.results().stream().filter(r -> r.path().equals(file)).toList();
        assertEquals(1, rs.size(), "exactly one report line for " + file + ": " + report.results());
        return rs.get(0);
    }

    /** The file failed with one line that names it and holds {@code reason}, and with no stack trace. */
    private static void assertFailedWith(ImportResult r, Path file, String reason) {
        assertEquals(ImportResult.Status.FAILED, r.status(), r.line());
        assertTrue(r.line().startsWith(file.toString() + ": "), r.line());
        assertTrue(r.message().contains(reason), "expected '" + reason + "' in: " + r.line());
        assertEquals(1, r.line().lines().count(), r.line());
        assertFalse(r.line().contains("Exception") || r.line().contains("\tat "), r.line());
    }

    private static long pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    @Test
    void aFullLibraryIsReportedAsFullAndKeepsWhatItHad() throws Exception {
        Path library = tmp.resolve("lib.db");
        try (Database db = Database.open(library)) {
            ArticleRepository repo = new ArticleRepository(db);
            ImportService service = new ImportService(repo, Importers.defaults(), ImportService.DEFAULT_MAX_BYTES, Clock.systemUTC());
            List<Path> first = new ArrayList<>();
            for (int i = 0; i < 3; i++) first.add(write("a" + i + ".txt", article(i).getBytes(StandardCharsets.UTF_8)));
            ImportReport before = service.importPaths(first, Progress.NONE);
            assertEquals(3, before.count(ImportResult.Status.IMPORTED), before.results().toString());
            List<String> texts = before.importedIds().stream().map(id -> repo.get(id).orElseThrow().text()).toList();

            // SQLite's own limit on the file's size: past it every write fails with SQLITE_FULL, as on a full disk
            long pages = pragma(db, "page_count");
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + (pages + 2));
                }
                return null;
            });
            StringBuilder big = new StringBuilder("A long report on the dialogue\n\n");
            for (int i = 0; big.length() < 400_000; i++) big.append(article(i + 10).replace('\n', ' ')).append("\n\n");
            Path large = write("b-large.txt", big.toString().getBytes(StandardCharsets.UTF_8));
            Path small = write("c-small.txt", article(40).getBytes(StandardCharsets.UTF_8));
            ImportReport full = service.importPaths(List.of(large, small), Progress.NONE);
            assertFailedWith(only(full, large), large, "the disk is full");

            // the small file goes on after the failure: stored if it fit in what was left, else refused the same way
            ImportResult next = only(full, small);
            if (next.status() == ImportResult.Status.FAILED) assertFailedWith(next, small, "the disk is full");
            assertEquals(next.status() == ImportResult.Status.IMPORTED ? 4 : 3, repo.count(), "nothing of the large file was stored");
            for (int i = 0; i < 3; i++) assertEquals(texts.get(i), repo.get(before.importedIds().get(i)).orElseThrow().text());
            assertEquals("ok", db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }));

            // with room again, the same connection imports: the failed transaction was ended cleanly
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            ImportReport after = service.importPaths(List.of(large), Progress.NONE);
            assertEquals(ImportResult.Status.IMPORTED, only(after, large).status(), after.results().toString());
        }
    }

    /** A page whose one paragraph sits {@code depth} elements of {@code tag} deep. */
    private static String nested(int depth, String tag, String paragraph) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>A page nested " + depth + " deep</title></head><body>");
        for (int i = 0; i < depth; i++) b.append('<').append(tag).append('>');
        b.append("<p>").append(paragraph).append("</p>");
        for (int i = 0; i < depth; i++) b.append("</").append(tag).append('>');
        return b.append("</body></html>").toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against the half-minute parse coming back, not a measurement
    void htmlNestedThousandsDeepImportsItsTextWithoutAStackTrace() throws Exception {
        String paragraph = sample().lines().filter(l -> l.length() > 120).findFirst().orElseThrow();
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (String tag : List.of("div", "span", "b", "section")) {
            for (int depth : new int[] {3_000, 5_000}) {
                files.add(write("deep-" + tag + "-" + depth + ".html",
                        nested(depth, tag, paragraph + " (page " + n++ + ")").getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path after = write("z-after.txt", article(7).getBytes(StandardCharsets.UTF_8));
        files.add(after);
        Path library = tmp.resolve("lib.db");
        List<String> args = new ArrayList<>(List.of("--json", "import"));
        files.forEach(f -> args.add(f.toString()));
        CliRun r = CliRun.on(library, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.err().contains("StackOverflowError") || r.err().contains("\tat "), r.err());
        JsonNode report = r.json();
        assertEquals(files.size(), report.get("imported").asInt(), r.out());
        try (Database db = Database.open(library)) {
            ArticleRepository repo = new ArticleRepository(db);
            for (JsonNode f : report.get("files")) {
                String text = repo.get(f.get("id").asLong()).orElseThrow().text();
                if (f.get("path").asText().endsWith(".html")) {
                    assertTrue(text.contains(paragraph), "the nested paragraph is kept: " + text);
                }
            }
        }
    }

    /** Makes a FIFO with the system's mkfifo; false where there is none (not a Unix). */
    private static boolean mkfifo(Path fifo) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFifoAndADeviceAreRefusedUpFrontAndTheRestImports() throws Exception {
        Path fifo = tmp.resolve("in").resolve("pipe.txt");
        Files.createDirectories(fifo.getParent());
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Path good = write("good.txt", article(3).getBytes(StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of("import", fifo.toString()));
        Path zero = Path.of("/dev/zero");
        boolean hasZero = Files.exists(zero);
        if (hasZero) args.add(zero.toString());
        args.add(good.toString());
        // a FIFO with no writer blocks whoever opens it, beyond the reach of an interrupt: run the import on its own thread
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.on(tmp.resolve("lib.db"), args.toArray(String[]::new)),
                "the import waited on the FIFO");
        assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
        List<String> errLines = r.err().strip().lines().toList();
        assertEquals(hasZero ? 2 : 1, errLines.size(), r.err());
        assertTrue(errLines.get(0).startsWith(fifo + ": ") && errLines.get(0).contains("not a regular file"), r.err());
        if (hasZero) assertTrue(errLines.get(1).startsWith(zero + ": ") && errLines.get(1).contains("not a regular file"), r.err());
        assertTrue(r.out().contains(good + ": imported as "), r.out());
    }

    @Test
    void aFileLongerThanItsReportedSizeIsReadOnlyToTheLimit() throws Exception {
        // the files under /proc report a size of 0 whatever they hold
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc here");
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            ImportService service = new ImportService(new ArticleRepository(db), Importers.defaults(), 64, Clock.systemUTC());
            assertFailedWith(service.importFile(status), status, "is too large (over the limit of 0.0 MB)");
        }
    }

    @Test
    void anUnreadableSubfolderIsOneLineAndTheRestOfTheFolderImports() throws Exception {
        Path in = tmp.resolve("in");
        Path a = write("a.txt", article(1).getBytes(StandardCharsets.UTF_8));
        Path locked = Files.createDirectories(in.resolve("b-locked"));
        Files.writeString(locked.resolve("hidden.txt"), article(2), StandardCharsets.UTF_8);
        Path c = write("c.txt", article(3).getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // root reads any folder: there the subfolder imports like the rest and there is no failure to see
            boolean unreadable = !Files.isReadable(locked);
            CliRun r = CliRun.on(tmp.resolve("lib.db"), "import", in.toString());
            assertTrue(r.out().contains(a + ": imported as "), r.out() + r.err());
            assertTrue(r.out().contains(c + ": imported as "), r.out() + r.err());
            if (unreadable) {
                assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
                assertEquals(List.of(locked + ": failed, is a folder that cannot be read: permission denied"), r.err().strip().lines().toList());
                assertTrue(r.out().contains("2 imported, 0 already in the library, 1 failed"), r.out());
            } else {
                assertEquals(0, r.code(), r.out() + r.err());
                assertTrue(r.out().contains("3 imported"), r.out());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) for (int y = 0; y < 48; y++) img.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), format);
        return out.toByteArray();
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(40, 740);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLine();
                    cs.newLine();
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void imagesAndArchivesUnderATextNameAreRefusedByWhatTheyAre() throws Exception {
        String page = "<html><head><title>Zipped</title></head><body><p>" + article(5) + "</p></body></html>";
        Path png = write("a-photo.html", image("png"));
        Path jpeg = write("b-photo.htm", image("jpeg"));
        Path gif = write("c-photo.md", image("gif"));
        Path zip = write("d-page.html", zip("page.html", page));
        Path gz = write("e-page.txt", gzip(page));
        Path good = write("f-good.html", page.getBytes(StandardCharsets.UTF_8));
        Path realPdf = write("g-report.pdf", pdf(List.of("Dialogue on counter-terrorism opens in Islamabad",
                "Pakistan and the United States will hold a comprehensive dialogue on counter-terrorism next week,",
                "the State Department said in a statement on Friday, to discuss shared threats and border security.")));
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            ImportService service = new ImportService(new ArticleRepository(db));
            ImportReport report = service.importPaths(List.of(tmp.resolve("in")), Progress.NONE);
            assertFailedWith(only(report, png), png, "is a PNG image (binary data), not an HTML page");
            assertFailedWith(only(report, jpeg), jpeg, "is a JPEG image (binary data), not an HTML page");
            assertFailedWith(only(report, gif), gif, "is a GIF image (binary data), not a Markdown file");
            assertFailedWith(only(report, zip), zip, "is a ZIP archive");
            assertFailedWith(only(report, gz), gz, "is a gzip-compressed file (binary data), not text");
            assertEquals(ImportResult.Status.IMPORTED, only(report, good).status(), report.results().toString());
            ImportResult p = only(report, realPdf);
            assertEquals(ImportResult.Status.IMPORTED, p.status(), p.line());
            assertEquals("pdf", new ArticleRepository(db).get(p.articleId()).orElseThrow().meta().format());
            assertEquals(2, new ArticleRepository(db).count());
        }
    }

    /** The sample as a small HTML page and as Markdown, so each importer meets UTF-16. */
    private static String asHtml(String text) {
        List<String> paras = text.lines().map(String::strip).filter(l -> l.length() > 60).toList();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-16\"><title>Pakistan-US dialogue</title></head>"
                + "<body><article><h1>Pakistan-US counterterrorism dialogue on March 6-7</h1>\n");
        for (String p : paras) b.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        return b.append("</article></body></html>\n").toString();
    }

    private static String asMarkdown(String text) {
        List<String> paras = text.lines().map(String::strip).filter(l -> l.length() > 60).toList();
        return "---\ntitle: Pakistan-US counterterrorism dialogue on March 6-7\nauthor: Wajid Ali Syed\n---\n\n"
                + String.join("\n\n", paras) + "\n";
    }

    private static byte[] encode(String text, Charset cs, boolean bom) {
        byte[] body = text.getBytes(cs);
        if (!bom) return body;
        byte[] mark = "\uFEFF".getBytes(cs);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void utf16TextWithAndWithoutAByteOrderMarkReadsLikeUtf8() throws Exception {
        String sample = sample();
        ImportService service;
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            service = new ImportService(new ArticleRepository(db));
            for (String[] kind : new String[][] {{"txt", sample}, {"md", asMarkdown(sample)}, {"html", asHtml(sample)}}) {
                String ext = kind[0];
                ArticleDraft utf8 = service.parse(write("utf8." + ext, kind[1].getBytes(StandardCharsets.UTF_8)));
                assertTrue(utf8.text().contains("Chollet met with Foreign Minister Bilawal Bhutto Zardari"), utf8.text());
                Object[][] variants = {{StandardCharsets.UTF_16LE, false}, {StandardCharsets.UTF_16BE, true},
                    {StandardCharsets.UTF_16LE, true}, {StandardCharsets.UTF_16BE, false}};
                for (Object[] v : variants) {
                    Charset cs = (Charset) v[0];
                    boolean bom = (Boolean) v[1];
                    Path f = write(cs.name() + (bom ? "-bom." : ".") + ext, encode(kind[1], cs, bom));
                    ArticleDraft d = service.parse(f);
                    assertEquals(utf8.text(), d.text(), f.toString());
                    assertEquals(utf8.meta().title(), d.meta().title(), f.toString());
                    assertEquals(utf8.blocks(), d.blocks(), f.toString());
                }
            }
            // stored, the UTF-16 file is the same article as the UTF-8 one
            Path u8 = tmp.resolve("in/utf8.txt");
            Path u16 = tmp.resolve("in/UTF-16LE.txt");
            ImportReport report = service.importPaths(List.of(u8, u16), Progress.NONE);
            assertEquals(ImportResult.Status.IMPORTED, only(report, u8).status());
            assertEquals(ImportResult.Status.DUPLICATE, only(report, u16).status(), report.results().toString());
            assertEquals(only(report, u8).articleId(), only(report, u16).articleId());
        }
    }
}
