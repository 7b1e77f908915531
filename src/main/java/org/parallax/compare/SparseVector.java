package org.parallax.compare;

import java.util.Arrays;
import java.util.Map;

/** A sparse term-weight vector over int term ids, sorted by id, with a cached norm. */
final class SparseVector {
    final int[] ids;
    final double[] w;
    final double norm;

    SparseVector(int[] ids, double[] w) {
        this.ids = ids;
        this.w = w;
        double n = 0;
        for (double x : w) n += x * x;
        this.norm = Math.sqrt(n);
    }

    static SparseVector of(Map<Integer, Double> m) {
        int[] ids = new int[m.size()];
        int k = 0;
        for (int id : m.keySet()) ids[k++] = id;
        Arrays.sort(ids);
        double[] w = new double[ids.length];
        for (int i = 0; i < ids.length; i++) w[i] = m.get(ids[i]);
        return new SparseVector(ids, w);
    }

    double dot(SparseVector o) {
        double d = 0;
        int i = 0, j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) d += w[i++] * o.w[j++];
            else if (ids[i] < o.ids[j]) i++;
            else j++;
        }
        return d;
    }

    double cosine(SparseVector o) {
        if (norm == 0 || o.norm == 0) return 0;
        return Math.min(1.0, dot(o) / (norm * o.norm));
    }

    /** The share of this vector's weight whose terms also occur in {@code o}. */
    double containedIn(SparseVector o) {
        double in = 0, all = 0;
        int j = 0;
        for (int i = 0; i < ids.length; i++) {
            all += w[i];
            while (j < o.ids.length && o.ids[j] < ids[i]) j++;
            if (j < o.ids.length && o.ids[j] == ids[i]) in += w[i];
        }
        return all == 0 ? 0 : in / all;
    }

    SparseVector plus(SparseVector o) {
        int[] ri = new int[ids.length + o.ids.length];
        double[] rw = new double[ri.length];
        int i = 0, j = 0, k = 0;
        while (i < ids.length || j < o.ids.length) {
            if (j >= o.ids.length || i < ids.length && ids[i] < o.ids[j]) {
                ri[k] = ids[i];
                rw[k++] = w[i++];
            } else if (i >= ids.length || o.ids[j] < ids[i]) {
                ri[k] = o.ids[j];
                rw[k++] = o.w[j++];
            } else {
                ri[k] = ids[i];
                rw[k++] = w[i++] + o.w[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(ri, k), Arrays.copyOf(rw, k));
    }
}
