package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.CliRun;

/**
 * Issue 14, classes 1 and 5 through the real command line: no export may write the library or one of its files in
 * any spelling, nor a folder, device or pipe, and an existing file only with {@code --force}.
 */
class OutputPathsTest {
    static final Path SAMPLES = SharedData.samples();
    static final List<String> FILE_EXPORTS = List.of("export-pdf", "export-md", "export-ics", "export-events-csv");

    @TempDir
    Path dir;
    Path library;

    CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    @BeforeEach
    void importSample() {
        library = dir.resolve("lib/library.db");
        CliRun r = cli("import", SAMPLES.resolve("story1-outlet-a.txt").toString());
        assertEquals(0, r.code(), r.err());
    }

    static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    /** Every spelling of the library or one of its files that an export could be pointed at. */
    private Map<String, Path> librarySpellings() throws IOException {
        Path libDir = library.getParent();
        Files.createDirectories(libDir.resolve("x"));
        Map<String, Path> s = new LinkedHashMap<>();
        s.put("same path", library);
        s.put("relative", Path.of("").toAbsolutePath().relativize(library));
        s.put("./x/../", libDir.resolve("./x/../library.db"));
        s.put("missing/../", libDir.resolve("missing/../library.db"));
        s.put("symlink", Files.createSymbolicLink(dir.resolve("link.db"), library));
        s.put("symlinked folder", Files.createSymbolicLink(dir.resolve("linkdir"), libDir).resolve("library.db"));
        s.put("hard link", Files.createLink(dir.resolve("hard.db"), library));
        s.put("-wal", libDir.resolve("library.db-wal"));
        s.put("-shm", libDir.resolve("library.db-shm"));
        s.put("other case", libDir.resolve("LIBRARY.DB-WAL"));
        s.put(".lock", libDir.resolve("library.db.lock"));
        s.put("backup", libDir.resolve("library.db.v3-20260101-120000.bak"));
        s.put("hard link to backup", dir.resolve("backup-link.db"));
        return s;
    }

    @Test
    void exportOntoTheLibraryInEverySpellingIsRefusedAndTheLibraryIsUnchanged() throws Exception {
        Map<String, Path> spellings = librarySpellings();
        Path backup = spellings.get("backup");
        Files.copy(library, backup);
        Files.createLink(spellings.get("hard link to backup"), backup);
        Files.writeString(spellings.get(".lock"), "");
        byte[] libraryHash = sha256(library);
        byte[] backupHash = sha256(backup);
        for (String command : FILE_EXPORTS) {
            for (Map.Entry<String, Path> e : spellings.entrySet()) {
                String what = command + " onto " + e.getKey() + " (" + e.getValue() + ")";
                CliRun r = cli(command, "--out", e.getValue().toString(), "--force");
                assertEquals(Cli.USAGE, r.code(), what + ": " + r.out() + r.err());
                assertEquals(1, r.err().lines().count(), what + ": one line: " + r.err());
                assertTrue(r.err().contains("library"), what + ": " + r.err());
                assertEquals("", r.out(), what);
            }
        }
        assertArrayEquals(libraryHash, sha256(library), "the library is unchanged");
        assertArrayEquals(backupHash, sha256(backup), "the backup is unchanged");
        assertEquals(0, cli("list").code(), "the library still opens");
        try (Stream<Path> s = Files.list(library.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp file left");
        }
    }

    @Test
    void annotationsAreNotWrittenIntoTheLibraryOrItsFolder() throws Exception {
        byte[] libraryHash = sha256(library);
        for (Path out : List.of(library, library.getParent(), library.getParent().resolve("x/.."),
                Files.createSymbolicLink(dir.resolve("linkdir"), library.getParent()))) {
            CliRun r = cli("export-annotations", "--format", "brat", "--out", out.toString());
            assertEquals(Cli.USAGE, r.code(), out + ": " + r.out() + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertArrayEquals(libraryHash, sha256(library));
        try (Stream<Path> s = Files.list(library.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".ann")), "nothing written beside the library");
        }
        CliRun ok = cli("export-annotations", "--format", "brat", "--out", dir.resolve("ann").toString());
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void aPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is missing: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        for (String command : FILE_EXPORTS) {
            CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli(command, "--out", fifo.toString(), "--force"));
            assertEquals(Cli.USAGE, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("special file"), r.err());
        }
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "still the pipe");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports.pdf"));
        for (String command : FILE_EXPORTS) {
            CliRun r = cli(command, "--out", folder.toString(), "--force");
            assertEquals(Cli.USAGE, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("is a folder"), r.err());
        }
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        for (String command : FILE_EXPORTS) {
            Path out = dir.resolve("old-" + command);
            Files.writeString(out, "keep me");
            CliRun refused = cli(command, "--out", out.toString());
            assertEquals(Cli.USAGE, refused.code(), command);
            assertEquals(out + " already exists. Give --force to replace it.", refused.err().strip());
            assertEquals("keep me", Files.readString(out));
            CliRun forced = cli(command, "--out", out.toString(), "--force");
            assertEquals(0, forced.code(), command + ": " + forced.err());
            assertFalse(Files.readString(out, StandardCharsets.ISO_8859_1).contains("keep me"), command);
            assertTrue(Files.size(out) > 0, command);
        }
    }

    @Test
    void aSymlinkIsWrittenThroughToItsTarget() throws Exception {
        for (String command : FILE_EXPORTS) {
            Path target = dir.resolve("real/target-" + command);
            Files.createDirectories(target.getParent());
            Path link = Files.createSymbolicLink(dir.resolve("link-" + command), target);
            CliRun r = cli(command, "--out", link.toString());
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(Files.isSymbolicLink(link), "the link stays a link");
            assertTrue(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS), command + " wrote the target");
            assertTrue(Files.size(target) > 0);
            assertEquals(Cli.USAGE, cli(command, "--out", link.toString()).code(), "the target now exists");
            assertEquals(0, cli(command, "--out", link.toString(), "--force").code());
            assertTrue(Files.isSymbolicLink(link), "replacing goes through the link too");
        }
    }

    @Test
    void aMissingFolderIsOneLineNamingIt() {
        Path out = dir.resolve("no-such-folder/events.csv");
        CliRun r = cli("export-events-csv", "--out", out.toString());
        assertEquals(Cli.FAILED, r.code());
        assertEquals("Cannot write " + out + ": the folder " + out.getParent() + " does not exist.", r.err().strip());
    }

    @Test
    void aSymlinkLoopIsRefused() throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CliRun r = cli("export-md", "--out", a.toString());
        assertEquals(Cli.USAGE, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
