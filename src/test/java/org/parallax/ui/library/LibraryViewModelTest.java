package org.parallax.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateSource;
import org.parallax.model.SearchHit;
import org.parallax.ui.TestArticles;
import org.parallax.ui.common.ImmediateTaskRunner;

class LibraryViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    LibraryViewModel vm;
    final List<Long> opened = new ArrayList<>();
    final List<int[]> openedAt = new ArrayList<>();
    long a;
    long b;

    @BeforeEach
    void setUp() {
        ctx = AppContext.open(dir.resolve("library.db"));
        a = TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        b = TestArticles.insert(ctx.articles(), TestArticles.harbourB());
        vm = new LibraryViewModel(ctx.articles(), ctx.notes(), ctx.entities(), new ImmediateTaskRunner(), opened::add,
                (id, start, end) -> openedAt.add(new int[] {(int) id, start, end}));
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void countsNothingUntilTheFirstListIsRead() {
        LibraryViewModel fresh = new LibraryViewModel(ctx.articles(), ctx.notes(), ctx.entities(), new ImmediateTaskRunner(),
                id -> { }, (id, start, end) -> { });
        assertFalse(fresh.loadedProperty().get());
        assertEquals("", fresh.countTextProperty().get());
        fresh.refresh();
        assertTrue(fresh.loadedProperty().get());
        assertEquals("2 articles", fresh.countTextProperty().get());
    }

    @Test
    void listsEveryArticleDatedFirst() {
        assertEquals(List.of(a, b), vm.visibleArticles().stream().map(ArticleSummary::id).toList());
        assertEquals("2 articles", vm.countTextProperty().get());
    }

    @Test
    void filterMatchesTitleOutletAndAuthor() {
        vm.filterProperty().set("northern");
        assertEquals(List.of(b), vm.visibleArticles().stream().map(ArticleSummary::id).toList());
        assertEquals("1 of 2 articles", vm.countTextProperty().get());
        vm.filterProperty().set("KELLER");
        assertEquals(List.of(a), vm.visibleArticles().stream().map(ArticleSummary::id).toList());
        vm.filterProperty().set("bridge herald");
        assertEquals(List.of(a), vm.visibleArticles().stream().map(ArticleSummary::id).toList());
        vm.filterProperty().set("");
        assertEquals(2, vm.visibleArticles().size());
    }

    /** Issue 14: a word in 126 articles was reported as "100 articles match" (the list's limit), not the true count. */
    @Test
    void searchReportsTheTrueNumberOfMatchesBeyondTheListsLimit() {
        for (int i = 0; i < 124; i++) {
            ArticleDraft d = TestArticles.harbourA();
            ctx.articles().insert(new ArticleDraft(d.meta(), d.text(), d.blocks()), "copy-" + i, java.time.Instant.now());
        }
        vm.queryProperty().set("overrun");
        assertEquals(LibraryViewModel.SEARCH_LIMIT, vm.results().size());
        assertEquals("126 articles match; showing the best 100.", vm.searchMessageProperty().get());
    }

    @Test
    void searchFindsArticlesWithMarkedSnippets() {
        vm.queryProperty().set("overrun");
        assertTrue(vm.searchActiveProperty().get());
        assertEquals(2, vm.results().size());
        assertEquals("2 articles match.", vm.searchMessageProperty().get());
        SearchHit hit = vm.results().get(0);
        List<LibraryViewModel.SnippetRun> marked = LibraryViewModel.snippetRuns(hit.snippet()).stream()
                .filter(LibraryViewModel.SnippetRun::marked).toList();
        assertEquals("overrun", marked.get(0).text());
    }

    @Test
    void aBadQueryGivesAFriendlyMessageAndNoResults() {
        vm.queryProperty().set("overrun");
        vm.queryProperty().set("\"unclosed");
        assertTrue(vm.results().isEmpty());
        assertTrue(vm.searchMessageProperty().get().startsWith("The search could not be understood"),
                vm.searchMessageProperty().get());
    }

    @Test
    void aQueryWithoutMatchesSaysSo() {
        vm.queryProperty().set("zeppelin");
        assertTrue(vm.results().isEmpty());
        assertEquals("Nothing matches “zeppelin”.", vm.searchMessageProperty().get());
    }

    @Test
    void clearingTheSearchBringsBackTheList() {
        vm.queryProperty().set("bridge");
        vm.clearSearch();
        assertFalse(vm.searchActiveProperty().get());
        assertTrue(vm.results().isEmpty());
        assertEquals("", vm.searchMessageProperty().get());
    }

    @Test
    void openingSelectsAndHandsTheIdToTheReader() {
        vm.open(b);
        assertEquals(b, vm.selectedIdProperty().get());
        assertEquals(List.of(b), opened);
    }

    @Test
    void refreshShowsNewArticles() {
        long c = TestArticles.insert(ctx.articles(), new org.parallax.ingest.TextAssembler()
                .add(org.parallax.model.BlockType.PARAGRAPH, "A third story.")
                .build(new org.parallax.model.ArticleMeta("Third", false, null, null, null, null, null, null, null, null, null, null)));
        List<List<ArticleSummary>> seen = new ArrayList<>();
        vm.refresh(seen::add);
        assertEquals(3, vm.visibleArticles().size());
        assertTrue(vm.visibleArticles().stream().anyMatch(s -> s.id() == c));
        assertEquals(1, seen.size());
    }

    @Test
    void aLibraryThatCannotBeReadSaysWhy() {
        ctx.close();
        vm.refresh();
        assertTrue(vm.loadErrorProperty().get().startsWith("The library could not be read: Library "), vm.loadErrorProperty().get());
        assertTrue(vm.loadErrorProperty().get().endsWith("is closed"), vm.loadErrorProperty().get());
    }

    @Test
    void snippetRunsSplitAtTheMarkers() {
        String s = "before " + SearchHit.MARK_START + "hit" + SearchHit.MARK_END + " after\nmore";
        assertEquals(List.of(new LibraryViewModel.SnippetRun("before ", false), new LibraryViewModel.SnippetRun("hit", true),
                new LibraryViewModel.SnippetRun(" after more", false)), LibraryViewModel.snippetRuns(s));
    }

    @Test
    void aNoteIsFoundInTheNotesGroupAndOpensAtItsPassage() {
        ctx.annotations().notes().addPassageNote(a, 4, 12, "Reminds me of the quokka census.");
        ctx.annotations().notes().addArticleNote(b, "An unrelated remark.");
        vm.queryProperty().set("quokka");
        assertTrue(vm.results().isEmpty(), "a note's word is not an article hit: " + vm.results());
        assertEquals(1, vm.noteResults().size());
        LibraryViewModel.NoteResult r = vm.noteResults().get(0);
        assertEquals(ctx.articles().get(a).orElseThrow().title(), r.about());
        assertTrue(LibraryViewModel.snippetRuns(r.hit().snippet()).contains(new LibraryViewModel.SnippetRun("quokka", true)),
                r.hit().snippet());
        assertEquals("0 articles and 1 note match.", vm.searchMessageProperty().get());
        vm.openNote(r);
        assertEquals(1, openedAt.size());
        assertEquals(List.of((int) a, 4, 12), List.of(openedAt.get(0)[0], openedAt.get(0)[1], openedAt.get(0)[2]));
        assertEquals(a, vm.selectedIdProperty().get());
    }

    @Test
    void anArticleNoteOpensItsArticleAndABadQueryKeepsTheFriendlyMessage() {
        ctx.annotations().notes().addArticleNote(b, "Compare with the wombat story.");
        vm.queryProperty().set("wombat");
        assertEquals(1, vm.noteResults().size());
        vm.openNote(vm.noteResults().get(0));
        assertEquals(List.of(b), opened);
        vm.queryProperty().set("\"wombat");
        assertTrue(vm.noteResults().isEmpty());
        assertTrue(vm.searchMessageProperty().get().startsWith("The search could not be understood"),
                vm.searchMessageProperty().get());
    }

    private static ArticleSummary summary(long id, String title) {
        return new ArticleSummary(id, title, "Outlet", null, DateSource.NONE, null);
    }

    @Test
    void mergeChangesOnlyWhatChangedSoTheListKeepsItsSelection() {
        ObservableList<ArticleSummary> shown = FXCollections.observableArrayList(
                summary(5, "e"), summary(4, "d"), summary(3, "c"), summary(2, "b"), summary(1, "a"));
        ArticleSummary kept = shown.get(2);
        List<Integer> replacedAll = new ArrayList<>();
        shown.addListener((ListChangeListener<ArticleSummary>) c -> {
            while (c.next()) {
                if (c.getRemovedSize() == 5 || c.getAddedSize() >= 5) replacedAll.add(1);
            }
        });
        // another program added 7 and 6, deleted 4 and 1, and renamed 2
        List<ArticleSummary> fresh = List.of(summary(7, "g"), summary(6, "f"), summary(5, "e"), summary(3, "c"),
                summary(2, "b renamed"));
        LibraryViewModel.merge(shown, fresh);
        assertEquals(fresh, shown);
        assertSame(kept, shown.get(3), "an unchanged row stays the same object");
        assertTrue(replacedAll.isEmpty(), "the list was not replaced whole");

        LibraryViewModel.merge(shown, List.of(summary(2, "b renamed"), summary(7, "g")));
        assertEquals(List.of(summary(2, "b renamed"), summary(7, "g")), shown, "a moved row and deletions at the end");
        LibraryViewModel.merge(shown, List.of());
        assertTrue(shown.isEmpty());
    }
}
