package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output rule on real files: a failed write leaves the old file whole, and the library's names are recognised. */
class OutputTargetTest {
    @TempDir
    Path dir;

    private Path library() throws IOException {
        Path lib = dir.resolve("library.db");
        Files.writeString(lib, "not really SQLite, but a file to protect");
        return lib;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTempFile() throws Exception {
        Path lib = library();
        Path out = dir.resolve("report.md");
        Files.writeString(out, "the old report");
        OutputTarget t = OutputTarget.file(out, lib, true);
        IOException e = assertThrows(IOException.class, () -> t.write(os -> {
            os.write("half of the new report".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("the old report", Files.readString(out));
        assertEquals(List.of("library.db", "report.md"), names(), "the temp file is gone");
        assertEquals("Cannot write " + out + ": No space left on device. The existing file is unchanged.", t.failure(e));
    }

    @Test
    void aFailureWrappedByTheCalendarExportersIsAnOrdinaryFailure() throws Exception {
        Path lib = library();
        Path out = dir.resolve("events.ics");
        Files.writeString(out, "BEGIN:VCALENDAR old");
        OutputTarget t = OutputTarget.file(out, lib, true);
        IOException e = assertThrows(IOException.class, () -> t.writeText(w -> {
            w.write("BEGIN:VCALENDAR new");
            throw new UncheckedIOException("Cannot write the calendar file", new IOException("No space left on device"));
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("BEGIN:VCALENDAR old", Files.readString(out));
        assertEquals(List.of("events.ics", "library.db"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadable() throws Exception {
        Path lib = library();
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw----"));
        OutputTarget.file(old, lib, true).writeText(w -> w.write("new"));
        assertEquals("new", Files.readString(old));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
        Path fresh = dir.resolve("sub/new.csv");
        OutputTarget t = OutputTarget.file(fresh, lib, false);
        t.createFolder();
        t.writeText(w -> {
            w.write("written, then closed by the body");
            w.close();
        });
        assertEquals("written, then closed by the body", Files.readString(fresh));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void theLibrarysOwnNamesAreKnownAndOthersAreNot() {
        for (String own : List.of("library.db", "library.db-wal", "library.db-shm", "library.db-journal", "library.db.lock",
                "library.db.instance", "library.db.v3-20260101-120000.bak", "library.db.v3-20260101-120000-2.bak", "Library.DB")) {
            assertTrue(OutputTarget.ownName("library.db", own), own);
        }
        for (String other : List.of("library.db.pdf", "library.md", "report.db", "library.db.bak.pdf", "library.db-wal.md")) {
            assertFalse(OutputTarget.ownName("library.db", other), other);
        }
    }

    @Test
    void aPathThatBecomesAFolderWhileWritingIsNotReplaced() throws Exception {
        Path lib = library();
        Path out = dir.resolve("swap.md");
        OutputTarget t = OutputTarget.file(out, lib, false);
        OutputTarget.Refused r = assertThrows(OutputTarget.Refused.class, () -> t.write(os -> {
            os.write(1);
            Files.createDirectory(out); // appears while the report is being written
        }));
        assertEquals(OutputTarget.Reason.NOT_A_FILE, r.reason());
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void aLibraryReachedThroughASymlinkedFolderIsStillTheLibrary() throws Exception {
        Path realDir = Files.createDirectories(dir.resolve("real"));
        Path lib = realDir.resolve("library.db");
        Files.writeString(lib, "x");
        Path linkDir = Files.createSymbolicLink(dir.resolve("via"), realDir);
        // the library opened by its linked spelling, the export named by the real one, and the other way round
        assertEquals(OutputTarget.Reason.LIBRARY, assertThrows(OutputTarget.Refused.class,
                () -> OutputTarget.file(realDir.resolve("library.db-wal"), linkDir.resolve("library.db"), true)).reason());
        assertEquals(OutputTarget.Reason.LIBRARY, assertThrows(OutputTarget.Refused.class,
                () -> OutputTarget.file(linkDir.resolve("library.db-shm"), lib, true)).reason());
        assertEquals(OutputTarget.Reason.LIBRARY, assertThrows(OutputTarget.Refused.class,
                () -> OutputTarget.folder(linkDir, lib)).reason());
    }
}
