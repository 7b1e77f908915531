package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.cli.Cli;
import org.parallax.store.Database;
import org.parallax.testsupport.SharedData;

/**
 * Issue 14, classes 2 and 11: several Parallax processes writing one library wait for each other instead of failing
 * with SQLITE_BUSY. Three command-line importers, a note writer and `nlp --wait` run at once as real child processes; every file
 * is stored exactly once, no note is lost and no recognition fails. Two processes creating one new library at once both succeed.
 */
class ConcurrentWritersTest {
    private static final int IMPORTERS = 3;
    private static final int FILES_EACH = 60;
    private static final int NOTES = 15;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void threeImportersANoteWriterAndRecognitionFinishWithoutAFailure() throws Exception {
        Path library = tmp.resolve("library.db");
        List<String> sentences = sentences();
        Path seed = tmp.resolve("seed.txt");
        Files.writeString(seed, article(sentences, 9, 0), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--library", library.toString(),
                "import", seed.toString()), err.toString());

        List<Path> folders = new ArrayList<>();
        for (int w = 0; w < IMPORTERS; w++) {
            Path folder = Files.createDirectories(tmp.resolve("in-" + w));
            for (int i = 0; i < FILES_EACH; i++) {
                Files.writeString(folder.resolve("dispatch-" + i + ".txt"), article(sentences, w, i), StandardCharsets.UTF_8);
            }
            folders.add(folder);
        }
        List<Child> importers = new ArrayList<>();
        for (Path folder : folders) {
            importers.add(Child.parallax(tmp, "--library", library.toString(), "import", folder.toString()));
        }
        Child notes = Child.start(tmp, NoteWriterMain.class.getName(), library.toString(), "1", String.valueOf(NOTES));
        // recognition writes mentions, entities and events while the importers and the note writer write too
        Child nlp = Child.withHeap(tmp, "1500m", "org.parallax.Parallax", "--library", library.toString(), "nlp", "--wait");
        for (Child c : importers) {
            int code = c.waitFor(120);
            String out = c.output();
            assertEquals(0, code, out);
            assertFalse(out.contains("BUSY") || out.contains("locked"), out);
        }
        assertEquals(0, notes.waitFor(120), notes.output());
        String nlpOut;
        assertEquals(0, nlp.waitFor(240), nlpOut = nlp.output());
        assertFalse(nlpOut.contains("BUSY") || nlpOut.contains("locked"), nlpOut);

        try (Database db = Database.open(library)) {
            assertEquals(1 + IMPORTERS * FILES_EACH, count(db, "SELECT count(*) FROM article"), "every file stored");
            assertEquals(1 + IMPORTERS * FILES_EACH, count(db, "SELECT count(DISTINCT source_path) FROM article"),
                    "each file stored once");
            assertEquals(NOTES, count(db, "SELECT count(*) FROM note WHERE article_id = 1"), "every note stored");
            assertEquals(1 + IMPORTERS * FILES_EACH, count(db, "SELECT count(*) FROM article_fts"), "every search row");
            assertEquals(0, count(db, "SELECT count(*) FROM nlp_state WHERE status = 'FAILED'"), "no recognition failed");
            assertTrue(count(db, "SELECT count(*) FROM nlp_state WHERE status = 'DONE'") >= 1, "recognition stored results");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void processesCreatingOneNewLibraryAtOnceAllSucceed() throws Exception {
        Path library = tmp.resolve("fresh/new.db");
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) children.add(Child.parallax(tmp, "--library", library.toString(), "--json", "list"));
        for (Child c : children) assertEquals(0, c.waitFor(90), c.output());
        try (Database db = Database.open(library)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
            assertEquals(0, count(db, "SELECT count(*) FROM article"));
        }
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The sentences of the two sample articles: real news prose to build many small distinct articles from. */
    static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("story1-outlet-a.txt", "story1-outlet-b.txt")) {
            for (String s : Files.readString(SharedData.sample(name), StandardCharsets.UTF_8).split("(?<=[.!?])\\s+")) {
                String t = s.strip().replaceAll("\\s+", " ");
                if (t.length() > 40 && t.endsWith(".")) out.add(t);
            }
        }
        assertTrue(out.size() >= 10, "the samples give enough sentences: " + out.size());
        return out;
    }

    /** Article {@code i} of writer {@code w}: a title and three paragraphs of sample sentences, unique by its marker. */
    static String article(List<String> sentences, int w, int i) {
        StringBuilder b = new StringBuilder("Dispatch " + w + "-" + i + " on the counter-terrorism dialogue\n\n");
        for (int k = 0; k < 3; k++) {
            b.append(sentences.get((i * 7 + k * 3 + w) % sentences.size())).append(' ')
                    .append(sentences.get((i * 5 + k * 11 + w * 2 + 1) % sentences.size())).append("\n\n");
        }
        return b.append("Filed as reference w").append(w).append("n").append(i).append(".\n").toString();
    }
}
