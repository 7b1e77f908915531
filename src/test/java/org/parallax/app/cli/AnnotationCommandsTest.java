package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.NlpService;
import org.parallax.model.Annotation;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.testsupport.CliRun;

/** The annotation commands through the real command line, on a library holding the imported sample pair. */
@Tag("contract")
class AnnotationCommandsTest {
    @TempDir
    Path dir;
    private Path library;
    private long a;
    private long b;
    private int[] white;
    private int[] border;
    private long isis;
    private long entity;

    @BeforeEach
    void fill() {
        try (AnnotationLibrary lib = new AnnotationLibrary(dir)) {
            library = dir.resolve("library.db");
            a = lib.a;
            b = lib.b;
            white = lib.find(a, "Clinton White");
            border = lib.find(a, "border security");
            new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
            isis = lib.service.annotations().forArticle(b).stream().filter(x -> x.mention().text().equals("ISIS"))
                    .mapToLong(Annotation::id).findFirst().orElseThrow();
            entity = lib.service.entities().list().get(0).id();
        }
    }

    private CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    @Test
    void annotateMarksASpanWithANoteAndReportsBadInput() throws Exception {
        CliRun ok = cli("--json", "annotate", String.valueOf(a), "--start", String.valueOf(border[0]), "--end",
                String.valueOf(border[1]), "--type", "M", "--note", "check the **title**");
        assertEquals(0, ok.code(), ok.err());
        JsonNode json = ok.json();
        assertEquals("border security", json.get("text").asText());
        assertEquals("MISC", json.get("label").asText());
        assertEquals("MANUAL", json.get("origin").asText());
        assertEquals("check the **title**", json.get("note").get("text").asText());

        CliRun bad = cli("annotate", String.valueOf(a), "--start", "5", "--end", "9", "--type", "Weapon");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a type"), bad.err());
        CliRun needsDate = cli("annotate", String.valueOf(a), "--start", String.valueOf(border[0]), "--end",
                String.valueOf(border[1]), "--type", "D");
        assertEquals(1, needsDate.code());
        assertTrue(needsDate.err().contains("--date"), needsDate.err());
        CliRun dated = cli("annotate", String.valueOf(a), "--start", String.valueOf(border[0]), "--end",
                String.valueOf(border[1]), "--type", "D", "--date", "2023-03-06..2023-03-07");
        assertEquals(0, dated.code(), dated.err());
        assertTrue(dated.out().contains("2023-03-06..2023-03-07"), dated.out());
    }

