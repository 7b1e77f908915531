package org.parallax.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.model.EntityType;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The compare view model on the shared sample pair in a real library, without the JavaFX toolkit. */
class CompareViewModelTest {
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
        vm.open(a, b);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void openShowsBothTitlesSimilarityAndAnOrderedListOfDifferences() {
        assertEquals(ctx.articles().get(a).orElseThrow().title(), vm.leftTitleProperty().get());
        assertEquals(ctx.articles().get(b).orElseThrow().title(), vm.rightTitleProperty().get());
        assertTrue(vm.similarityProperty().get().endsWith("% similar"), vm.similarityProperty().get());
        CompareLayout l = vm.layoutProperty().get();
        assertFalse(l.links().isEmpty());
        assertFalse(l.left().diffs().isEmpty(), "word differences on the left");
        int last = -1;
        for (CompareLayout.Difference d : l.differences()) {
            if (d.left() == null) continue;
            assertTrue(d.left().start() >= last, "differences follow the left text");
            last = d.left().start();
        }
        // the related-headlines block is not displayed, so it can be neither aligned nor unique
        String leftText = l.left().document().text();
        for (CompareLayout.Span u : l.left().unique()) {
            assertFalse(leftText.substring(u.start(), u.end()).startsWith("More From"));
        }
    }

    @Test
    void nextAndPreviousDifferenceWrapAround() {
        int n = vm.layoutProperty().get().differences().size();
        assertTrue(n > 1, "the samples differ in several places");
        assertEquals(-1, vm.currentDifferenceProperty().get());
        assertNotNull(vm.nextDifference());
        assertEquals(0, vm.currentDifferenceProperty().get());
        vm.previousDifference();
        assertEquals(n - 1, vm.currentDifferenceProperty().get());
        vm.nextDifference();
        assertEquals(0, vm.currentDifferenceProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Difference 1 of " + n), vm.statusProperty().get());
    }

    @Test
    void summaryHasSharedEntitiesAndAgreeingFebruaryDates() {
        assertTrue(vm.chips().stream().anyMatch(c -> c.presence() == CompareViewModel.Presence.BOTH && c.name().contains("Chollet")),
                vm.chips().toString());
        assertTrue(vm.dateLines().stream().anyMatch(d -> d.startsWith("✓") && d.contains("2023-02")), vm.dateLines().toString());
        assertTrue(vm.metadata().stream().anyMatch(r -> r.field().equals("title") && !r.same()));
    }

    @Test
    void swapPutsTheRightArticleOnTheLeftAndMirrorsTheSummary() {
        String left = vm.leftTitleProperty().get(), right = vm.rightTitleProperty().get();
        long onlyLeft = vm.chips().stream().filter(c -> c.presence() == CompareViewModel.Presence.ONLY_LEFT).count();
        long onlyRight = vm.chips().stream().filter(c -> c.presence() == CompareViewModel.Presence.ONLY_RIGHT).count();
        int diffs = vm.layoutProperty().get().differences().size();
        vm.swap();
        assertEquals(right, vm.leftTitleProperty().get());
        assertEquals(left, vm.rightTitleProperty().get());
        assertEquals(onlyRight, vm.chips().stream().filter(c -> c.presence() == CompareViewModel.Presence.ONLY_LEFT).count());
        assertEquals(onlyLeft, vm.chips().stream().filter(c -> c.presence() == CompareViewModel.Presence.ONLY_RIGHT).count());
        assertEquals(diffs, vm.layoutProperty().get().differences().size());
        assertTrue(vm.isSwapped());
    }

    @Test
    void chipFocusTogglesAndTypesCanBeHidden() {
        CompareViewModel.Chip chip = vm.chips().get(0);
        vm.toggleFocus(chip);
        assertEquals(chip.key(), vm.focusedEntityProperty().get());
        vm.toggleFocus(chip);
        assertNull(vm.focusedEntityProperty().get());
        vm.setTypeShown(EntityType.PERSON, false);
        assertFalse(vm.shownClasses().contains("entity-person"));
        assertTrue(vm.shownClasses().contains("entity-location"));
    }

    @Test
    void aMissingArticleIsSaidPlainly() {
        vm.open(a, 999);
        assertTrue(vm.statusProperty().get().contains("no longer in the library"), vm.statusProperty().get());
    }

    /** The first word of five letters or more in a side's display text that no highlight touches: [start, end). */
    static int[] unmarkedWord(CompareLayout.Side side) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[a-z]{5,}\\b").matcher(side.document().text());
        while (m.find()) {
            int s = m.start(), e = m.end();
            if (side.highlights().stream().noneMatch(h -> h.start() < e && s < h.end())) return new int[] {s, e};
        }
        throw new AssertionError("no unmarked word");
    }

    static java.util.List<org.parallax.model.Mention> manualPeople(AppContext ctx, long article) {
        return ctx.annotations().annotations().forArticle(article).stream().map(x -> x.mention())
                .filter(m -> m.origin() == org.parallax.model.MentionOrigin.MANUAL && m.type() == EntityType.PERSON
                        && !m.rejected()).toList();
    }

    @Test
    void markingInTheRightPaneStoresAManualMentionAtArticleOffsetsAndUndoRemovesIt() {
        assertEquals(java.util.Optional.of("P"), vm.typeForKey("p"));
        CompareLayout.Side right = vm.layoutProperty().get().right();
        int[] w = unmarkedWord(right);
        String word = right.document().text().substring(w[0], w[1]);
        assertTrue(manualPeople(ctx, b).isEmpty());

        assertTrue(vm.mark(false, w[0], w[1], "P"));
        java.util.List<org.parallax.model.Mention> people = manualPeople(ctx, b);
        assertEquals(1, people.size(), "one manual person in the right article");
        org.parallax.model.Mention m = people.get(0);
        assertEquals(word, ctx.articles().get(b).orElseThrow().text().substring(m.start(), m.end()));
        assertTrue(manualPeople(ctx, a).isEmpty(), "the left article is untouched");
        CompareLayout after = vm.layoutProperty().get();
        assertTrue(after.right().highlights().stream().anyMatch(h -> h.start() == w[0] && h.end() == w[1]
                && h.styleClass().equals(EntityType.PERSON.styleClass())), "the right pane highlights the new mark");

        vm.undoMark();
        assertTrue(manualPeople(ctx, b).isEmpty(), "undo removes the mark");
        assertTrue(vm.layoutProperty().get().right().highlights().stream().noneMatch(h -> h.start() == w[0] && h.end() == w[1]));
    }

    @Test
    void markingFollowsTheSwappedSides() {
        vm.swap();
        CompareLayout.Side left = vm.layoutProperty().get().left();
        assertEquals(b, left.article().id());
        int[] w = unmarkedWord(left);
        assertTrue(vm.mark(true, w[0], w[1], "O"));
        assertEquals(1, ctx.annotations().annotations().forArticle(b).stream()
                .filter(x -> x.mention().origin() == org.parallax.model.MentionOrigin.MANUAL).count());
    }
}
