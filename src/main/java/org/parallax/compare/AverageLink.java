package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Weighted average-link clustering over a sparse graph of scored pairs, as same-story grouping uses it. */
final class AverageLink {
    private AverageLink() {
    }

    /** What forbids two clusters to merge whatever their link, told of each merge so it can keep per-cluster facts. */
    interface Veto {
        /** Whether the live clusters {@code x} and {@code y} must stay apart. */
        boolean apart(int x, int y);

        /** Cluster {@code gone} was merged into {@code keep}. */
        void merged(int keep, int gone);
    }

    static int[] labels(int m, double[] weight, List<StoryGrouper.Edge> edges, double threshold, List<int[]> joined) {
        return labels(m, weight, edges, threshold, joined, null);
    }

    /**
     * Weighted average-link over a sparse graph (missing edges count as 0): the cluster label of each node once no two
     * clusters are linked above the threshold. The {@code joined} pairs are merged first, whatever their link; a pair
     * the {@code veto} (may be null) holds apart is never merged, though either side may merge elsewhere.
     */
    static int[] labels(int m, double[] weight, List<StoryGrouper.Edge> edges, double threshold, List<int[]> joined, Veto veto) {
        List<Map<Integer, Double>> nb = new ArrayList<>(m);
        for (int i = 0; i < m; i++) nb.add(new HashMap<>(4));
        double[] w = weight.clone();
        int[] version = new int[m];
        boolean[] dead = new boolean[m];
        UnionFind uf = new UnionFind(m);
        PriorityQueue<double[]> pq = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0]));
        for (StoryGrouper.Edge e : edges) {
            double sum = e.s() * w[e.x()] * w[e.y()];
            nb.get(e.x()).merge(e.y(), sum, Double::sum);
            nb.get(e.y()).merge(e.x(), sum, Double::sum);
        }
        for (int x = 0; x < m; x++) {
            for (Map.Entry<Integer, Double> en : nb.get(x).entrySet()) {
                int y = en.getKey();
                if (x < y) pq.add(new double[] {en.getValue() / (w[x] * w[y]), x, y, 0, 0});
            }
        }
        int next = 0;
        while (true) {
            int x, y;
            if (next < joined.size()) {
                // the survivor of a merge is its set's root, so find() gives live nodes
                x = uf.find(joined.get(next)[0]);
                y = uf.find(joined.get(next++)[1]);
                if (x == y) continue;
            } else {
                double[] top = pq.poll();
                if (top == null || top[0] < threshold) break;
                x = (int) top[1];
                y = (int) top[2];
                if (dead[x] || dead[y] || version[x] != (int) top[3] || version[y] != (int) top[4]) continue;
                if (veto != null && veto.apart(x, y)) continue;
            }
            // merge the smaller neighbour map into the larger; keep the survivor's index
            int keep = nb.get(x).size() >= nb.get(y).size() ? x : y, gone = keep == x ? y : x;
            Map<Integer, Double> mk = nb.get(keep), mg = nb.get(gone);
            mk.remove(gone);
            mg.remove(keep);
            for (Map.Entry<Integer, Double> en : mg.entrySet()) {
                int z = en.getKey();
                mk.merge(z, en.getValue(), Double::sum);
                Map<Integer, Double> mz = nb.get(z);
                double moved = mz.remove(gone);
                mz.merge(keep, moved, Double::sum);
            }
            mg.clear();
            dead[gone] = true;
            w[keep] += w[gone];
            version[keep]++;
            uf.union(keep, gone);
            uf.setRoot(keep);
            if (veto != null) veto.merged(keep, gone);
            for (Map.Entry<Integer, Double> en : mk.entrySet()) {
                int z = en.getKey();
                int a = Math.min(keep, z), b = Math.max(keep, z);
                pq.add(new double[] {en.getValue() / (w[keep] * w[z]), a, b, version[a], version[b]});
            }
        }
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) labels[i] = uf.find(i);
        return labels;
    }

    static final class UnionFind {
        final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra != rb) parent[rb] = ra;
        }

        /** Makes {@code x} the root of its set. */
        void setRoot(int x) {
            int r = find(x);
            if (r != x) {
                parent[r] = x;
                parent[x] = x;
            }
        }
    }
}
