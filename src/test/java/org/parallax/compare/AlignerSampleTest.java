package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Sentence;

/** The comparison of the shared sample pair: one story as two outlets printed it. */
class AlignerSampleTest {
    private static Article a;
    private static Article b;
    private static Comparison cmp;

    @BeforeAll
    static void compare() {
        a = Samples.outletA();
        b = Samples.outletB();
        cmp = new ComparisonService().compare(a, b);
    }

    private static Comparison.PairDiff pairWith(String inA, String inB) {
        return cmp.pairs().stream()
                .filter(p -> join(p.a()).contains(inA) && join(p.b()).contains(inB))
                .findFirst().orElseThrow(() -> new AssertionError("no pair aligns \"" + inA + "\" with \"" + inB + "\"; pairs:\n" + dump()));
    }

    private static String join(List<Comparison.SentenceText> ss) {
        return ss.stream().map(Comparison.SentenceText::text).collect(Collectors.joining(" "));
    }

    private static String dump() {
        return cmp.pairs().stream().map(p -> p.similarity() + "  " + join(p.a()) + "\n     <> " + join(p.b())).collect(Collectors.joining("\n"));
    }

    @Test
    void alignsTheTwoStateDepartmentSentences() {
        pairWith("the State Department said in a statement on Friday", "the US State Department said on Friday");
        pairWith("The State Department said they will discuss", "The State Department said in its statement that they will discuss");
    }

    @Test
    void alignsTheCholletZardariSentences() {
        Comparison.PairDiff p = pairWith("Chollet met with Foreign Minister Bilawal Bhutto Zardari", "Chollet met with Foreign Minister Bilawal Bhutto Zardari");
        assertFalse(p.differsInWords(), "only the apostrophe of Pakistan's differs: " + p);
    }

    @Test
    void marksLastMonthAgainstInFebruary() {
        Comparison.PairDiff p = pairWith("Last month, US Department of State Counselor Derek Chollet", "In February, US Department of State Counselor Derek Chollet");
        List<String> changedA = spans(a.text(), p.diffA(), DiffKind.CHANGED);
        List<String> changedB = spans(b.text(), p.diffB(), DiffKind.CHANGED);
        assertEquals(List.of("Last month"), changedA);
        assertEquals(List.of("In February"), changedB);
    }

    @Test
    void marksAHyphenOnlyDifferenceAsCosmetic() {
        Comparison.PairDiff p = pairWith("Counselor Chollet discussed security cooperation", "Counselor Chollet discussed security cooperation");
        assertEquals(List.of("counter-terrorism"), spans(a.text(), p.diffA(), DiffKind.COSMETIC));
        assertEquals(List.of("counterterrorism"), spans(b.text(), p.diffB(), DiffKind.COSMETIC));
        assertFalse(p.differsInWords());
    }

    @Test
    void leavesRelatedHeadlinesOutOfTheAlignment() {
        List<Block> related = a.blocks(BlockType.RELATED);
        assertTrue(related.size() > 10, "the fixture marks the More From Pakistan list as RELATED");
        List<int[]> used = new ArrayList<>();
        cmp.pairs().forEach(p -> p.a().forEach(s -> used.add(new int[] {s.start(), s.end()})));
        cmp.uniqueA().forEach(s -> used.add(new int[] {s.start(), s.end()}));
        for (int[] r : used) {
            for (Block blk : related) {
                assertFalse(r[0] < blk.end() && blk.start() < r[1], "sentence " + a.text().substring(r[0], r[1]) + " overlaps a related headline");
            }
        }
        assertFalse(cmp.uniqueA().stream().anyMatch(s -> s.text().contains("Aurat March")));
    }

    @Test
    void findsTheStoryHighlySimilarWithFewUniqueSentences() {
        assertTrue(cmp.similarity() > 0.6, "similarity " + cmp.similarity() + "\n" + dump());
        // eight one-to-one pairs; the lead may also pair with a second sentence of B that repeats its fact
        assertTrue(cmp.pairs().size() >= 8 && cmp.pairs().size() <= 10, dump());
        // captions are not compared; the differently worded sub-heading is the one real difference left in B
        assertEquals(List.of("Pakistan-US ties on track"), cmp.uniqueB().stream().map(Comparison.SentenceText::text).toList());
    }

    @Test
    void keepsOffsetsIntoTheFullTexts() {
        for (Comparison.PairDiff p : cmp.pairs()) {
            for (Comparison.SentenceText s : p.a()) assertEquals(s.text(), new Sentence(s.start(), s.end()).textIn(a.text()));
            for (Comparison.SentenceText s : p.b()) assertEquals(s.text(), new Sentence(s.start(), s.end()).textIn(b.text()));
        }
    }

    static List<String> spans(String text, List<DiffSpan> spans, DiffKind kind) {
        return spans.stream().filter(d -> d.kind() == kind).map(d -> text.substring(d.start(), d.end())).toList();
    }
}
