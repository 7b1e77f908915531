package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Sentence;

/** Alignment of article pairs built from real ECB+ text: paragraphs reordered, inserted, deleted, a sentence split. */
class SyntheticPairsTest {
    private static List<String> sentences;
    private static List<String> foreign;
    private final SentenceAligner aligner = new SentenceAligner();

    @BeforeAll
    static void pickText() {
        List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.load();
        SentenceSplitter splitter = new SentenceSplitter();
        sentences = null;
        for (EcbPlusCorpus.Doc d : docs) {
            Article a = d.article();
            List<String> ss = splitter.split(a).stream().map(s -> s.textIn(a.text())).filter(s -> s.split(" ").length >= 8 && s.matches(".*[.!?\"']$")).toList();
            if (sentences == null && ss.size() >= 12 && d.topic() == 1) sentences = ss.subList(0, 12);
            else if (sentences != null && d.topic() == 30 && ss.size() >= 4) {
                foreign = ss.subList(0, 4);
                break;
            }
        }
        assertTrue(sentences != null && foreign != null, "ECB+ provides the texts");
    }

    /** Paragraphs of two sentences each. */
    private static List<String> paragraphs(List<String> ss) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ss.size(); i += 2) out.add(String.join(" ", ss.subList(i, Math.min(ss.size(), i + 2))));
        return out;
    }

    private static List<String> texts(Article a, List<Sentence> ss) {
        return ss.stream().map(s -> s.textIn(a.text())).toList();
    }

    @Test
    void alignsEverySentenceOfReorderedParagraphs() {
        List<String> pa = paragraphs(sentences);
        List<String> pb = new ArrayList<>(pa);
        Collections.reverse(pb);
        Article a = Samples.ofParagraphs(1, pa), b = Samples.ofParagraphs(2, pb);
        Alignment al = aligner.align(a, b);
        assertEquals(12, al.pairs().size());
        assertTrue(al.uniqueA().isEmpty() && al.uniqueB().isEmpty());
        for (AlignedPair p : al.pairs()) assertEquals(texts(a, p.a()), texts(b, p.b()));
        assertEquals(1.0, al.similarity(), 1e-3);
    }

    @Test
    void reportsAnInsertedParagraphAsUniqueToB() {
        List<String> pa = paragraphs(sentences);
        List<String> pb = new ArrayList<>(pa);
        pb.add(3, String.join(" ", foreign.subList(0, 2)));
        Article a = Samples.ofParagraphs(1, pa), b = Samples.ofParagraphs(2, pb);
        Alignment al = aligner.align(a, b);
        assertEquals(foreign.subList(0, 2), texts(b, al.uniqueB()));
        assertTrue(al.uniqueA().isEmpty());
        assertEquals(12, al.pairs().size());
    }

    @Test
    void reportsADeletedParagraphAsUniqueToA() {
        List<String> pa = paragraphs(sentences);
        List<String> pb = new ArrayList<>(pa);
        String gone = pb.remove(2);
        Article a = Samples.ofParagraphs(1, pa), b = Samples.ofParagraphs(2, pb);
        Alignment al = aligner.align(a, b);
        assertEquals(sentences.subList(4, 6), texts(a, al.uniqueA()), "deleted paragraph: " + gone);
        assertTrue(al.uniqueB().isEmpty());
        assertTrue(al.similarity() < 0.95 && al.similarity() > 0.6, "similarity " + al.similarity());
    }

    @Test
    void alignsASentenceSplitInTwoAsOneToTwo() {
        int idx = -1, cut = -1;
        for (int i = 0; i < sentences.size() && idx < 0; i++) {
            String s = sentences.get(i);
            int c = s.indexOf(", ", s.length() / 3);
            if (c > 0 && c < s.length() * 2 / 3) {
                idx = i;
                cut = c;
            }
        }
        assertTrue(idx >= 0, "a sentence with a comma near its middle");
        String s = sentences.get(idx);
        String first = s.substring(0, cut) + ".";
        String rest = s.substring(cut + 2);
        String second = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        List<String> sb = new ArrayList<>(sentences);
        sb.set(idx, first + " " + second);
        Article a = Samples.ofParagraphs(1, paragraphs(sentences)), b = Samples.ofParagraphs(2, paragraphs(sb));
        Alignment al = aligner.align(a, b);
        AlignedPair split = al.pairs().stream().filter(p -> texts(a, p.a()).equals(List.of(s))).findFirst().orElseThrow();
        assertEquals(List.of(first, second), texts(b, split.b()), describe(a, b, al));
        assertTrue(al.uniqueA().isEmpty() && al.uniqueB().isEmpty(), describe(a, b, al));
        // and the other way round: two sentences merged into one
        Alignment back = aligner.align(b, a);
        AlignedPair merged = back.pairs().stream().filter(p -> texts(a, p.b()).equals(List.of(s))).findFirst().orElseThrow();
        assertEquals(List.of(first, second), texts(b, merged.a()));
        // the diff of the split pair shows only the cut: the inserted full stop is no word, the recapitalised word is not shown
        WordDiff d = WordDiff.of(a.text(), split.a(), b.text(), split.b());
        assertTrue(d.a().isEmpty() && d.b().isEmpty(), d.toString());
    }

    private static String describe(Article a, Article b, Alignment al) {
        return al.pairs().stream().map(p -> texts(a, p.a()) + " <> " + texts(b, p.b())).collect(Collectors.joining("\n"));
    }
}
