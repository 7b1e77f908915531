package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate generation for same-story grouping, so that it never compares all pairs: near-duplicates by MinHash over
 * word 3-shingles with LSH banding, and candidate pairs by keyword blocking.
 */
final class StoryCandidates {
    private StoryCandidates() {
    }

    private static final int DUP_BINS = 64, DUP_ROWS = 3;

    static void nearDuplicates(StoryCorpus c, double duplicate, AverageLink.UnionFind dup, List<StoryGrouper.Edge> edges) {
        int n = c.n;
        long[][] sig = new long[n][];
        for (int i = 0; i < n; i++) sig[i] = shingleSignature(c.seq[i]);
        for (int band = 0; band < DUP_BINS / DUP_ROWS; band++) {
            Map<Long, int[]> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (sig[i] == null) continue;
                long h = 0x9E3779B97F4A7C15L * (band + 1);
                for (int r = 0; r < DUP_ROWS; r++) h = mix(h ^ sig[i][band * DUP_ROWS + r]);
                int[] prev = buckets.get(h);
                if (prev == null) {
                    buckets.put(h, new int[] {i});
                    continue;
                }
                // compare with the bucket's last few members only: near-duplicates chain through union-find
                int ri = dup.find(i);
                for (int k = prev.length - 1, tried = 0; k >= 0 && tried < 3; k--) {
                    int j = prev[k];
                    if (dup.find(j) == ri) continue;
                    tried++;
                    double s = c.text[i].cosine(c.text[j]);
                    if (s >= duplicate) {
                        dup.union(i, j);
                        ri = dup.find(i);
                        edges.add(new StoryGrouper.Edge(j, i, s));
                    }
                }
                if (prev.length < 16) {
                    int[] grown = Arrays.copyOf(prev, prev.length + 1);
                    grown[prev.length] = i;
                    buckets.put(h, grown);
                } else {
                    prev[(i & 15)] = i; // keep a rolling sample of a big bucket
                }
            }
        }
    }

    /** One-permutation MinHash over word 3-shingles, densified by borrowing from the next filled bin. */
    private static long[] shingleSignature(int[] seq) {
        if (seq.length < 3) return null;
        long[] bins = new long[DUP_BINS];
        Arrays.fill(bins, Long.MAX_VALUE);
        for (int k = 0; k + 2 < seq.length; k++) {
            long h = mix(((long) seq[k] * 0x100000001B3L + seq[k + 1]) * 0x100000001B3L + seq[k + 2]);
            int bin = (int) (h & (DUP_BINS - 1));
            long v = h >>> 6;
            if (v < bins[bin]) bins[bin] = v;
        }
        for (int b = 0; b < DUP_BINS; b++) {
            if (bins[b] != Long.MAX_VALUE) continue;
            for (int k = 1; k < DUP_BINS; k++) {
                long v = bins[(b + k) % DUP_BINS];
                if (v != Long.MAX_VALUE && v >= 0) {
                    bins[b] = -mix(v + k); // marked as borrowed so it never feeds another empty bin
                    break;
                }
            }
        }
        return bins;
    }

    // keyword LSH ----------------------------------------------------------------------------------------------------

    /**
     * Keyword blocking: pairs that share at least two keywords (heaviest TF-IDF terms and entity names), each item
     * keeping its {@code max} best partners. Keywords held by more than a few percent of items carry no story and are skipped,
     * so the cost follows the rare words items share rather than the number of pairs.
     */
    static List<int[]> keywords(SparseVector[] rt, SparseVector[] re, int keywords, int max) {
        int m = rt.length;
        int[][] kw = new int[m][];
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int r = 0; r < m; r++) {
            kw[r] = StoryGrouper.keywords(rt[r], re[r], keywords);
            for (int t : kw[r]) postings.computeIfAbsent(t, x -> new ArrayList<>()).add(r);
        }
        int cap = Math.max(100, m / 25);
        int[] shared = new int[m];
        int[] touched = new int[m];
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            int nt = 0;
            for (int t : kw[r]) {
                List<Integer> p = postings.get(t);
                if (p.size() > cap) continue;
                for (int y : p) {
                    if (y <= r) continue;
                    if (shared[y]++ == 0) touched[nt++] = y;
                }
            }
            int kept = 0;
            int[] cand = new int[nt];
            for (int i = 0; i < nt; i++) {
                int y = touched[i];
                if (shared[y] >= 2) cand[kept++] = y;
            }
            if (kept > max) {
                Integer[] order = new Integer[kept];
                for (int i = 0; i < kept; i++) order[i] = cand[i];
                Arrays.sort(order, (p, q) -> shared[q] - shared[p]);
                for (int i = 0; i < max; i++) cand[i] = order[i];
                kept = max;
            }
            for (int i = 0; i < kept; i++) out.add(new int[] {r, cand[i]});
            for (int i = 0; i < nt; i++) shared[touched[i]] = 0;
        }
        return out;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
