package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/** The fictional sample pair shipped in resources/samples imports cleanly, read from the classpath as the app would. */
class BundledSamplesTest {
    @TempDir
    Path tmp;

    private Path copy(String name) throws Exception {
        try (InputStream in = BundledSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            assertNotNull(in, "sample on the classpath: " + name);
            Path f = tmp.resolve(name);
            Files.write(f, in.readAllBytes());
            return f;
        }
    }

    private static List<String> texts(Article a, BlockType type) {
        return a.blocks(type).stream().map(b -> b.textIn(a.text())).toList();
    }

    @Test
    void bothSamplesImportWithTheirMetadata() throws Exception {
        Path a = copy("visit-outlet-a.txt");
        Path b = copy("visit-outlet-b.txt");
        try (Database db = Database.open(tmp.resolve("lib.db"))) {
            ArticleRepository repo = new ArticleRepository(db);
            ImportReport report = new ImportService(repo).importPaths(List.of(a, b), Progress.NONE);
            assertEquals(2, report.count(ImportResult.Status.IMPORTED), report.results().toString());

            Article va = repo.get(report.importedIds().get(0)).orElseThrow();
            assertEquals("Valdoria's foreign minister to visit Halvik on June 14-15", va.title());
            assertFalse(va.meta().titleDerived());
            assertEquals("Jonas Feldt", va.meta().author());
            assertEquals(LocalDate.of(2025, 6, 6), va.meta().published());
            assertEquals(DateSource.FILE_HEADER, va.meta().publishedSource());
            assertEquals("World", va.meta().section());
            assertEquals("SARNEC", va.meta().dateline());
            assertEquals(1, va.blocks(BlockType.CAPTION).size());
            assertEquals(List.of("‘A new chapter for the strait’"), texts(va, BlockType.HEADING));
            assertEquals(1, va.blocks(BlockType.RELATED).size());
            assertFalse(va.bodyText().contains("Harbour strike"));
            assertEquals(8, va.blocks(BlockType.PARAGRAPH).size());

            Article vb = repo.get(report.importedIds().get(1)).orElseThrow();
            assertTrue(vb.meta().titleDerived());
            assertTrue(vb.title().startsWith("Foreign Minister Ilse Marren is set to visit Norvenia"), vb.title());
            assertNull(vb.meta().published());
            assertEquals(DateSource.NONE, vb.meta().publishedSource());
            assertEquals("SARNEC", vb.meta().dateline());
            assertEquals(1, vb.blocks(BlockType.CAPTION).size());
            assertEquals(List.of("Fisheries deal in sight"), texts(vb, BlockType.HEADING));
            assertTrue(vb.blocks(BlockType.RELATED).isEmpty());
            assertEquals(8, vb.blocks(BlockType.PARAGRAPH).size());

            assertEquals(2, repo.search("Marren", 10).size(), "both versions are found by the minister's name");
        }
    }
}
