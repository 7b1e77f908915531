package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.CliRun;

/** Every command against a real library file, in text and JSON, with its exit codes. */
class CliTest {
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

    /** Stores an article the way an importer would: title block, then one paragraph per string. */
    long insert(String title, String outlet, LocalDate published, String... paragraphs) {
        StringBuilder text = new StringBuilder(title);
        List<Block> blocks = new ArrayList<>(List.of(new Block(BlockType.TITLE, 0, title.length())));
        for (String p : paragraphs) {
            text.append("\n\n");
            int start = text.length();
            text.append(p);
            blocks.add(new Block(BlockType.PARAGRAPH, start, text.length()));
        }
        ArticleMeta meta = new ArticleMeta(title, false, "Ann Writer", outlet, null, null, published,
                published == null ? DateSource.NONE : DateSource.FILE_HEADER, null, "/in/" + title + ".txt", "plaintext", "en");
        ArticleDraft draft = new ArticleDraft(meta, text.toString(), blocks);
        try (AppContext ctx = AppContext.open(library)) {
            return ctx.articles().insert(draft, ImportService.contentHash(draft.text()), Instant.parse("2026-01-02T03:04:05Z"));
        }
    }

    int count() {
        try (AppContext ctx = AppContext.open(library)) {
            return ctx.articles().count();
        }
    }

    // ---- list ---------------------------------------------------------------------------------------------

