package org.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores of a predicted clustering against gold chains over the same mentions: MUC (Vilain et al. 1995),
 * B³ (Bagga and Baldwin 1998), entity-based CEAF with φ4 (Luo 2005, best one-to-one alignment by the Hungarian method
 * on each connected part), their CoNLL average, and the conflation rate: the share of predicted entities whose
 * mentions belong to two or more gold chains, and the share that joins gold chains other than through one identical
 * string (ECB+ keeps "Athens" of one event and "Athens" of another as two instances; exact strings join them too).
 */
record CorefScores(double mucP, double mucR, double b3P, double b3R, double ceafP, double ceafR, double conflation,
                   double conflationBeyondSameString, int goldChains, int predicted, int mentions) {

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double muc() {
        return f1(mucP, mucR);
    }

    double b3() {
        return f1(b3P, b3R);
    }

    double ceafE() {
        return f1(ceafP, ceafR);
    }

    double conll() {
        return (muc() + b3() + ceafE()) / 3;
    }

    String row(String system) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f%% | %.1f%% | %d |", system,
                mucR, muc(), b3P, b3R, b3(), ceafE(), conll(), conflation * 100, conflationBeyondSameString * 100, predicted);
    }

    /**
     * Scores {@code predicted.get(i)} against {@code gold.get(i)}, each the cluster key of mention i, whose surface
     * text is {@code texts.get(i)}.
     */
    static CorefScores score(List<String> gold, List<String> predicted, List<String> texts) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("one key per mention on both sides");
        Map<String, List<Integer>> g = groups(gold);
        Map<String, List<Integer>> p = groups(predicted);
        double[] muc = {mucRecall(g, predicted), mucRecall(p, gold)};
        double b3r = 0;
        double b3p = 0;
        Map<String, Integer> overlap = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) overlap.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
        for (int i = 0; i < gold.size(); i++) {
            int both = overlap.get(gold.get(i) + "\u0000" + predicted.get(i));
            b3r += (double) both / g.get(gold.get(i)).size();
            b3p += (double) both / p.get(predicted.get(i)).size();
        }
        int conflated = 0;
        int beyond = 0;
        for (List<Integer> members : p.values()) {
            Set<String> chains = new HashSet<>();
            for (int i : members) chains.add(gold.get(i));
            if (chains.size() < 2) continue;
            conflated++;
            // chains the entity holds, joined where one text occurs in both: more than one part means a join by form
            Map<String, String> parent = new HashMap<>();
            Map<String, String> chainOfText = new HashMap<>();
            for (int i : members) {
                union(parent, "c" + gold.get(i), "c" + gold.get(i));
                String first = chainOfText.putIfAbsent(texts.get(i), gold.get(i));
                if (first != null) union(parent, "c" + first, "c" + gold.get(i));
            }
            Set<String> roots = new HashSet<>();
            for (String c : chains) roots.add(find(parent, "c" + c));
            if (roots.size() > 1) beyond++;
        }
        double phi = ceafPhi(g, p, overlap);
        int n = gold.size();
        return new CorefScores(muc[1], muc[0], b3p / n, b3r / n, phi / p.size(), phi / g.size(), (double) conflated / p.size(),
                (double) beyond / p.size(), g.size(), p.size(), n);
    }

    private static Map<String, List<Integer>> groups(List<String> keys) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) out.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        return out;
    }

    /** MUC recall of {@code key} chains against the {@code response} partition (swap both for precision). */
    private static double mucRecall(Map<String, List<Integer>> key, List<String> response) {
        long num = 0;
        long den = 0;
        for (List<Integer> chain : key.values()) {
            Set<String> parts = new HashSet<>();
            for (int i : chain) parts.add(response.get(i));
            num += chain.size() - parts.size();
            den += chain.size() - 1;
        }
        return den == 0 ? 0 : (double) num / den;
    }

    /** The best total φ4 over one-to-one gold-predicted pairings, solved per connected part of the overlap graph. */
    private static double ceafPhi(Map<String, List<Integer>> g, Map<String, List<Integer>> p, Map<String, Integer> overlap) {
        Map<String, String> parent = new HashMap<>();
        for (String k : overlap.keySet()) {
            String[] gp = k.split("\u0000", 2);
            union(parent, "g" + gp[0], "p" + gp[1]);
        }
        Map<String, List<String[]>> parts = new HashMap<>();
        for (String k : overlap.keySet()) {
            String[] gp = k.split("\u0000", 2);
            parts.computeIfAbsent(find(parent, "g" + gp[0]), x -> new ArrayList<>()).add(gp);
        }
        double total = 0;
        for (List<String[]> edges : parts.values()) {
            List<String> gs = new ArrayList<>();
            List<String> ps = new ArrayList<>();
            Map<String, Integer> gi = new HashMap<>();
            Map<String, Integer> pi = new HashMap<>();
            for (String[] e : edges) {
                if (gi.putIfAbsent(e[0], gs.size()) == null) gs.add(e[0]);
                if (pi.putIfAbsent(e[1], ps.size()) == null) ps.add(e[1]);
            }
            int n = Math.max(gs.size(), ps.size());
            double[][] cost = new double[n][n];
            for (String[] e : edges) {
                int both = overlap.get(e[0] + "\u0000" + e[1]);
                cost[gi.get(e[0])][pi.get(e[1])] = -2.0 * both / (g.get(e[0]).size() + p.get(e[1]).size());
            }
            total -= hungarian(cost);
        }
        return total;
    }

    /** Minimum total cost of a perfect assignment on a square matrix (Kuhn-Munkres with potentials, O(n³)). */
    static double hungarian(double[][] a) {
        int n = a.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] match = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = match[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) total += a[match[j] - 1][j - 1];
        return total;
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) r = parent.get(r);
        String c = x;
        while (!c.equals(r)) {
            String next = parent.getOrDefault(c, c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
