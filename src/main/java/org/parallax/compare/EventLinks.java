package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The second linking pass of {@link SentenceAligner}: a sentence not yet matched closely is linked to the one sentence
 * of the other side (not already linked to it) that most likely reports the same event in other words. The two must
 * share at least two event words, words that are no name (written in lower case in their articles), meeting by their
 * term ({@link Meaning#eventClass}) or by meaning: two words whose {@link WordVectors} lie at cosine 0.75 or more
 * ("blaze" and "inferno", "arrested" and "apprehended"). The pair's TF-IDF cosine must be at least 0.15. An article's
 * headline ({@link Headlines}) needs one event word only, at cosine 0.20 or more; so does a sentence that links to the other
 * side's headline, which it does besides its best link.
 */
final class EventLinks {
    /** The least TF-IDF cosine of an event link (measured on ECB+, see EcbPlusAlignmentTest and performance.md). */
    static final double MIN_COSINE = 0.15;
    /** The least number of shared event words: one shared word is as often a different event of the story. */
    static final int MIN_EVENT_WORDS = 2;
    /** The least TF-IDF cosine of a headline's link on one shared event word (measured on ECB+: 0.15 falls under precision 0.90). */
    static final double HEADLINE_COSINE = 0.20;
    /** The least cosine of two words' vectors for them to count as one event word. */
    static final double WORD_SIMILARITY = 0.75;
    /** A sentence already matched at this similarity or more takes no event link: it has its counterpart. */
    static final double SETTLED = 0.5;
    /** The third value of a link: which side's sentence asked for it (A's sentence i or B's sentence j). */
    static final int ASKED_BY_A = 0, ASKED_BY_B = 1;

    private EventLinks() {
    }

    /** One article's sentences as the pass reads them. */
    record Side(List<int[]> terms, List<String[]> words, List<byte[]> casing, SparseVector[] vectors, boolean[] settled, boolean headline) {
        Side(List<int[]> terms, List<String[]> words, List<byte[]> casing, SparseVector[] vectors, boolean[] settled) {
            this(terms, words, casing, vectors, settled, false);
        }
    }

    /**
     * Links {i, j, asker} into A's and B's sentences ({@link #ASKED_BY_A} or {@link #ASKED_BY_B}, the side whose sentence
     * looked for it): at most one from each sentence not {@code settled}, never one that
     * {@code linked} already holds (as {@link #key}). {@code event[t]} says whether term t is an event word (a shared word that is
     * no name).
     */
    static List<int[]> links(Side a, Side b, boolean[] event, Set<Long> linked) {
        Words wa = new Words(a), wb = new Words(b);
        boolean[] askA = wa.inUnsettled(a.settled()), askB = wb.inUnsettled(b.settled());
        // two versions of one wire text match closely everywhere: no sentence asks, and no word needs comparing
        if (!anyTrue(askA) && !anyTrue(askB)) return List.of();
        List<List<Integer>> aToB = new ArrayList<>(), bToA = new ArrayList<>();
        for (int w = 0; w < wa.size(); w++) aToB.add(new ArrayList<>());
        for (int u = 0; u < wb.size(); u++) bToA.add(new ArrayList<>());
        WordVectors vectors = WordVectors.get();
        float[][] vb = new float[wb.size()][];
        for (int u = 0; u < wb.size(); u++) if (wb.lower[u]) vb[u] = vectors.of(wb.text.get(u));
        for (int w = 0; w < wa.size(); w++) {
            float[] x = wa.lower[w] ? vectors.of(wa.text.get(w)) : null;
            for (int u = 0; u < wb.size(); u++) {
                // aToB is read only for the words of A's unsettled sentences, bToA only for those of B's
                if (!askA[w] && !askB[u]) continue;
                boolean same = wa.term[w] == wb.term[u];
                boolean meets = same ? event[wa.term[w]]
                        : x != null && vb[u] != null && WordVectors.cosine(x, vb[u]) >= WORD_SIMILARITY;
                if (meets) {
                    aToB.get(w).add(u);
                    bToA.get(u).add(w);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        boolean[] linkedB = new boolean[b.terms().size()];
        int[] count = new int[b.terms().size()], seen = new int[b.terms().size()];
        int stamp = 0;
        for (int i = 0; i < a.terms().size(); i++) {
            if (a.settled()[i]) continue;
            stamp = wa.shared(i, aToB, wb, count, seen, stamp);
            int ii = i;
            int best = best(a.vectors()[i], b.vectors(), count, j -> linked.contains(key(ii, j)), need(a, i));
            if (best >= 0) {
                out.add(new int[] {i, best, ASKED_BY_A});
                linkedB[best] = true;
            }
            if (best != 0 && toHeadline(a.vectors()[i], b, count, linked.contains(key(ii, 0)))) {
                out.add(new int[] {i, 0, ASKED_BY_A});
                linkedB[0] = true;
            }
        }
        count = new int[a.terms().size()];
        seen = new int[a.terms().size()];
        stamp = 0;
        for (int j = 0; j < b.terms().size(); j++) {
            if (b.settled()[j] || linkedB[j]) continue;
            stamp = wb.shared(j, bToA, wa, count, seen, stamp);
            int jj = j;
            int best = best(b.vectors()[j], a.vectors(), count, i -> linked.contains(key(i, jj)), need(b, j));
            if (best >= 0) out.add(new int[] {best, j, ASKED_BY_B});
            if (best != 0 && toHeadline(b.vectors()[j], a, count, linked.contains(key(0, jj)))) out.add(new int[] {0, j, ASKED_BY_B});
        }
        return out;
    }

    private static boolean anyTrue(boolean[] xs) {
        for (boolean x : xs) if (x) return true;
        return false;
    }

    /** The key of the link between sentence i of A and sentence j of B. */
    static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    /** The shared event words sentence i of side s needs: a headline names its event in one word. */
    private static int need(Side s, int i) {
        return s.headline() && i == 0 ? 1 : MIN_EVENT_WORDS;
    }

    /**
     * Whether a sentence ({@code v}) also links to the other side's headline, besides its best link: the headline tells the
     * story's event in a few words, so every sentence that tells the event is its counterpart. One shared event word, at
     * {@link #HEADLINE_COSINE} or more, as when the headline asks.
     */
    private static boolean toHeadline(SparseVector v, Side other, int[] count, boolean taken) {
        return other.headline() && !taken && other.vectors().length > 0 && count[0] >= 1 && v.cosine(other.vectors()[0]) >= HEADLINE_COSINE;
    }

    private static int best(SparseVector v, SparseVector[] other, int[] count, IntPredicate taken, int need) {
        int best = -1;
        double bestSim = MIN_COSINE;
        for (int j = 0; j < other.length; j++) {
            if (count[j] < need || taken.test(j)) continue;
            double s = v.cosine(other[j]);
            if (count[j] < MIN_EVENT_WORDS && s < HEADLINE_COSINE) continue;
            if (s >= bestSim && (best < 0 || s > bestSim)) {
                bestSim = s;
                best = j;
            }
        }
        return best;
    }

    /** The distinct word types of one side that may be event words, with their terms and sentences. */
    private static final class Words {
        final List<String> text = new ArrayList<>();
        int[] term = new int[16];
        boolean[] lower = new boolean[16];
        /** Per sentence: its word ids, grouped by term (one run per distinct term). */
        final List<int[][]> byTerm = new ArrayList<>();
        /** Per word: the sentences holding it. */
        final List<List<Integer>> postings = new ArrayList<>();

        Words(Side s) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < s.terms().size(); i++) {
                int[] f = s.terms().get(i);
                String[] w = s.words().get(i);
                byte[] c = s.casing().get(i);
                Map<Integer, List<Integer>> runs = new HashMap<>();
                for (int k = 0; k < f.length; k++) {
                    if (c[k] == SentenceAligner.DIGITS) continue;
                    Integer id = ids.get(w[k]);
                    if (id == null) {
                        id = text.size();
                        ids.put(w[k], id);
                        text.add(w[k]);
                        if (id == term.length) {
                            term = Arrays.copyOf(term, id * 2);
                            lower = Arrays.copyOf(lower, id * 2);
                        }
                        term[id] = f[k];
                        postings.add(new ArrayList<>());
                    }
                    lower[id] |= c[k] == SentenceAligner.LOWER;
                    List<Integer> p = postings.get(id);
                    if (p.isEmpty() || p.get(p.size() - 1) != i) p.add(i);
                    List<Integer> run = runs.computeIfAbsent(f[k], x -> new ArrayList<>());
                    if (!run.contains(id)) run.add(id);
                }
                int[][] r = new int[runs.size()][];
                int q = 0;
                for (List<Integer> run : runs.values()) r[q++] = run.stream().mapToInt(Integer::intValue).toArray();
                byTerm.add(r);
            }
        }

        int size() {
            return text.size();
        }

        /** Per word: whether a sentence not {@code settled} holds it. */
        boolean[] inUnsettled(boolean[] settled) {
            boolean[] out = new boolean[size()];
            for (int w = 0; w < out.length; w++) {
                for (int i : postings.get(w)) out[w] |= !settled[i];
            }
            return out;
        }

        /**
         * Fills {@code count[j]} with the number of sentence {@code i}'s distinct terms that meet a word of the other
         * side's sentence j (each term counted once per sentence); returns the next stamp.
         */
        int shared(int i, List<List<Integer>> meets, Words other, int[] count, int[] seen, int stamp) {
            Arrays.fill(count, 0);
            for (int[] run : byTerm.get(i)) {
                stamp++;
                for (int w : run) {
                    for (int u : meets.get(w)) {
                        for (int j : other.postings.get(u)) {
                            if (seen[j] == stamp) continue;
                            seen[j] = stamp;
                            count[j]++;
                        }
                    }
                }
            }
            return stamp;
        }
    }
}
