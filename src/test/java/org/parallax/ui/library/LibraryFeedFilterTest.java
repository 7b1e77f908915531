package org.parallax.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.model.ArticleSummary;
import org.parallax.ui.TestArticles;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The library list shown for one feed (under the text filter), and links pasted into it. */
class LibraryFeedFilterTest {
    @TempDir
    Path dir;
    AppContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) ctx.close();
    }

    @Test
    void aFeedsArticlesAreListedUnderTheTextFilterAndPastedLinksGoToTheImporter() {
        ctx = AppContext.open(dir.resolve("library.db"));
        long a = TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        long b = TestArticles.insert(ctx.articles(), TestArticles.harbourB());
        LibraryViewModel vm = new LibraryViewModel(ctx.articles(), ctx.notes(), ctx.entities(), new ImmediateTaskRunner(),
                id -> { }, (id, s, e) -> { });
        vm.refresh();
        assertEquals(2, vm.visibleArticles().size());
        vm.showOnly(Set.of(b));
        assertEquals(List.of(b), vm.visibleArticles().stream().map(ArticleSummary::id).toList());
        assertEquals("1 of 2 articles", vm.countTextProperty().get());
        vm.filterProperty().set("minister");
        assertTrue(vm.visibleArticles().isEmpty(), "both the feed and the words must match");
        vm.showOnly(null);
        assertEquals(List.of(a), vm.visibleArticles().stream().map(ArticleSummary::id).toList());

        List<String> pasted = new ArrayList<>();
        assertFalse(vm.paste("https://example.org/x"), "no importer yet: nothing happens");
        vm.setLinkImporter(t -> pasted.add(t));
        assertTrue(vm.paste("https://example.org/x"));
        assertFalse(vm.paste(null));
        assertEquals(List.of("https://example.org/x"), pasted);
    }
}
