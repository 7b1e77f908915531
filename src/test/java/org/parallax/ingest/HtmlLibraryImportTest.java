package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.SearchHit;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.testsupport.SharedData;

/** A real saved page goes through the import service into a real SQLite library and is found by search. */
class HtmlLibraryImportTest {
    @TempDir
    Path tmp;

    @Test
    void importsARealGuardianPageAndFindsItBySearch() {
        Path page = SharedData.path("html-pages/mozilla-readability-test-pages/guardian-1/source.html");
        try (Database db = Database.open(tmp.resolve("library.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            ImportService service = new ImportService(articles);

            ImportResult result = service.importFile(page);
            assertEquals(ImportResult.Status.IMPORTED, result.status(), result.line());

            Article stored = articles.get(result.articleId()).orElseThrow();
            // the Guardian's own og:title carries the author after a bar; the headline on the page does not
            assertEquals("'What is the sea telling us?': Māori tribes fearful over whale strandings", stored.title());
            assertEquals("html", stored.meta().format());
            assertEquals("Eleanor Ainge Roy", stored.meta().author());
            assertEquals("the Guardian", stored.meta().outlet());
            assertEquals(LocalDate.of(2019, 1, 3), stored.meta().published());
            assertEquals(DateSource.PAGE_METADATA, stored.meta().publishedSource());
            assertEquals(BlockType.TITLE, stored.blocks().get(0).type());

            List<SearchHit> hits = articles.search("whale strandings", 10);
            assertEquals(1, hits.size());
            assertEquals(result.articleId(), hits.get(0).articleId());
            // a word from deep in the body, not the title
            assertTrue(articles.search("Taranaki", 10).stream().anyMatch(h -> h.articleId() == result.articleId()));

            assertEquals(ImportResult.Status.DUPLICATE, service.importFile(page).status(),
                    "the same page imported again is the same article");
        }
    }
}
