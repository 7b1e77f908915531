package org.parallax.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairwise precision, recall and F1 of a clustering against gold labels (each pair of items is one decision). */
public record PairwiseScore(double precision, double recall, double f1, long truePairs, long predictedPairs) {
    /** {@code gold} and {@code predicted} give each item's cluster label, by item index. */
    public static PairwiseScore of(List<String> gold, int[] predicted) {
        long tp = 0, goldPairs = 0, predPairs = 0;
        Map<String, Long> g = new HashMap<>();
        Map<Integer, Long> p = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            g.merge(gold.get(i), 1L, Long::sum);
            p.merge(predicted[i], 1L, Long::sum);
            both.merge(gold.get(i) + "\u0000" + predicted[i], 1L, Long::sum);
        }
        for (long c : g.values()) goldPairs += c * (c - 1) / 2;
        for (long c : p.values()) predPairs += c * (c - 1) / 2;
        for (long c : both.values()) tp += c * (c - 1) / 2;
        double pr = predPairs == 0 ? 1 : (double) tp / predPairs, rc = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        return new PairwiseScore(pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc), goldPairs, predPairs);
    }

    /** Each item's group index, from groups of member ids, for items listed by id. */
    public static int[] labels(List<StoryGroup> groups, List<Long> ids) {
        Map<Long, Integer> of = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) for (long id : groups.get(g).members()) of.put(id, g);
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = of.get(ids.get(i));
        return out;
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (gold pairs %d, predicted pairs %d)", precision, recall, f1, truePairs, predictedPairs);
    }
}
