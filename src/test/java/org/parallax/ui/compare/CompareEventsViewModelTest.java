package org.parallax.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.model.EventSource;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The compare window's events panel state on the shared sample pair, without the JavaFX toolkit. */
class CompareEventsViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    long a, b;
    CompareViewModel vm;

    @BeforeEach
    void setUp() {
        ctx = AppContext.open(dir.resolve("library.db"));
        long[] ids = CompareFixture.importPair(ctx);
        a = ids[0];
        b = ids[1];
        vm = new CompareViewModel(ctx.compare(), ctx.calendar(), ctx.annotations(), new ImmediateTaskRunner());
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private CompareViewModel.EventRow row(String when) {
        return vm.events().stream().filter(r -> r.when().equals(when)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + when + " in " + vm.events()));
    }

    @Test
    void listsTheEventsOfBothArticlesByDateWithTheSidesThatReportThem() {
        vm.open(a, b);
        CompareViewModel.EventRow visit = row("2023-03-06..2023-03-07");
        assertEquals("both", visit.reportedBy());
        assertEquals("Visit", visit.kind());
        assertTrue(visit.whoWhere().contains("Landberg"), visit.whoWhere());
        assertEquals("both", row("2023-02-16..2023-02-17").reportedBy());
        List<java.time.LocalDate> starts = vm.events().stream().map(r -> r.event().when().start()).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "grouped by date: in start order");
        assertTrue(vm.eventsStatusProperty().get().endsWith("events"), vm.eventsStatusProperty().get());
    }

    @Test
    void clickingAnEventScrollsBothPanesToItsSentences() {
        vm.open(a, b);
        CompareViewModel.EventRow visit = row("2023-03-06..2023-03-07");
        vm.showEvent(visit);
        CompareViewModel.ScrollTarget t = vm.scrollTargetProperty().get();
        assertNotNull(t.left());
        assertNotNull(t.right());
        CompareLayout l = vm.layoutProperty().get();
        String leftText = l.left().document().text().substring(t.left().start(), t.left().end());
        String rightText = l.right().document().text().substring(t.right().start(), t.right().end());
        // the headline's source sits in the hidden title block, so the pane shows the first sentence it does hold
        assertTrue(sentencesOf(visit, a).contains(norm(leftText)), leftText + " not among " + sentencesOf(visit, a));
        assertTrue(sentencesOf(visit, b).contains(norm(rightText)), rightText + " not among " + sentencesOf(visit, b));

        vm.swap();
        vm.showEvent(visit);
        CompareViewModel.ScrollTarget swapped = vm.scrollTargetProperty().get();
        assertEquals(t.left(), swapped.right(), "after a swap, A's sentence is on the right");
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static List<String> sentencesOf(CompareViewModel.EventRow row, long article) {
        return row.event().sources().stream().filter(s -> s.articleId() == article).map(s -> norm(s.sentenceText())).toList();
    }

    @Test
    void openedForTwoSourcesItScrollsToThemOnceCompared() {
        CompareViewModel first = new CompareViewModel(ctx.compare(), ctx.calendar(), ctx.annotations(),
                new ImmediateTaskRunner());
        first.open(a, b);
        List<EventSource> sources = first.events().stream().filter(r -> r.reportedBy().equals("both")).findFirst()
                .orElseThrow().event().sources();

        assertNull(vm.scrollTargetProperty().get());
        vm.focusOnOpen(sources);
        vm.open(a, b);
        assertNotNull(vm.scrollTargetProperty().get().left());
        assertNotNull(vm.scrollTargetProperty().get().right());
    }

    @Test
    void theMainWindowOpensCompareWindowsWithTheEventsAndTheSentencesToShow() {
        org.parallax.ui.MainViewModel main = new org.parallax.ui.MainViewModel(org.parallax.ui.MainServices.of(ctx),
                new ImmediateTaskRunner(), org.parallax.app.Settings.load(dir.resolve("config")));
        vm.open(a, b);
        List<EventSource> sources = row("2023-03-06..2023-03-07").event().sources();
        main.compareAt(a, b, sources);
        CompareViewModel opened = main.compareRequestProperty().get().viewModel();
        opened.open(a, b);
        assertTrue(opened.events().stream().anyMatch(r -> r.when().equals("2023-03-06..2023-03-07")));
        assertNotNull(opened.scrollTargetProperty().get(), "scrolled to the sentences once compared");
    }
}
