package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The second linking pass of {@link SentenceAligner}: a sentence still without counterpart is linked to the one sentence
 * of the other side that most likely reports the same event in other words, when the two share at least two words of
 * the pair that are not names (event words, after {@link Meaning#eventClass}) and a cosine of at least 0.13.
 */
final class EventLinks {
    /** The least cosine of an event link (measured on ECB+, see EcbPlusAlignmentTest and performance.md). */
    static final double MIN_COSINE = 0.13;
    /** The least number of shared event words: one shared word is as often a different event of the story. */
    static final int MIN_EVENT_WORDS = 2;

    private EventLinks() {
    }

    /**
     * Links {i, j} into A's and B's sentences, at most one per sentence unmatched in {@code matchA}/{@code matchB}
     * (one good counterpart suffices to show the sentence is reported by both). {@code fa}/{@code fb} are the
     * sentences' term ids and {@code event[t]} whether term t is an event word (a shared word that is no name).
     */
    static List<int[]> links(List<int[]> fa, List<int[]> fb, boolean[] event, SparseVector[] va, SparseVector[] vb, int[] matchA,
            int[] matchB) {
        List<int[]> out = new ArrayList<>();
        int[] mark = new int[event.length];
        int stamp = 0;
        boolean[] linkedB = new boolean[fb.size()];
        for (int i = 0; i < fa.size(); i++) {
            if (matchA[i] >= 0) continue;
            int best = best(fa.get(i), ++stamp, mark, fb, event, va[i], vb);
            if (best >= 0) {
                out.add(new int[] {i, best});
                linkedB[best] = true;
            }
        }
        for (int j = 0; j < fb.size(); j++) {
            if (matchB[j] >= 0 || linkedB[j]) continue;
            int best = best(fb.get(j), ++stamp, mark, fa, event, vb[j], va);
            if (best >= 0) out.add(new int[] {best, j});
        }
        return out;
    }

    private static int best(int[] f, int stamp, int[] mark, List<int[]> other, boolean[] event, SparseVector v, SparseVector[] ov) {
        for (int t : f) if (event[t]) mark[t] = stamp;
        int best = -1;
        double bestSim = MIN_COSINE;
        for (int j = 0; j < other.size(); j++) {
            int shared = 0;
            for (int t : other.get(j)) {
                // a repeated word counts once: the mark moves on once counted
                if (mark[t] == stamp) {
                    shared++;
                    mark[t] = -stamp;
                }
            }
            for (int t : other.get(j)) if (mark[t] == -stamp) mark[t] = stamp;
            if (shared < MIN_EVENT_WORDS) continue;
            double s = v.cosine(ov[j]);
            if (s > bestSim) {
                bestSim = s;
                best = j;
            }
        }
        return best;
    }
}
