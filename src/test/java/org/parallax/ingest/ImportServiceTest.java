package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/** Folder import: recursive, sorted, hidden files and unknown extensions skipped; the same text twice is one article. */
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
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
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
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
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
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
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
}
