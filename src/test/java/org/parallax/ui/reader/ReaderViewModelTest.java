package org.parallax.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.ui.TestArticles;
import org.parallax.ui.common.ImmediateTaskRunner;
import org.parallax.model.ArticleMeta;
import org.parallax.model.DateSource;

class ReaderViewModelTest {
    @Test
    void bylineNamesOutletAuthorAndDate() {
        ArticleMeta m = new ArticleMeta("T", false, "Maria Keller", "The Coastal Herald", null, null,
                LocalDate.of(2023, 3, 4), DateSource.PAGE_METADATA, null, null, null, null);
        assertEquals("The Coastal Herald · by Maria Keller · 4 March 2023", ReaderViewModel.byline(m));
    }

    @Test
    void bylineSaysWhatIsUnknownOrDerived() {
        ArticleMeta m = new ArticleMeta("T", true, null, "Northern Daily", null, null, null, null, null, null, null, null);
        assertEquals("Northern Daily · (date unknown) · (title derived)", ReaderViewModel.byline(m));
    }

    @Test
    void anArticleDeletedElsewhereStaysShownAndSaysItIsGoneUntilAnotherIsOpened(@TempDir Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            long a = TestArticles.insert(ctx.articles(), TestArticles.harbourA());
            long b = TestArticles.insert(ctx.articles(), TestArticles.harbourB());
            ReaderViewModel vm = new ReaderViewModel(ctx.articles(), new ImmediateTaskRunner());
            vm.open(a);
            vm.markDeleted(b);
            assertFalse(vm.deletedProperty().get(), "another article's deletion leaves the open one alone");
            vm.markDeleted(a);
            assertTrue(vm.deletedProperty().get());
            assertTrue(vm.bylineProperty().get().startsWith(ReaderViewModel.DELETED), vm.bylineProperty().get());
            assertEquals(a, vm.getArticle().id(), "its text stays readable");
            vm.open(b);
            assertFalse(vm.deletedProperty().get(), "opening another article ends it");
            assertFalse(vm.bylineProperty().get().contains(ReaderViewModel.DELETED));
        }
    }
}