    @Test
    void listPrintsAlignedColumnsNewestFirst() {
        long old = insert("Talks open in Geneva", "Daily Planet", LocalDate.of(2023, 3, 4), "Delegates met.");
        long recent = insert("Talks end without a deal", "The Bugle", LocalDate.of(2023, 3, 9), "Delegates left.");
        long undated = insert("Undated note", null, null, "Text.");

        CliRun r = cli("list");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("ID"), lines.get(0));
        assertTrue(lines.get(1).startsWith(recent + " "), lines.get(1));
        assertTrue(lines.get(2).startsWith(old + " "), lines.get(2));
        assertTrue(lines.get(3).startsWith(undated + " "), lines.get(3));
        int outletColumn = lines.get(0).indexOf("OUTLET");
        assertEquals(outletColumn, lines.get(1).indexOf("The Bugle"));
        assertEquals(outletColumn, lines.get(2).indexOf("Daily Planet"));
        int dateColumn = lines.get(0).indexOf("PUBLISHED");
        assertEquals(dateColumn, lines.get(1).indexOf("2023-03-09"));
        assertTrue(lines.get(1).endsWith("file header"), lines.get(1));
        assertTrue(lines.get(3).endsWith("none"), lines.get(3));
    }

    @Test
    void listAsJsonGivesEveryFieldWithIsoDates() throws Exception {
        long id = insert("Talks open in Geneva", "Daily Planet", LocalDate.of(2023, 3, 4), "Delegates met.");
        insert("Undated note", null, null, "Text.");

        CliRun r = cli("list", "--json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = r.json();
        assertEquals(2, root.get("count").asInt());
        JsonNode first = root.get("articles").get(0);
        assertEquals(id, first.get("id").asLong());
        assertEquals("Talks open in Geneva", first.get("title").asText());
        assertEquals("Daily Planet", first.get("outlet").asText());
        assertEquals("Ann Writer", first.get("author").asText());
        assertEquals("2023-03-04", first.get("published").asText());
        assertEquals("FILE_HEADER", first.get("publishedSource").asText());
        JsonNode second = root.get("articles").get(1);
        assertTrue(second.has("outlet") && second.get("outlet").isNull(), "absent values are null, not missing");
        assertTrue(second.get("published").isNull());
        assertEquals("NONE", second.get("publishedSource").asText());
    }

    @Test
    void listOfANewLibrarySaysItIsEmpty() {
        CliRun r = cli("list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("The library is empty"), r.out());
        assertTrue(Files.isRegularFile(library), "the library is created on first use");
    }

    // ---- show ---------------------------------------------------------------------------------------------

    @Test
    void showPrintsMetadataThenBlocksThenText() {
        long id = insert("Talks open in Geneva", "Daily Planet", LocalDate.of(2023, 3, 4), "Delegates met on Monday.");

        CliRun r = cli("show", Long.toString(id));

        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Title:     Talks open in Geneva"), out);
        assertTrue(out.contains("Outlet:    Daily Planet"), out);
        assertTrue(out.contains("Published: 2023-03-04  (from file header)"), out);
        assertTrue(out.contains("TITLE      [0, 20)   Talks open in Geneva"), out);
        assertTrue(out.contains("PARAGRAPH  [22, 46)  Delegates met on Monday."), out);
        assertTrue(out.indexOf("Blocks (2):") < out.indexOf("Text:"));
        assertTrue(out.endsWith("Text:\nTalks open in Geneva\n\nDelegates met on Monday.\n"), out);
    }

    @Test
    void showAsJsonGivesBlocksWithOffsetsIntoTheText() throws Exception {
        long id = insert("Talks open in Geneva", "Daily Planet", LocalDate.of(2023, 3, 4), "Delegates met on Monday.");

        JsonNode a = cli("--json", "show", Long.toString(id)).json();

        assertEquals(id, a.get("id").asLong());
        assertEquals("Talks open in Geneva", a.get("title").asText());
        assertFalse(a.get("titleDerived").asBoolean());
        assertEquals("2023-03-04", a.get("published").asText());
        assertEquals("2026-01-02T03:04:05Z", a.get("importedAt").asText());
        assertEquals("plaintext", a.get("format").asText());
        assertEquals(64, a.get("contentHash").asText().length());
        String text = a.get("text").asText();
        JsonNode para = a.get("blocks").get(1);
        assertEquals("PARAGRAPH", para.get("type").asText());
        assertEquals("Delegates met on Monday.", text.substring(para.get("start").asInt(), para.get("end").asInt()));
        assertEquals("Delegates met on Monday.", para.get("text").asText());
    }

    @Test
    void showOfAnUnknownIdFailsWithAMessage() {
        CliRun r = cli("show", "42");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("There is no article 42"), r.err());
    }

    @Test
    void showOfANonNumericIdIsBadUsage() {
        CliRun r = cli("show", "abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("abc"), r.err());
    }

    // ---- search -------------------------------------------------------------------------------------------

    @Test
    void searchMarksMatchesWithBrackets() {
        long geneva = insert("Talks open in Geneva", "Daily Planet", LocalDate.of(2023, 3, 4), "Delegates met on Monday by the lake.");
        insert("Harvest report", "The Bugle", null, "Wheat prices rose in the spring.");

        CliRun r = cli("search", "lake");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertEquals(geneva + "  Talks open in Geneva  (Daily Planet)", lines.get(0));
        assertTrue(lines.get(1).contains("by the [lake]"), lines.get(1));
        assertFalse(r.out().contains("\u0002"), "no raw match markers");
    }

    @Test
    void searchAsJsonGivesAPlainSnippetWithMatchOffsets() throws Exception {
        long id = insert("Talks open in Geneva", "Daily Planet", null, "Delegates met on Monday by the lake.");

        CliRun r = cli("search", "--json", "delegates", "lake");

        assertEquals(0, r.code(), r.err());
        JsonNode root = r.json();
        assertEquals("delegates lake", root.get("query").asText());
        assertEquals(1, root.get("count").asInt());
        JsonNode hit = root.get("hits").get(0);
        assertEquals(id, hit.get("id").asLong());
        assertEquals("Daily Planet", hit.get("outlet").asText());
        assertTrue(hit.get("rank").isNumber());
        String snippet = hit.get("snippet").asText();
        assertFalse(snippet.contains("\u0002") || snippet.contains("["), snippet);
        List<String> matched = new ArrayList<>();
        for (JsonNode m : hit.get("matches")) matched.add(snippet.substring(m.get("start").asInt(), m.get("end").asInt()));
        assertEquals(List.of("Delegates", "lake"), matched);
    }

    @Test
    void searchLimitKeepsTheBestHits() throws Exception {
        for (int i = 0; i < 5; i++) insert("Report " + i, null, null, "The river flooded again, number " + i + ".");
        JsonNode root = cli("--json", "search", "--limit", "3", "river").json();
        assertEquals(3, root.get("count").asInt());
        assertEquals(3, root.get("hits").size());
    }

    @Test
    void searchSaysHowManyArticlesMatchWhenTheLimitShowsFewer() {
        for (int i = 0; i < 5; i++) insert("Report " + i, null, null, "The river flooded again, number " + i + ".");
        CliRun r = cli("search", "--limit", "3", "river");
        assertTrue(r.out().contains("(5 articles match: these are the best 3; --limit shows more.)"), r.out());
        assertFalse(cli("search", "--limit", "5", "river").out().contains("articles match"));
        CliRun json = cli("--json", "search", "--limit", "3", "river");
        assertTrue(json.out().contains("\"count\" : 3") && json.out().contains("\"matching\" : 5"), json.out());
    }

    @Test
    void searchWithNoHitsSaysSoAndSucceeds() {
        insert("Talks open in Geneva", null, null, "Delegates met.");
        CliRun r = cli("search", "volcano");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("No article matches volcano"), r.out());
    }

    @Test
    void searchWithBadSyntaxIsBadUsageWithAFriendlyMessage() {
        insert("Talks open in Geneva", null, null, "Delegates met.");
        CliRun r = cli("search", "\"unclosed");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("could not be understood (unterminated string)"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void searchLimitBelowOneIsBadUsage() {
        assertEquals(2, cli("search", "--limit", "0", "x").code());
    }

    // ---- delete -------------------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheArticleFromListAndSearch() {
        long id = insert("Talks open in Geneva", null, null, "Delegates met by the lake.");
        CliRun r = cli("delete", Long.toString(id));
        assertEquals(0, r.code(), r.err());
        assertEquals("Deleted article " + id + ".\n", r.out());
        assertEquals(0, count());
        assertTrue(cli("search", "lake").out().contains("No article matches"));
    }

    @Test
    void deleteAsJsonReportsTheOutcome() throws Exception {
        long id = insert("Talks open in Geneva", null, null, "Delegates met.");
        JsonNode root = cli("--json", "delete", Long.toString(id)).json();
        assertEquals(id, root.get("id").asLong());
        assertTrue(root.get("deleted").asBoolean());
    }

    @Test
    void deleteOfAnUnknownIdFails() {
        insert("Talks open in Geneva", null, null, "Delegates met.");
        CliRun r = cli("delete", "99");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("There is no article 99"), r.err());
        assertEquals(1, count());
    }

    // ---- import -------------------------------------------------------------------------------------------

    @Test
    void importOfAMissingFileFailsWithALineNamingIt() {
        Path missing = dir.resolve("no-such-article.txt");
        CliRun r = cli("import", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(missing + ": failed, does not exist"), r.err());
        assertEquals(0, count());
    }

    @Test
    void importAsJsonReportsEachFile() throws Exception {
        Path missing = dir.resolve("gone.txt");
        CliRun r = cli("import", "--json", missing.toString());
        assertEquals(1, r.code());
        JsonNode root = r.json();
        assertEquals(0, root.get("imported").asInt());
        assertEquals(1, root.get("failed").asInt());
        JsonNode file = root.get("files").get(0);
        assertEquals(missing.toString(), file.get("path").asText());
        assertEquals("failed", file.get("status").asText());
        assertTrue(file.get("id").isNull());
        assertEquals("does not exist", file.get("message").asText());
    }

    @Test
    void importOfATooLargeFileNamesTheLimit() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(300_000));
        CliRun r = cli("import", "--max-size", "1", big.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(big + ": failed, is too large (1.4 MB; the limit is 1.0 MB)"), r.err());
    }

    @Test
    void importWithoutAPathIsBadUsage() {
        CliRun r = cli("import");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("PATH"), r.err());
    }

    @Test
    void importWithANonPositiveMaxSizeIsBadUsage() {
        assertEquals(2, cli("import", "--max-size", "0", "x.txt").code());
    }

    @Test
    void importOfAnEmptyFolderFails() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun r = cli("import", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Found no article files"), r.err());
    }

    @Test
    void importsTheSampleStoryThenSkipsItAsADuplicate() throws Exception {
        Path sample = SharedData.sample("story1-outlet-a.txt");

        CliRun first = cli("import", sample.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith(sample + ": imported as 1 \""), first.out());
        assertEquals(1, count());

        JsonNode again = cli("--json", "import", sample.toString()).json();
        assertEquals(1, again.get("duplicates").asInt());
        assertEquals("duplicate", again.get("files").get(0).get("status").asText());
        assertEquals(1, again.get("files").get(0).get("id").asLong());
        assertTrue(cli("search", "counterterrorism").out().startsWith("1  "));
    }

    // ---- global options, usage and failures ----------------------------------------------------------------

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommandName() throws Exception {
        insert("Talks open in Geneva", null, null, "Delegates met.");
        JsonNode before = CliRun.bare("--json", "--library", library.toString(), "list").json();
        JsonNode after = CliRun.bare("list", "--library=" + library, "--json").json();
        assertEquals(1, before.get("count").asInt());
        assertEquals(before, after);
    }

    @Test
    void noCommandIsBadUsage() {
        CliRun r = CliRun.bare("--json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Name a command"), r.err());
        assertTrue(r.err().contains("Usage: parallax"), r.err());
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        CliRun r = CliRun.bare("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        CliRun r = CliRun.bare("--help");
        assertEquals(0, r.code());
        for (String c : List.of("import", "list", "show", "search", "delete")) {
            assertTrue(r.out().contains("\n  " + c + " "), c + " missing from\n" + r.out());
        }
        CliRun sub = CliRun.bare("search", "--help");
        assertEquals(0, sub.code());
        assertTrue(sub.out().contains("--limit=N"), sub.out());
    }

    @Test
    void versionIsDevWhenRunFromClasses() {
        CliRun r = CliRun.bare("--version");
        assertEquals(0, r.code());
        assertEquals("parallax dev", r.out().strip());
    }

    @Test
    void aFolderAsLibraryFailsWithOneLine() {
        CliRun r = CliRun.bare("--library", dir.toString(), "list");
        assertEquals(1, r.code());
        assertEquals("Library " + dir.toAbsolutePath() + " is not a file. Name a .db file with --library.", r.err().strip());
    }

    @Test
    void aLibraryFromANewerVersionFailsWithoutAStackTrace() throws Exception {
        insert("Talks open in Geneva", null, null, "Delegates met.");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        CliRun r = cli("list");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("was written by a newer version of Parallax"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void progressIsDrawnOnlyWhenStderrIsATerminal() {
        Path missing = dir.resolve("missing.txt");
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new Cli(true));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(1, cl.execute("--library", library.toString(), "import", missing.toString()));
        assertTrue(err.toString().contains("\rImporting 0/1: missing.txt"), err.toString());

        assertFalse(cli("import", missing.toString()).err().contains("\r"), "no progress when not a terminal");
    }
}
