package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/** Folder import: recursive, sorted, hidden files and unknown extensions skipped; the same text twice is one article. */
@Tag("contract")
class ImportServiceTest {
    @TempDir
    Path tmp;

    private static void write(Path f, String text) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void importsFolderRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("b.txt"), BadInputImportTest.article("bees"));
        write(in.resolve("a.md"), "# Ants march on\n\nThe ants marched across the square on Sunday, witnesses said.\n");
        write(in.resolve("sub/deeper/c.txt"), BadInputImportTest.article("cats"));
        write(in.resolve(".hidden.txt"), BadInputImportTest.article("secrets"));
        write(in.resolve("notes.docx"), "not picked up");
        try (Database db = TestLibrary.open(tmp.resolve("lib.db"))) {
            ArticleRepository repo = new ArticleRepository(db);
            ImportService service = new ImportService(repo);
            List<Path> files = service.expand(List.of(in));
            assertEquals(List.of(in.resolve("a.md"), in.resolve("b.txt"), in.resolve("sub/deeper/c.txt")), files);

            List<String> messages = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    messages.add(message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            ImportReport report = service.importPaths(List.of(in), progress);
            assertEquals(3, report.count(ImportResult.Status.IMPORTED), report.results().toString());
            assertEquals(files, report.results().stream().map(ImportResult::path).toList());
            assertEquals("Ants march on", report.results().get(0).title());
            assertEquals("markdown", repo.get(report.importedIds().get(0)).orElseThrow().meta().format());
            assertEquals("plaintext", repo.get(report.importedIds().get(1)).orElseThrow().meta().format());
            assertTrue(messages.get(messages.size() - 1).startsWith("Imported 3/3"), messages.toString());
            assertEquals(3, repo.count());
        }
    }

    @Test
    void sameTextInAnotherFileIsADuplicateEvenWithDifferentLineEnds() throws Exception {
        String text = BadInputImportTest.article("bridges");
        write(tmp.resolve("one.txt"), text);
        write(tmp.resolve("two.txt"), text.replace("\n", "\r\n") + "\n\n");
        try (Database db = TestLibrary.open(tmp.resolve("lib.db"))) {
            ArticleRepository repo = new ArticleRepository(db);
            ImportReport report = new ImportService(repo).importPaths(List.of(tmp.resolve("one.txt"), tmp.resolve("two.txt")), Progress.NONE);
            assertEquals(ImportResult.Status.IMPORTED, report.results().get(0).status());
            assertEquals(ImportResult.Status.DUPLICATE, report.results().get(1).status());
            assertEquals(report.results().get(0).articleId(), report.results().get(1).articleId());
            assertEquals(1, repo.count());
        }
    }

    @Test
    void cancellingStopsBetweenFiles() throws Exception {
        for (int k = 0; k < 3; k++) write(tmp.resolve("in/f" + k + ".txt"), BadInputImportTest.article("topic" + k));
        try (Database db = TestLibrary.open(tmp.resolve("lib.db"))) {
            ArticleRepository repo = new ArticleRepository(db);
            int[] calls = {0};
            Progress cancelAfterOne = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return calls[0]++ >= 1;
                }
            };
            ImportReport report = new ImportService(repo).importPaths(List.of(tmp.resolve("in")), cancelAfterOne);
            assertTrue(report.cancelled());
            assertEquals(1, report.results().size());
            assertEquals(1, repo.count());
        }
    }

    /**
     * Forty files parsed ahead and stored through the writer's queue: the report keeps file order, a text met twice
     * in one batch is one article (the second is a duplicate of the first), and a bad file in the middle costs only
     * itself. A cancel stops the rest, and reports exactly what was stored.
     */
    @Test
    void aLargeBatchKeepsFileOrderDuplicatesAndFailuresWhileParsingAhead() throws Exception {
        Path in = tmp.resolve("many");
        for (int i = 0; i < 40; i++) {
            String name = String.format("f%02d.txt", i);
            if (i == 17) write(in.resolve(name), "");
            else write(in.resolve(name), BadInputImportTest.article(i == 30 ? "topic 5" : "topic " + i));
        }
        try (Database db = TestLibrary.open(tmp.resolve("many.db"))) {
            ArticleRepository repo = new ArticleRepository(db);
            ImportReport report = new ImportService(repo).importPaths(List.of(in), Progress.NONE);
            assertEquals(40, report.results().size());
            for (int i = 0; i < 40; i++) assertEquals(String.format("f%02d.txt", i), report.results().get(i).path().getFileName().toString());
            assertEquals(ImportResult.Status.FAILED, report.results().get(17).status());
            assertEquals(ImportResult.Status.DUPLICATE, report.results().get(30).status());
            assertEquals(report.results().get(5).articleId(), report.results().get(30).articleId());
            assertEquals(38, report.count(ImportResult.Status.IMPORTED));
            assertEquals(38, repo.count());

            // cancel after the tenth file is handed over: what the report calls imported is what the library holds
            Path more = tmp.resolve("more");
            for (int i = 0; i < 40; i++) write(more.resolve(String.format("g%02d.txt", i)), BadInputImportTest.article("other " + i));
            int[] updates = {0};
            ImportReport cancelled = new ImportService(repo).importPaths(List.of(more), new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updates[0]++;
                }

                @Override
                public boolean isCancelled() {
                    return updates[0] > 10;
                }
            });
            assertTrue(cancelled.cancelled());
            long stored = cancelled.count(ImportResult.Status.IMPORTED);
            assertTrue(stored > 0 && stored < 40, stored + " imported");
            assertEquals(38 + stored, repo.count());
        }
    }
}
