package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.parallax.model.Sentence;

/**
 * A word-level diff of two aligned passages (java-diff-utils over normalised word keys), as spans into each full text.
 * Words equal after normalisation but spelt differently (hyphen, case, curly apostrophe) are marked {@link DiffKind#COSMETIC}.
 */
public record WordDiff(List<DiffSpan> a, List<DiffSpan> b) {
    public WordDiff {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    /** Diffs the words of sentences {@code sa} of {@code textA} against those of {@code sb} of {@code textB}. */
    public static WordDiff of(String textA, List<Sentence> sa, String textB, List<Sentence> sb) {
        List<Tokens.Tok> ta = words(textA, sa), tb = words(textB, sb);
        List<String> ka = ta.stream().map(Tokens.Tok::key).toList();
        List<String> kb = tb.stream().map(Tokens.Tok::key).toList();
        Patch<String> patch = DiffUtils.diff(ka, kb);
        List<DiffSpan> outA = new ArrayList<>(), outB = new ArrayList<>();
        int ia = 0, ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sA = d.getSource().getPosition(), sB = d.getTarget().getPosition();
            cosmetic(textA, ta, ia, sA, textB, tb, ib, outA, outB);
            DiffKind kind = switch (d.getType()) {
                case CHANGE -> DiffKind.CHANGED;
                default -> DiffKind.ONLY_HERE;
            };
            add(outA, ta, sA, sA + d.getSource().size(), kind, textA);
            add(outB, tb, sB, sB + d.getTarget().size(), kind, textB);
            ia = sA + d.getSource().size();
            ib = sB + d.getTarget().size();
        }
        cosmetic(textA, ta, ia, ta.size(), textB, tb, ib, outA, outB);
        return new WordDiff(outA, outB);
    }

    /** Equal stretch: words with the same key starting at {@code ia} and {@code ib}, up to {@code endA}. */
    private static void cosmetic(String textA, List<Tokens.Tok> ta, int ia, int endA, String textB, List<Tokens.Tok> tb, int ib,
            List<DiffSpan> outA, List<DiffSpan> outB) {
        for (int k = 0; ia + k < endA; k++) {
            Tokens.Tok x = ta.get(ia + k), y = tb.get(ib + k);
            if (!surface(textA, x).equals(surface(textB, y))) {
                outA.add(new DiffSpan(x.start(), x.end(), DiffKind.COSMETIC));
                outB.add(new DiffSpan(y.start(), y.end(), DiffKind.COSMETIC));
            }
        }
    }

    /** One span per run of words; runs never cross a sentence gap wider than the text between words. */
    private static void add(List<DiffSpan> out, List<Tokens.Tok> toks, int from, int to, DiffKind kind, String text) {
        if (from >= to) return;
        int s = toks.get(from).start(), e = toks.get(from).end();
        for (int k = from + 1; k < to; k++) {
            Tokens.Tok t = toks.get(k);
            if (text.substring(e, t.start()).indexOf('\n') >= 0) {
                out.add(new DiffSpan(s, e, kind));
                s = t.start();
            }
            e = t.end();
        }
        out.add(new DiffSpan(s, e, kind));
    }

    /** Case is not a difference worth showing; curly and straight apostrophes are the same mark. */
    private static String surface(String text, Tokens.Tok t) {
        return Tokens.lower(text.substring(t.start(), t.end())).replace('\u2019', '\'');
    }

    private static List<Tokens.Tok> words(String text, List<Sentence> ss) {
        List<Tokens.Tok> out = new ArrayList<>();
        for (Sentence s : ss) out.addAll(Tokens.words(text, s.start(), s.end()));
        return out;
    }
}
