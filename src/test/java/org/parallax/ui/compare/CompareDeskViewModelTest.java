package org.parallax.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.CompareService;
import org.parallax.compare.Comparison;
import org.parallax.compare.SentenceAligner;
import org.parallax.ui.common.ImmediateTaskRunner;
import org.parallax.ui.reader.ReaderDocument;

/** The compare desk's state without a toolkit: conflict lines follow the layout (and a swap), Open in reader hands over the sentence. */
class CompareDeskViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    CompareViewModel vm;
    long a, b;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("library.db"));
        long[] ids = CompareFixture.importPair(ctx);
        a = ids[0];
        b = ids[1];
        vm = new CompareViewModel(ctx.compare(), ctx.calendar(), ctx.annotations(), new ImmediateTaskRunner());
        vm.open(a, b);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void conflictLinesNameTheFactAndBothValuesLeftFirstAlsoAfterASwap() {
        CompareService.Compared c = vm.layoutProperty().get().compared();
        assertTrue(vm.desk().conflictLines().isEmpty(), "no conflict, no line");
        assertEquals("", vm.desk().conflictCountProperty().get());
        String ta = c.a().text(), tb = c.b().text();
        int ia = ta.indexOf("Friday"), ib = tb.indexOf("March 6-7");
        Comparison cmp = c.comparison();
        Comparison.Conflict k = new Comparison.Conflict("date", new Comparison.FactValue("Friday", "2023-03-03", ia, ia + 6, 0, ia + 6),
                new Comparison.FactValue("March 6-7", "2023-03-06", ib, ib + 9, 0, ib + 9));
        Comparison with = new Comparison(cmp.idA(), cmp.idB(), cmp.similarity(), cmp.pairs(), cmp.uniqueA(), cmp.uniqueB(), cmp.entities(),
                cmp.dates(), cmp.metadata(), new Comparison.Facts(List.of(k), List.of(), List.of()));
        vm.display(CompareLayout.of(new CompareService.Compared(c.a(), c.b(), c.highlightsA(), c.highlightsB(), with)));
        assertEquals(List.of("date: Friday / March 6-7"), vm.desk().conflictLines());
        assertEquals("⚠ 1 conflicting fact", vm.desk().conflictCountProperty().get());
        CompareLayout.ConflictMark m = vm.layoutProperty().get().conflicts().get(0);
        assertEquals("Friday", vm.layoutProperty().get().left().document().text().substring(m.left().start(), m.left().end()));
        vm.swap();
        assertEquals(List.of("date: March 6-7 / Friday"), vm.desk().conflictLines(), "the left value comes first after a swap");
        CompareLayout.ConflictMark s = vm.layoutProperty().get().conflicts().get(0);
        assertEquals("March 6-7", vm.layoutProperty().get().left().document().text().substring(s.left().start(), s.left().end()));
    }

    @Test
    void aPairLinkedOnlyByItsEventIsAWeakLinkWithoutWordDiffs() {
        CompareLayout l = vm.layoutProperty().get();
        Comparison cmp = l.compared().comparison();
        long weakPairs = cmp.pairs().stream().filter(p -> p.similarity() < SentenceAligner.EVENT_LINK_WEIGHT).count();
        assertTrue(weakPairs > 0, "the sample pair has an event-only link (the sub-heading and its positive trajectory)");
        assertEquals(weakPairs, l.links().stream().filter(CompareLayout.Link::weak).count());
        for (CompareLayout.Link k : l.links()) {
            boolean alsoStrong = l.links().stream().anyMatch(o -> !o.weak() && o.left().start() <= k.left().start() && o.left().end() >= k.left().end());
            if (!k.weak() || alsoStrong) continue;
            assertTrue(l.left().diffs().stream().noneMatch(d -> d.start() >= k.left().start() && d.end() <= k.left().end()),
                    "no word diff inside a weak link");
        }
    }

    @Test
    void openInReaderHandsOverTheWholeAlignedSentenceInArticleOffsets() {
        assertFalse(vm.desk().openInReader(true, 0), "without a reader nothing opens");
        List<long[]> opened = new ArrayList<>();
        vm.desk().setReaderOpener((id, start, end) -> opened.add(new long[] {id, start, end}));
        CompareLayout l = vm.layoutProperty().get();
        CompareLayout.Link link = l.links().get(l.links().size() - 1);
        assertTrue(vm.desk().openInReader(false, (link.right().start() + link.right().end()) / 2));
        long[] got = opened.get(0);
        assertEquals(b, got[0]);
        ReaderDocument doc = l.right().document();
        String sentence = doc.text().substring(link.right().start(), link.right().end());
        assertEquals(sentence, ctx.articles().get(b).orElseThrow().text().substring((int) got[1], (int) got[2]));
    }
}
