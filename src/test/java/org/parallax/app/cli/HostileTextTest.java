package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.CliRun;

/**
 * The command line on inputs a careful tester tries (issue 14): valid FTS5 queries mixing words and prefixes, titles
 * carrying terminal escape sequences, and a library holding enum names from a newer version.
 */
class HostileTextTest {
    /** Clears the screen, then asks the terminal to put "echo hi" on the clipboard (OSC 52), then rings the bell. */
    static final String ESCAPES = "\u001B[2J\u001B]52;c;ZWNobyBoaQ==\u0007\u009B31m";

    @TempDir
    Path dir;
    Path library;

    @BeforeEach
    void setUp() {
        library = dir.resolve("library.db");
    }

    CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    private void importSamples() {
        CliRun r = cli("import", SharedData.sample("story1-outlet-a.txt").toString(),
                SharedData.sample("story1-outlet-b.txt").toString());
        assertEquals(0, r.code(), r.err());
    }

    // ---- class 7: every query FTS5 accepts -----------------------------------------------------------------

    @Test
    void wordsAndPrefixesTogetherAndPrefixesInNearAreSearched() throws Exception {
        importSamples();
        for (String q : List.of("Chollet visit*", "counter* dialogue", "NEAR(deleg* Pakist*)", "Islamabad AND visit* OR nothing*",
                "visit* Chollet NOT zzz", "body: counter* dialogue")) {
            CliRun r = cli("--json", "search", q);
            assertEquals(0, r.code(), q + ": " + r.err());
            assertTrue(r.json().get("count").asInt() > 0, q + " finds the samples");
        }
        // the third probe: accepted, whatever it matches here
        CliRun near = cli("search", "NEAR(tr* ta*)");
        assertEquals(0, near.code(), near.err());
        JsonNode none = cli("--json", "search", "NEAR(zzq* zzr*)").json();
        assertEquals(0, none.get("count").asInt());
    }

    @Test
    void aQueryFts5RejectsIsStillOneLineAndExit2() {
        importSamples();
        for (String q : List.of("visit* (Chollet OR Landberg)", "NEAR(", "Chollet AND", "\"visit*")) {
            CliRun r = cli("search", q);
            assertEquals(2, r.code(), q);
            assertEquals(1, r.err().lines().count(), q + ": " + r.err());
            assertTrue(r.err().contains("could not be understood"), r.err());
        }
    }

    // ---- class 10: no terminal escapes from imported text --------------------------------------------------

    /** An HTML page whose title holds escape sequences (ESC and BEL as character references, CSI raw in UTF-8). */
    private Path hostilePage() throws Exception {
        String title = "Talks open" + ESCAPES.replace("\u001B", "&#27;").replace("\u0007", "&#7;");
        Path page = dir.resolve("hostile.html");
        Files.writeString(page, "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>Delegates met on Monday by the lake to discuss the water treaty and its renewal.</p>"
                + "<p>The talks continue on Tuesday with the ministers of both countries present.</p></article></body></html>");
        return page;
    }

    private static void assertNoControls(String what, String text) {
        for (char c : text.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            assertFalse(control, what + " writes control character U+" + Integer.toHexString(c) + ": " + text);
        }
    }

    @Test
    void titlesWithEscapeSequencesReachNoCommandsOutputRaw() throws Exception {
        CliRun imported = cli("import", hostilePage().toString());
        assertEquals(0, imported.code(), imported.err());
        assertNoControls("import", imported.out() + imported.err());
        assertTrue(imported.out().contains("Talks open" + Text.REPLACEMENT + "[2J"), imported.out());

        for (String[] command : List.of(new String[] {"list"}, new String[] {"show", "1"}, new String[] {"search", "lake"})) {
            CliRun r = cli(command);
            assertEquals(0, r.code(), r.err());
            assertNoControls(command[0], r.out() + r.err());
            assertTrue(r.out().contains(Text.REPLACEMENT + "]52;c;ZWNobyBoaQ=="), command[0] + ": " + r.out());
        }
    }

    @Test
    void jsonKeepsTheTitleExactlyButEscaped() throws Exception {
        cli("import", hostilePage().toString());
        CliRun r = cli("--json", "list");
        assertEquals(0, r.code(), r.err());
        assertNoControls("list --json", r.out());
        String title = r.json().get("articles").get(0).get("title").asText();
        assertEquals("Talks open" + ESCAPES, title, "the value read back is the stored title");
        assertTrue(r.out().contains("\\u001B[2J") && r.out().contains("\\u009B"), r.out());
    }

    // ---- class 11: enum names from a newer version ---------------------------------------------------------

    @Test
    void enumNamesFromANewerVersionDoNotStopListOrShow() throws Exception {
        importSamples();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE block SET type = 'SIDEBAR' WHERE article_id = 1 AND seq = 1"));
            assertEquals(1, s.executeUpdate("UPDATE article SET published_source = 'SATELLITE' WHERE id = 1"));
            // the driver counts the entity change log's row (a trigger) too
            assertTrue(s.executeUpdate("INSERT INTO entity (type, name) VALUES ('WEAPON', 'Trebuchet')") >= 1);
        }
        CliRun list = cli("list");
        assertEquals(0, list.code(), list.err());
        CliRun show = cli("show", "1");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("PARAGRAPH") || show.out().toLowerCase().contains("paragraph"), show.out());
        assertFalse((list.err() + show.err()).contains("\tat "), "no stack trace");
        CliRun entities = cli("--json", "entities");
        assertEquals(0, entities.code(), entities.err());
        assertTrue(entities.out().contains("Trebuchet") && entities.out().contains("MISC"), entities.out());
    }
}
