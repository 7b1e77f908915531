package org.parallax.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AnnotationLibrary;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Issue 14, class 8: marking or noting an article that another process deleted fails with {@link ArticleGoneException}
 * naming it (the window turns it into "deleted by another program"; the command line prints its message), whether
 * the edit is queued from the window or called directly, and nothing is written.
 */
@Tag("contract")
class ArticleGoneTest {
    @TempDir
    Path dir;

    @Test
    void editsOnAnArticleDeletedElsewhereSayItIsGone() {
        try (AnnotationLibrary lib = new AnnotationLibrary(dir)) {
            int[] at = lib.find(lib.a, "Clinton White");
            int before = lib.service.annotations().accepted(lib.b).size();
            try (Database other = TestLibrary.open(lib.file)) {
                new ArticleRepository(other).delete(lib.a);
            }
            ArticleGoneException queued = assertThrows(ArticleGoneException.class,
                    () -> lib.service.submit(() -> lib.service.marks().mark(lib.a, at[0], at[1], "P")).await());
            assertEquals(lib.a, queued.articleId());
            assertEquals("There is no article " + lib.a + ". List articles with `parallax list`.", queued.getMessage(),
                    "the command line's message is unchanged");
            assertThrows(ArticleGoneException.class, () -> lib.service.notes().addPassageNote(lib.a, at[0], at[1], "why?"));
            assertThrows(ArticleGoneException.class, () -> lib.service.notes().addArticleNote(lib.a, "why?"));
            // the check inside the edit's transaction, for a delete that lands after the article was read
            assertThrows(ArticleGoneException.class, () -> lib.db.write(c -> {
                MarkWriter.requireArticle(c, lib.a);
                return null;
            }));
            lib.db.write(c -> {
                MarkWriter.requireArticle(c, lib.b);
                return null;
            });
            assertEquals(before, lib.service.annotations().accepted(lib.b).size());
            assertEquals(0, lib.service.notes().repository().forArticle(lib.a).size());
        }
    }
}
