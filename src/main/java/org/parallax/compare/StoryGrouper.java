package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.logging.Logger;

import org.parallax.model.DateRange;

/**
 * Groups articles that tell the same story, in two nested levels (stories inside topics). Scales by candidate
 * generation instead of comparing all pairs:
 * <ol>
 * <li>near-duplicates (the same wire copy, lightly edited) are found by MinHash over word 3-shingles with LSH banding
 * and collapsed into one representative;</li>
 * <li>candidate pairs of representatives come from keyword blocking: representatives sharing at least two of their
 * heaviest TF-IDF terms and entity names (words held by more than a few percent of them are skipped), at most
 * {@code maxCandidates} partners each, so rewritten reports of one event still meet without comparing all pairs;</li>
 * <li>candidates are scored by TF-IDF cosine of the texts blended with entity-name cosine, damped when both name
 * years and none agree, and joined into stories by average-link clustering above the story threshold;</li>
 * <li>stories are joined into topics: first each pair of stories that are one another's nearest neighbour (by the
 * better of the cosine of their ordinary words and that of their names), then by average-link over the cosine of their
 * centroids cut to their {@code keywords} heaviest terms (years ignored: one topic spans events of different years), both
 * above the topic threshold. Defaults were tuned on ECB+ (see EcbPlusGroupingTest, and EcbPlusCrossValidation for how far
 * they carry to unseen topics).</li>
 * </ol>
 * {@link #groupExhaustive} scores all pairs with the same score and clustering: the baseline that LSH is measured against.
 */
public final class StoryGrouper {
    private static final Logger LOG = Logger.getLogger(StoryGrouper.class.getName());
    public static final int MAX_PAIRS_PER_GROUP = 200;
    /** Name terms kept of a story's centroid when its nearest neighbour is sought. */
    private static final int NAME_TERMS = 20;

    /**
     * Tuning. {@code story}: least average-link similarity of articles within a story; {@code topic}: of story centroids
     * within a topic; {@code duplicate}:
     * least cosine of near-duplicates; {@code entityWeight}: share of the entity cosine in a score; {@code yearPenalty}:
     * factor applied when both name years and none agree; {@code keywords}: keywords per representative for candidate
     * blocking, and terms kept of a story's centroid when topics are formed; {@code maxCandidates}: most partners
     * scored per representative.
     */
    public record Settings(double story, double topic, double duplicate, double entityWeight, double yearPenalty,
            int keywords, int maxCandidates) {
        public static Settings defaults() {
            return new Settings(0.20, 0.10, 0.80, 0.3, 0.6, 30, 64);
        }

        public Settings withThresholds(double story, double topic) {
            return new Settings(story, topic, duplicate, entityWeight, yearPenalty, keywords, maxCandidates);
        }
    }

    private final Settings settings;

    public StoryGrouper() {
        this(Settings.defaults());
    }