    @Test
    void rejectHidesAnAutomaticMentionAndKnowsWhichArticleItIsIn() {
        assertEquals(1, cli("reject", String.valueOf(a), String.valueOf(isis)).code(), "ISIS is in article b");
        CliRun r = cli("reject", String.valueOf(b), String.valueOf(isis));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Rejected mention " + isis + " \"ISIS\""), r.out());
    }

    @Test
    void rejectWritesItsJsonKeysInOneOrder() throws Exception {
        CliRun r = cli("--json", "reject", String.valueOf(b), String.valueOf(isis));
        assertEquals(0, r.code(), r.err());
        // Map.of used to give a different key order from one JVM to the next
        assertEquals("{\n  \"articleId\" : " + b + ",\n  \"rejected\" : " + isis + "\n}", r.out().strip().replace("\r\n", "\n"));
        JsonNode json = r.json();
        assertEquals(List.of("articleId", "rejected"), iterable(json.fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void notesOnPassagesArticlesAndEntitiesAreListedAndSearched() throws Exception {
        assertEquals(0, cli("note", String.valueOf(a), "--start", String.valueOf(border[0]), "--end", String.valueOf(border[1]),
                "--text", "which border?").code());
        assertEquals(0, cli("note", String.valueOf(b), "--article", "--text", "no byline").code());
        assertEquals(0, cli("note", "--entity", String.valueOf(entity), "--text", "known figure").code());
        assertEquals(2, cli("note", String.valueOf(a), "--text", "where?").code(), "a target is required");

        JsonNode notes = cli("--json", "notes").json();
        assertEquals(3, notes.size());
        assertEquals("PASSAGE", notes.get(0).get("target").asText());
        assertEquals("border security", notes.get(0).get("quote").asText());
        CliRun text = cli("notes");
        assertTrue(text.out().contains("note 1  article " + a + " [" + border[0] + "," + border[1] + ") \"border security\": which border?"), text.out());
        JsonNode found = cli("--json", "notes", "--search", "byline").json();
        assertEquals(1, found.size());
        assertEquals("ARTICLE", found.get(0).get("target").asText());
    }

    @Test
    void mergeJoinsTwoEntities() throws Exception {
        CliRun first = cli("--json", "annotate", String.valueOf(a), "--start", String.valueOf(white[0]), "--end",
                String.valueOf(white[0] + 7), "--type", "P");
        assertEquals(0, first.code(), first.err());
        long clinton = first.json().get("entityId").asLong();
        CliRun second = cli("annotate", String.valueOf(a), "--start", String.valueOf(white[0]), "--end",
                String.valueOf(white[0] + 7), "--type", "P");
        assertEquals(2, second.code(), "already marked");
        assertTrue(second.err().contains("already marked"), second.err());
        CliRun m = cli("--json", "annotate", String.valueOf(b), "--start", String.valueOf(0), "--end", String.valueOf(11), "--type", "P");
        assertEquals(0, m.code(), m.err());
        long other = m.json().get("entityId").asLong();
        CliRun merged = cli("--json", "merge", String.valueOf(clinton), String.valueOf(other));
        assertEquals(0, merged.code(), merged.err());
        assertEquals(other, merged.json().get("merged").asLong());
        assertTrue(merged.json().get("aliases").toString().contains("Christopher"), merged.out());
        assertEquals(1, cli("merge", String.valueOf(clinton), String.valueOf(other)).code(), "the other one is gone");
    }

    @Test
    void exportThenImportAnnotationsThroughTheCommandLine() throws Exception {
        Path out = dir.resolve("brat");
        CliRun exp = cli("export-annotations", "--format", "brat", "--out", out.toString(), String.valueOf(a));
        assertEquals(0, exp.code(), exp.err());
        assertTrue(Files.exists(out.resolve("article-" + a + ".ann")));
        assertTrue(Files.notExists(out.resolve("article-" + b + ".ann")), "only the chosen article");
        assertEquals(2, cli("export-annotations", "--format", "xml", "--out", out.toString()).code());

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path otherLib;
        try (AnnotationLibrary lib = new AnnotationLibrary(other)) {
            otherLib = lib.file;
        }
        library = otherLib;
        CliRun imp = cli("--json", "import-annotations", "--format", "brat", "--in", out.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.json().get("spans").asInt() > 20, imp.out());
        CliRun none = cli("import-annotations", "--format", "w3c", "--in", dir.resolve("missing").toString());
        assertEquals(1, none.code());
    }

    @Test
    void reanchorMovesNotesToACorrectedReimport() throws Exception {
        assertEquals(0, cli("note", String.valueOf(a), "--start", String.valueOf(border[0]), "--end", String.valueOf(border[1]),
                "--text", "which border?").code());
        String text = Files.readString(org.parallax.nlp.SampleArticles.dir().resolve("story1-outlet-a.txt"));
        Path corrected = dir.resolve("corrected.txt");
        Files.writeString(corrected, text.replace("WASHINGTON: ", "WASHINGTON (Reuters): "));
        assertEquals(0, cli("import", corrected.toString()).code());
        long fresh = cli("--json", "list").json().findValues("id").stream().mapToLong(JsonNode::asLong).max().orElseThrow();
        CliRun r = cli("--json", "reanchor", String.valueOf(a), String.valueOf(fresh));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.json().get("notesAnchored").asInt());
        JsonNode note = cli("--json", "notes").json().get(0);
        assertEquals(fresh, note.get("articleId").asLong());
        assertEquals(border[0] + " (Reuters)".length(), note.get("start").asInt());
        assertEquals(2, cli("reanchor", String.valueOf(a), String.valueOf(a)).code());
    }
}
