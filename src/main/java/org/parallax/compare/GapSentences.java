package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.model.Sentence;

/**
 * Values in the one unlinked sentence each article has at the same place of the story, for {@link FactPairing}. When the
 * sentence before it in A is linked to the sentence before it in B, and the sentence after it in A to the one after it in B,
 * the two sentences fill one gap between counterparts: "That is an increase of 4.1% since
 * the last census" / "It grew by 4.6 percent over the decade", between the lead and the capital's growth; "Economists had
 * expected a monthly rise of 0.3%" / "Analysts ... had forecast a 0.2 per cent increase". They share too few words to be linked,
 * but a kind of value each states once is one fact told twice: agreeing values are settled, and differing ones conflict.
 * Counts of things, lengths of time and other values {@link FactPairing} compares only between counterparts, and the ages
 * of unnamed people, are left to those rules. Pure.
 */
final class GapSentences {
    private GapSentences() {
    }

    /** Settles each kind the two gap sentences of {@code al} state once each, over the facts {@code used} leaves open. */
    static void settle(Alignment al, Map<Sentence, List<Fact>> fa, Map<Sentence, List<Fact>> fb, Set<Fact> used,
            List<Comparison.Conflict> conflicts) {
        List<Sentence> as = ordered(al.uniqueA(), al, true), bs = ordered(al.uniqueB(), al, false);
        Set<Sentence> lonelyA = new HashSet<>(al.uniqueA()), lonelyB = new HashSet<>(al.uniqueB());
        for (int i = 1; i < as.size(); i++) {
            Sentence a = as.get(i);
            if (!lonelyA.contains(a)) continue;
            Sentence b = null;
            boolean single = true;
            for (int j = 1; j < bs.size(); j++) {
                if (!lonelyB.contains(bs.get(j)) || !linked(al, as.get(i - 1), bs.get(j - 1))) continue;
                if (b != null && !b.equals(bs.get(j))) single = false;
                b = bs.get(j);
            }
            if (b == null || !single) continue;
            int j = bs.indexOf(b);
            // an article's last sentences close the story each its own way ("Wages grew 4.1%" / "pay rises of at least 5 per cent
            // were needed"): the gap needs counterparts on both sides of it
            if (i == as.size() - 1 || j == bs.size() - 1 || !linked(al, as.get(i + 1), bs.get(j + 1))) continue;
            settlePair(fa.getOrDefault(a, List.of()), fb.getOrDefault(b, List.of()), used, conflicts);
        }
    }

    private static void settlePair(List<Fact> xs, List<Fact> ys, Set<Fact> used, List<Comparison.Conflict> conflicts) {
        for (Fact x : xs) {
            if (used.contains(x) || !open(x)) continue;
            Fact only = onlyOne(xs, x.kind(), used);
            Fact y = onlyOne(ys, x.kind(), used);
            if (only == null || y == null || !open(y)) continue;
            if (!x.agreesWith(y)) {
                if (!x.couldBeSame(y)) continue;
                conflicts.add(new Comparison.Conflict(x.kind(), x.value(), y.value()));
            }
            used.add(x);
            used.add(y);
        }
    }

    /** The one value of {@code kind} left open in {@code fs}, or null when there is none or more than one. */
    private static Fact onlyOne(List<Fact> fs, String kind, Set<Fact> used) {
        Fact one = null;
        for (Fact f : fs) {
            if (!f.kind().equals(kind) || used.contains(f)) continue;
            if (one != null) return null;
            one = f;
        }
        return one;
    }

    /** Whether a value is one this rule compares: not one compared only between counterparts, nor an unnamed person's age. */
    private static boolean open(Fact f) {
        return !FactPairing.counted(f) && !PersonAges.unnamed(f);
    }

    private static boolean linked(Alignment al, Sentence a, Sentence b) {
        for (AlignedPair p : al.pairs()) if (p.a().contains(a) && p.b().contains(b)) return true;
        return false;
    }

    /** All sentences of one side of {@code al} in text order. */
    private static List<Sentence> ordered(List<Sentence> unique, Alignment al, boolean sideA) {
        Set<Sentence> all = new HashSet<>(unique);
        for (AlignedPair p : al.pairs()) all.addAll(sideA ? p.a() : p.b());
        List<Sentence> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(Sentence::start));
        return out;
    }
}
