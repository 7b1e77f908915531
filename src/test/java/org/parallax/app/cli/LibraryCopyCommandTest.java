package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.CliRun;
import org.parallax.testsupport.SharedData;

/** {@code library copy} on real library files: text and JSON reports, the default source, refusals and usage. */
class LibraryCopyCommandTest {
    @TempDir
    Path dir;
    Path library;

    @BeforeEach
    void importSamples() {
        library = dir.resolve("library.db");
        CliRun r = CliRun.on(library, "import", SharedData.sample("story1-outlet-a.txt").toString(),
                SharedData.sample("story1-outlet-b.txt").toString());
        assertEquals(Cli.OK, r.code(), r.err());
    }

    @Test
    void copiesTheLibraryNamedByLibraryAndReportsEachTable() throws Exception {
        Path copy = dir.resolve("copy.db");
        CliRun r = CliRun.on(library, "library", "copy", "--to", copy.toString(), "--json");
        assertEquals(Cli.OK, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("copied", j.get("status").asText());
        assertEquals(library.toString(), j.get("from").asText());
        assertEquals(copy.toString(), j.get("to").asText());
        JsonNode article = null;
        for (JsonNode t : j.get("tables")) {
            if (t.get("table").asText().equals("article")) article = t;
            assertEquals(64, t.get("sha256").asText().length());
        }
        assertEquals(2, article.get("rows").asLong());
        assertTrue(j.get("rows").asLong() > 2);
        assertTrue(j.has("millis"));

        CliRun list = CliRun.on(copy, "list", "--json");
        assertEquals(Cli.OK, list.code(), list.err());
        assertEquals(CliRun.on(library, "list", "--json").out(), list.out());
        assertEquals(CliRun.on(library, "search", "Pakistan", "--json").out(), CliRun.on(copy, "search", "Pakistan", "--json").out());
    }

    @Test
    void textReportNamesTablesTheCheckAndTheTime() {
        Path copy = dir.resolve("sub/copy.db");
        CliRun r = CliRun.bare("library", "copy", "--from", library.toString(), "--to", copy.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Copied " + library + " to " + copy + "\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  article +2")), r.out());
        assertTrue(r.out().contains("Check passed: row counts and SHA-256 content hashes match on all "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Time: \\d+\\.\\d s")), r.out());
        assertTrue(Files.isRegularFile(copy));
    }

    @Test
    void aTargetHoldingALibraryIsRefusedInOneLine() throws Exception {
        CliRun r = CliRun.bare("library", "copy", "--from", library.toString(), "--to", library.toString());
        assertEquals(Cli.FAILED, r.code());
        assertEquals(1, r.err().lines().count(), r.err());

        Path other = dir.resolve("other.db");
        assertEquals(Cli.OK, CliRun.bare("library", "copy", "--from", library.toString(), "--to", other.toString()).code());
        CliRun again = CliRun.bare("library", "copy", "--from", library.toString(), "--to", other.toString(), "--json");
        assertEquals(Cli.FAILED, again.code());
        assertEquals("Library " + other + " is not empty (table article has 2 rows): a copy goes into a new file or an empty database;"
                + " nothing was copied.", again.err().strip());
        assertEquals("failed", again.json().get("status").asText());
        assertFalse(Files.exists(dir.resolve("other.db.partial")));
    }

    @Test
    void aServerAddressWithAPasswordIsRefusedBeforeAnythingHappens() {
        CliRun r = CliRun.bare("library", "copy", "--from", library.toString(), "--to", "postgresql://me:secret@127.0.0.1/lib");
        assertEquals(Cli.FAILED, r.code());
        assertFalse(r.err().contains("secret"), r.err());
        assertTrue(r.err().contains("~/.pgpass"), r.err());
    }

    @Test
    void theGroupAloneAndAMissingTargetAreBadUsage() {
        assertEquals(Cli.USAGE, CliRun.bare("library").code());
        CliRun r = CliRun.bare("library", "copy", "--from", library.toString());
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().contains("--to"), r.err());
    }
}