    public StoryGrouper(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Groups the documents using LSH candidates. */
    public StoryGrouping group(List<StoryDoc> docs) {
        return run(docs, false);
    }

    /** Groups the documents by scoring every pair: quadratic, for measuring the LSH path against. */
    public StoryGrouping groupExhaustive(List<StoryDoc> docs) {
        return run(docs, true);
    }

    /** The score of two documents on their own (IDF from just the two), as used for grouping. */
    public double similarity(StoryDoc a, StoryDoc b) {
        Corpus c = new Corpus(List.of(a, b));
        return c.score(c.text[0], c.ent[0], c.years[0], c.text[1], c.ent[1], c.years[1]);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private StoryGrouping run(List<StoryDoc> docs, boolean exhaustive) {
        long t0 = System.nanoTime();
        Corpus c = new Corpus(docs);
        int n = docs.size();
        long t1 = System.nanoTime();
        UnionFind dup = new UnionFind(n);
        List<Edge> docEdges = new ArrayList<>();
        if (!exhaustive) nearDuplicates(c, dup, docEdges);
        long t2 = System.nanoTime();
        // representatives: one per near-duplicate set
        int[] repOf = new int[n];
        Map<Integer, Integer> repIndex = new HashMap<>();
        List<List<Integer>> repMembers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = dup.find(i);
            Integer r = repIndex.get(root);
            if (r == null) {
                r = repMembers.size();
                repIndex.put(root, r);
                repMembers.add(new ArrayList<>());
            }
            repMembers.get(r).add(i);
            repOf[i] = r;
        }
        int m = repMembers.size();
        SparseVector[] rt = new SparseVector[m], re = new SparseVector[m];
        int[][] ry = new int[m][];
        double[] weight = new double[m];
        for (int r = 0; r < m; r++) {
            List<Integer> mem = repMembers.get(r);
            weight[r] = mem.size();
            if (mem.size() == 1) {
                int d = mem.get(0);
                rt[r] = c.text[d];
                re[r] = c.ent[d];
                ry[r] = c.years[d];
            } else {
                rt[r] = centroid(mem, c.text);
                re[r] = centroid(mem, c.ent);
                ry[r] = unionYears(mem, c.years);
            }
        }
        // candidate pairs of representatives, scored
        double minEdge = settings.story() * 0.3;
        List<Edge> repEdges = new ArrayList<>();
        long candidates = 0;
        if (exhaustive) {
            // one vector scattered into a dense array, every later one dotted against it: the fastest honest all-pairs
            double[] dt = new double[c.terms], de = new double[c.terms];
            for (int x = 0; x < m; x++) {
                scatter(rt[x], dt, 1);
                scatter(re[x], de, 1);
                for (int y = x + 1; y < m; y++) {
                    double st = dense(dt, rt[x], rt[y]);
                    double se = re[x].ids.length > 0 && re[y].ids.length > 0 ? dense(de, re[x], re[y]) : -1;
                    double sc = c.combine(st, se, ry[x], ry[y]);
                    if (sc >= minEdge) repEdges.add(new Edge(x, y, sc));
                }
                scatter(rt[x], dt, 0);
                scatter(re[x], de, 0);
            }
            candidates = (long) m * (m - 1) / 2;
        } else {
            long[] count = {0};
            for (int[] xy : keywordCandidates(rt, re, settings.keywords(), settings.maxCandidates())) {
                count[0]++;
                int x = xy[0], y = xy[1];
                double sc = c.score(rt[x], re[x], ry[x], rt[y], re[y], ry[y]);
                if (sc >= minEdge) repEdges.add(new Edge(x, y, sc));
            }
            candidates = count[0];
        }
        long t3 = System.nanoTime();
        int[] storyOfRep = averageLink(m, weight, repEdges, settings.story());
        int[] topicOfRep = topics(c, storyOfRep, weight, rt, re);
        int[][] levels = {storyOfRep, topicOfRep};
        StoryGrouping g = assemble(docs, repOf, repMembers, levels, docEdges, repEdges, candidates);
        long t4 = System.nanoTime();
        long scored = candidates;
        LOG.fine(() -> String.format("grouped %d docs (%d representatives, %d scored pairs, %d edges): prepare %d ms, "
                        + "duplicates %d ms, candidates %d ms, clustering %d ms -> %d stories, %d topics", n, m, scored,
                repEdges.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                g.stories().size(), g.topics().size()));
        return g;
    }

    private record Edge(int x, int y, double s) {
    }

    // near-duplicates ------------------------------------------------------------------------------------------------

    private static final int DUP_BINS = 64, DUP_ROWS = 3;

    private void nearDuplicates(Corpus c, UnionFind dup, List<Edge> edges) {
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
                    if (s >= settings.duplicate()) {
                        dup.union(i, j);
                        ri = dup.find(i);
                        edges.add(new Edge(j, i, s));
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
    private static List<int[]> keywordCandidates(SparseVector[] rt, SparseVector[] re, int keywords, int max) {
        int m = rt.length;
        int[][] kw = new int[m][];
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int r = 0; r < m; r++) {
            kw[r] = keywords(rt[r], re[r], keywords);
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

    /**
     * The topic level: stories whose centroids (summed member vectors) are close are joined by average-link. Each text
     * centroid keeps only its {@code keywords} heaviest terms: two reports of different events of one kind (the deaths
     * of two film stars of one era) share a few heavy words, while the long tail of incidental words only adds noise to their
     * cosine, and for a large story the tail outweighs the few. Years are ignored here, since one topic spans events in
     * different years.
     */
    private int[] topics(Corpus c, int[] storyOfRep, double[] weight, SparseVector[] rt, SparseVector[] re) {
        int m = storyOfRep.length;
        Map<Integer, Integer> index = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        int[] storyIdx = new int[m];
        for (int r = 0; r < m; r++) {
            int k = index.computeIfAbsent(storyOfRep[r], x -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            members.get(k).add(r);
            storyIdx[r] = k;
        }
        int s = members.size();
        SparseVector[] st = new SparseVector[s], se = new SparseVector[s], words = new SparseVector[s], names = new SparseVector[s];
        double[] sw = new double[s], articles = new double[s];
        for (int k = 0; k < s; k++) {
            List<Integer> mem = members.get(k);
            SparseVector full = mem.size() == 1 ? rt[mem.get(0)] : centroid(mem, rt);
            se[k] = mem.size() == 1 ? re[mem.get(0)] : centroid(mem, re);
            st[k] = heaviest(full, settings.keywords());
            SparseVector[] split = splitNames(full, c.name);
            words[k] = heaviest(split[0], settings.keywords());
            names[k] = heaviest(split[1], NAME_TERMS);
            sw[k] = 1;
            for (int r : mem) articles[k] += weight[r];
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> candidates = keywordCandidates(st, se, settings.keywords(), settings.maxCandidates());
        for (int[] xy : candidates) {
            double sc = c.score(st[xy[0]], se[xy[0]], new int[0], st[xy[1]], se[xy[1]], new int[0]);
            if (sc >= settings.topic() * 0.5) edges.add(new Edge(xy[0], xy[1], sc));
        }
        List<int[]> mutual = mutualNearest(candidates, words, names, articles, settings.topic());
        int[] topicOfStory = averageLink(s, sw, edges, settings.topic(), mutual);
        int[] out = new int[m];
        for (int r = 0; r < m; r++) out[r] = topicOfStory[storyIdx[r]];
        return out;
    }

    /**
     * Pairs of stories, each of at least two articles, that are one another's nearest neighbour among the candidates,
     * by the better of the cosine of their ordinary words and of their names, at least {@code min}. Reports of two
     * events of one kind (two office shootings, in different cities) often share no name and too few words for
     * average-link over the whole vocabulary, yet each is the other's closest story; three events of one kind in three
     * places (earthquakes) rarely pair up that way, since each has a rival about as close. Stories of one article are
     * scored as neighbours but never paired: their vectors are too thin to vouch for a topic.
     */
    static List<int[]> mutualNearest(List<int[]> candidates, SparseVector[] words, SparseVector[] names, double[] articles,
            double min) {
        int s = words.length;
        int[] nearest = new int[s];
        double[] best = new double[s];
        Arrays.fill(nearest, -1);
        for (int[] xy : candidates) {
            int x = xy[0], y = xy[1];
            double sim = Math.max(words[x].cosine(words[y]), names[x].cosine(names[y]));
            if (sim > best[x]) {
                best[x] = sim;
                nearest[x] = y;
            }
            if (sim > best[y]) {
                best[y] = sim;
                nearest[y] = x;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int x = 0; x < s; x++) {
            int y = nearest[x];
            if (y > x && nearest[y] == x && best[x] >= min && articles[x] >= 2 && articles[y] >= 2) out.add(new int[] {x, y});
        }
        return out;
    }

    /** {@code v} split into its ordinary words and its names. */
    private static SparseVector[] splitNames(SparseVector v, boolean[] name) {
        int n = 0;
        for (int id : v.ids) if (name[id]) n++;
        int[] wi = new int[v.ids.length - n], ni = new int[n];
        double[] ww = new double[wi.length], nw = new double[n];
        for (int i = 0, a = 0, b = 0; i < v.ids.length; i++) {
            if (name[v.ids[i]]) {
                ni[b] = v.ids[i];
                nw[b++] = v.w[i];
            } else {
                wi[a] = v.ids[i];
                ww[a++] = v.w[i];
            }
        }
        return new SparseVector[] {new SparseVector(wi, ww), new SparseVector(ni, nw)};
    }

    /** The {@code count} heaviest terms of {@code v} (ties at the cut kept in id order), or {@code v} if it has no more. */
    static SparseVector heaviest(SparseVector v, int count) {
        if (v.ids.length <= count) return v;
        double[] sorted = v.w.clone();
        Arrays.sort(sorted);
        double min = sorted[sorted.length - count];
        int k = 0;
        int[] ids = new int[count];
        double[] w = new double[count];
        for (int i = 0; i < v.ids.length && k < count; i++) {
            if (v.w[i] >= min) {
                ids[k] = v.ids[i];
                w[k++] = v.w[i];
            }
        }
        return new SparseVector(Arrays.copyOf(ids, k), Arrays.copyOf(w, k));
    }

    /** The heaviest terms of the text, then of the entity names. */
    private static int[] keywords(SparseVector text, SparseVector ent, int count) {
        Set<Integer> out = new HashSet<>();
        addTop(text, count, out);
        addTop(ent, count / 3, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addTop(SparseVector v, int count, Set<Integer> out) {
        Integer[] idx = new Integer[v.ids.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (p, q) -> Double.compare(v.w[q], v.w[p]));
        for (int i = 0; i < Math.min(count, idx.length); i++) out.add(v.ids[idx[i]]);
    }

    // clustering -----------------------------------------------------------------------------------------------------

    private static int[] averageLink(int m, double[] weight, List<Edge> edges, double threshold) {
        return averageLink(m, weight, edges, threshold, List.of());
    }

    /**
     * Weighted average-link over a sparse graph (missing edges count as 0): the cluster label of each node once no two
     * clusters are linked above the threshold. The {@code joined} pairs are merged first, whatever their link.
     */
    private static int[] averageLink(int m, double[] weight, List<Edge> edges, double threshold, List<int[]> joined) {
        List<Map<Integer, Double>> nb = new ArrayList<>(m);
        for (int i = 0; i < m; i++) nb.add(new HashMap<>(4));
        double[] w = weight.clone();
        int[] version = new int[m];
        boolean[] dead = new boolean[m];
        UnionFind uf = new UnionFind(m);
        PriorityQueue<double[]> pq = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0]));
        for (Edge e : edges) {
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

    private StoryGrouping assemble(List<StoryDoc> docs, int[] repOf, List<List<Integer>> repMembers, int[][] levels,
            List<Edge> docEdges, List<Edge> repEdges, long scoredPairs) {
        int n = docs.size();
        // doc -> story label and topic label
        Map<Integer, Integer> storyIndex = new HashMap<>(), topicIndex = new HashMap<>();
        int[] storyOf = new int[n], topicOf = new int[n];
        List<List<Long>> storyMembers = new ArrayList<>(), topicMembers = new ArrayList<>();
        List<Integer> storyTopicList = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int r = repOf[d];
            int sl = levels[0][r], tl = levels[1][r];
            Integer si = storyIndex.get(sl);
            Integer ti = topicIndex.get(tl);
            if (ti == null) {
                ti = topicMembers.size();
                topicIndex.put(tl, ti);
                topicMembers.add(new ArrayList<>());
            }
            if (si == null) {
                si = storyMembers.size();
                storyIndex.put(sl, si);
                storyMembers.add(new ArrayList<>());
                storyTopicList.add(ti);
            }
            storyMembers.get(si).add(docs.get(d).id());
            topicMembers.get(ti).add(docs.get(d).id());
            storyOf[d] = si;
            topicOf[d] = ti;
        }
        List<List<StoryGroup.PairSimilarity>> storyPairs = new ArrayList<>(), topicPairs = new ArrayList<>();
        storyMembers.forEach(x -> storyPairs.add(new ArrayList<>()));
        topicMembers.forEach(x -> topicPairs.add(new ArrayList<>()));
        for (Edge e : docEdges) addPair(docs, e.x(), e.y(), e.s(), storyOf, topicOf, storyPairs, topicPairs);
        for (Edge e : repEdges) {
            int dx = repMembers.get(e.x()).get(0), dy = repMembers.get(e.y()).get(0);
            addPair(docs, dx, dy, e.s(), storyOf, topicOf, storyPairs, topicPairs);
        }
        return new StoryGrouping(groups(storyMembers, storyPairs), groups(topicMembers, topicPairs),
                storyTopicList.stream().mapToInt(Integer::intValue).toArray(), scoredPairs);
    }

    private static void addPair(List<StoryDoc> docs, int dx, int dy, double s, int[] storyOf, int[] topicOf,
            List<List<StoryGroup.PairSimilarity>> storyPairs, List<List<StoryGroup.PairSimilarity>> topicPairs) {
        long a = docs.get(dx).id(), b = docs.get(dy).id();
        StoryGroup.PairSimilarity p = new StoryGroup.PairSimilarity(Math.min(a, b), Math.max(a, b), Math.round(s * 10000) / 10000.0);
        if (storyOf[dx] == storyOf[dy]) storyPairs.get(storyOf[dx]).add(p);
        if (topicOf[dx] == topicOf[dy]) topicPairs.get(topicOf[dx]).add(p);
    }

    private static List<StoryGroup> groups(List<List<Long>> members, List<List<StoryGroup.PairSimilarity>> pairs) {
        List<StoryGroup> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            List<Long> mem = members.get(i);
            mem.sort(null);
            List<StoryGroup.PairSimilarity> ps = pairs.get(i);
            ps.sort(Comparator.comparingDouble(p -> -p.similarity()));
            out.add(new StoryGroup(mem, ps.size() > MAX_PAIRS_PER_GROUP ? ps.subList(0, MAX_PAIRS_PER_GROUP) : ps));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static SparseVector centroid(List<Integer> members, SparseVector[] vs) {
        Map<Integer, Double> sum = new HashMap<>();
        for (int d : members) {
            SparseVector v = vs[d];
            for (int k = 0; k < v.ids.length; k++) sum.merge(v.ids[k], v.w[k] / (v.norm == 0 ? 1 : v.norm), Double::sum);
        }
        return SparseVector.of(sum);
    }

    private static int[] unionYears(List<Integer> members, int[][] years) {
        return members.stream().flatMapToInt(d -> Arrays.stream(years[d])).distinct().sorted().toArray();
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Term statistics and vectors of one grouping run. */
    private final class Corpus {
        final int n;
        final SparseVector[] text, ent;
        final int[][] years, seq;
        final int terms;
        /** Per term: capitalised in at least half of its occurrences that do not open a sentence (a name, not a word). */
        final boolean[] name;

        Corpus(List<StoryDoc> docs) {
            n = docs.size();
            TermTable dict = new TermTable();
            for (String w : Tokens.STOPWORDS) dict.id(w);
            int stops = dict.size();
            seq = new int[n][];
            int[][] names = new int[n][];
            years = new int[n][];
            int[] ids = new int[1024], nameIds = new int[256], ys = new int[16];
            int[] inSentence = new int[1024], capitalised = new int[1024];
            char[] buf = new char[64];
            for (int i = 0; i < n; i++) {
                StoryDoc d = docs.get(i);
                String t = d.text();
                int len = t.length(), ni = 0, nn = 0, ny = 0;
                boolean sentenceStart = true;
                // the same words and keys as Tokens.words, scanned in place
                for (int p = 0; p < len; ) {
                    char c = t.charAt(p);
                    if (!Character.isLetterOrDigit(c)) {
                        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201C') sentenceStart = true;
                        p++;
                        continue;
                    }
                    int begin = p, bl = 0, h = 0;
                    boolean digits = true;
                    while (p < len) {
                        c = t.charAt(p);
                        if (Character.isLetterOrDigit(c)) {
                            char lc = Character.toLowerCase(c);
                            if (bl == buf.length) buf = Arrays.copyOf(buf, bl * 2);
                            buf[bl++] = lc;
                            h = 31 * h + lc;
                            digits &= Character.isDigit(c);
                            p++;
                        } else if ((c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019') && p + 1 < len
                                && Character.isLetterOrDigit(t.charAt(p + 1))) {
                            p++;
                        } else {
                            break;
                        }
                    }
                    if (digits) {
                        if (bl == 4 && (buf[0] == '1' && buf[1] == '9' || buf[0] == '2' && buf[1] == '0')) {
                            if (ny == ys.length) ys = Arrays.copyOf(ys, ny * 2);
                            ys[ny++] = (buf[0] - '0') * 1000 + (buf[1] - '0') * 100 + (buf[2] - '0') * 10 + (buf[3] - '0');
                        }
                    } else if (bl > 1) {
                        int id = dict.id(buf, bl, h);
                        if (id >= stops) {
                            if (ni == ids.length) ids = Arrays.copyOf(ids, ni * 2);
                            ids[ni++] = id;
                            if (!sentenceStart) {
                                if (id >= inSentence.length) {
                                    inSentence = Arrays.copyOf(inSentence, Math.max(id + 1, inSentence.length * 2));
                                    capitalised = Arrays.copyOf(capitalised, inSentence.length);
                                }
                                inSentence[id]++;
                                if (Character.isUpperCase(t.charAt(begin))) capitalised[id]++;
                            }
                            if (d.entities() == null && !sentenceStart && Character.isUpperCase(t.charAt(begin))) {
                                if (nn == nameIds.length) nameIds = Arrays.copyOf(nameIds, nn * 2);
                                nameIds[nn++] = id;
                            }
                        }
                    }
                    sentenceStart = false;
                }
                seq[i] = Arrays.copyOf(ids, ni);
                if (d.entities() != null) {
                    for (String name : d.entities()) {
                        for (Tokens.Tok tok : Tokens.words(name, 0, name.length())) {
                            if (tok.key().length() > 1 && !Tokens.STOPWORDS.contains(tok.key())) {
                                if (nn == nameIds.length) nameIds = Arrays.copyOf(nameIds, nn * 2);
                                nameIds[nn++] = dict.id(tok.key());
                            }
                        }
                    }
                }
                names[i] = Arrays.copyOf(nameIds, nn);
                if (d.dates() != null) {
                    ny = 0;
                    for (DateRange r : d.dates()) {
                        for (int y = r.start().getYear(); y <= r.end().getYear() && y < r.start().getYear() + 50; y++) {
                            if (ny == ys.length) ys = Arrays.copyOf(ys, ny * 2);
                            ys[ny++] = y;
                        }
                    }
                }
                years[i] = Arrays.stream(ys, 0, ny).distinct().sorted().toArray();
            }
            terms = dict.size();
            name = new boolean[terms];
            for (int t = 0; t < Math.min(terms, inSentence.length); t++) name[t] = inSentence[t] > 0 && 2 * capitalised[t] >= inSentence[t];
            int[] df = new int[dict.size()];
            int[] lastSeen = new int[dict.size()];
            Arrays.fill(lastSeen, -1);
            for (int i = 0; i < n; i++) {
                for (int id : seq[i]) {
                    if (lastSeen[id] != i) {
                        lastSeen[id] = i;
                        df[id]++;
                    }
                }
            }
            double[] idf = new double[df.length];
            for (int t = 0; t < idf.length; t++) idf[t] = Math.log((n + 1.0) / (df[t] + 0.5));
            text = new SparseVector[n];
            ent = new SparseVector[n];
            for (int i = 0; i < n; i++) {
                text[i] = weighted(seq[i], idf);
                ent[i] = weighted(names[i], idf);
            }
        }

        double score(SparseVector ta, SparseVector ea, int[] ya, SparseVector tb, SparseVector eb, int[] yb) {
            return combine(ta.cosine(tb), ea.ids.length > 0 && eb.ids.length > 0 ? ea.cosine(eb) : -1, ya, yb);
        }

        /** Text cosine blended with the entity cosine (negative when either side has none), damped if years disagree. */
        double combine(double text, double entities, int[] ya, int[] yb) {
            double s = entities < 0 ? text : (1 - settings.entityWeight()) * text + settings.entityWeight() * entities;
            if (ya.length > 0 && yb.length > 0 && !intersects(ya, yb)) s *= settings.yearPenalty();
            return s;
        }
    }

    private static void scatter(SparseVector v, double[] dense, int on) {
        for (int k = 0; k < v.ids.length; k++) dense[v.ids[k]] = on * v.w[k];
    }

    private static double dense(double[] scattered, SparseVector x, SparseVector y) {
        if (x.norm == 0 || y.norm == 0) return 0;
        double d = 0;
        int[] ids = y.ids;
        double[] w = y.w;
        for (int k = 0; k < ids.length; k++) d += scattered[ids[k]] * w[k];
        return Math.min(1.0, d / (x.norm * y.norm));
    }

    private static boolean intersects(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static SparseVector weighted(int[] ids, double[] idf) {
        if (ids.length == 0) return new SparseVector(new int[0], new double[0]);
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] u = new int[sorted.length];
        double[] w = new double[sorted.length];
        int k = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            u[k] = sorted[i];
            w[k++] = (1 + Math.log(j - i)) * Math.max(idf[sorted[i]], 0);
            i = j;
        }
        return new SparseVector(Arrays.copyOf(u, k), Arrays.copyOf(w, k));
    }

    private static final class UnionFind {
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
