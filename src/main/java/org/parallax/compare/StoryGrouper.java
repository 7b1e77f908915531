package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

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
 * years and none agree, and joined into stories by average-link clustering above the story threshold, never joining
 * two clusters whose publication dates would then spread over more than {@code span} days, nor two that both name full
 * dates with none of one within {@code window} days of one of the other's ({@link EventTimes}): a story is one event,
 * and follow-ups over weeks on one subject meet again at the next level;</li>
 * <li>stories are joined into topics (the thread a story belongs to; no date bound applies here): first each pair of
 * stories that are one another's nearest neighbour (by the better of the cosine of their ordinary words and that of
 * their names), then by average-link over the cosine of their
 * centroids cut to their {@code keywords} heaviest terms (years ignored: one topic spans events of different years), both
 * above the topic threshold, and only between stories that share a name other than a weekday or month
 * ({@link SubjectNames}: a thread is one subject). Defaults were tuned on ECB+ (see EcbPlusGroupingTest, and EcbPlusCrossValidation for how far
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
     * scored per representative; {@code span}: most days between the first and last publication of one story;
     * {@code window}: most days between the nearest full dates two stories name for them to be one (negative: not used).
     */
    public record Settings(double story, double topic, double duplicate, double entityWeight, double yearPenalty,
            int keywords, int maxCandidates, int span, int window) {
        public static Settings defaults() {
            return new Settings(0.20, 0.10, 0.80, 0.3, 0.6, 30, 64, 7, 30);
        }

        public Settings withThresholds(double story, double topic) {
            return new Settings(story, topic, duplicate, entityWeight, yearPenalty, keywords, maxCandidates, span, window);
        }

        /** These settings with other event bounds. */
        public Settings withTimes(int span, int window) {
            return new Settings(story, topic, duplicate, entityWeight, yearPenalty, keywords, maxCandidates, span, window);
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
        StoryCorpus c = new StoryCorpus(List.of(a, b), settings);
        return c.score(c.text[0], c.ent[0], c.years[0], c.text[1], c.ent[1], c.years[1]);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Groups a neighbourhood of a library with the library's term weights, so that its stories come out as a grouping
     * of the whole library would draw them there (the story index places each new article this way).
     */
    public StoryGrouping group(List<StoryDoc> docs, TermStats library) {
        return run(docs, false, library);
    }

    /**
     * The distinct terms of a text as grouping counts them (words of two or more letters, lower case, without
     * stop words and bare numbers): what a library's {@link TermStats} counts per document.
     */
    public static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (Tokens.Tok t : Tokens.words(text, 0, text.length())) {
            String k = t.key();
            if (k.length() > 1 && !Tokens.STOPWORDS.contains(k) && !k.chars().allMatch(Character::isDigit)) out.add(k);
        }
        return out;
    }

    /**
     * Each document's keywords as candidate generation picks them (its heaviest TF-IDF terms, then its heaviest entity
     * names), weighted with the library's statistics: two documents are candidates when they share two of them.
     */
    public List<Set<String>> keywords(List<StoryDoc> docs, TermStats library) {
        // keywords are read off the term vectors alone: the documents' dates are not read
        return keywords(new StoryCorpus(docs, docs.size(), settings, library, false));
    }

    /**
     * {@link #group(List, TermStats)} and {@link #keywords(List, TermStats)} of the same documents at once: one reading
     * of them (tokens, dates, term statistics) serves both, as a placement in the story index needs both.
     */
    public Grouped groupWithKeywords(List<StoryDoc> docs, TermStats library) {
        StoryCorpus c = new StoryCorpus(docs, settings, library);
        return new Grouped(run(c, false), keywords(c));
    }

    /** Each document's keywords in {@code c}. */
    private List<Set<String>> keywords(StoryCorpus c) {
        List<Set<String>> out = new ArrayList<>(c.n);
        for (int i = 0; i < c.n; i++) {
            Set<String> words = new HashSet<>();
            for (int t : keywords(c.text[i], c.ent[i], settings.keywords())) words.add(c.term(t));
            out.add(words);
        }
        return out;
    }

    private StoryGrouping run(List<StoryDoc> docs, boolean exhaustive) {
        return run(docs, exhaustive, null);
    }

    /** A whole grouping with each document's keywords (as {@link #keywords} gives them with the documents' own counts). */
    public record Grouped(StoryGrouping grouping, List<Set<String>> keywords) {
    }

    /**
     * Groups {@code size} documents read once from {@code docs} (a whole library, loaded one article at a time), and
     * gives each one's keywords weighted by the documents' own term counts. No document's text is held beyond its
     * own tokenising, so memory grows with the number of documents, not with their length.
     */
    public Grouped groupAll(Iterable<StoryDoc> docs, int size) {
        StoryCorpus c = new StoryCorpus(docs, size, settings, null, true);
        StoryGrouping g = run(c, false);
        return new Grouped(g, keywords(c));
    }

    private StoryGrouping run(List<StoryDoc> docs, boolean exhaustive, TermStats library) {
        return run(new StoryCorpus(docs, settings, library), exhaustive);
    }

    private StoryGrouping run(StoryCorpus c, boolean exhaustive) {
        long t0 = System.nanoTime();
        int n = c.n;
        long t1 = System.nanoTime();
        AverageLink.UnionFind dup = new AverageLink.UnionFind(n);
        List<Edge> docEdges = new ArrayList<>();
        if (!exhaustive) StoryCandidates.nearDuplicates(c, settings.duplicate(), dup, docEdges);
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
        int[][] ry = new int[m][], rd = new int[m][];
        int[] first = new int[m], last = new int[m];
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
            rd[r] = new int[0];
            first[r] = Integer.MIN_VALUE;
            last[r] = Integer.MIN_VALUE;
            for (int d : mem) {
                rd[r] = StoryDates.union(rd[r], c.days[d]);
                int p = c.published[d];
                if (p == Integer.MIN_VALUE) continue;
                first[r] = first[r] == Integer.MIN_VALUE ? p : Math.min(first[r], p);
                last[r] = last[r] == Integer.MIN_VALUE ? p : Math.max(last[r], p);
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
            for (int[] xy : StoryCandidates.keywords(rt, re, settings.keywords(), settings.maxCandidates())) {
                count[0]++;
                int x = xy[0], y = xy[1];
                double sc = c.score(rt[x], re[x], ry[x], rt[y], re[y], ry[y]);
                if (sc >= minEdge) repEdges.add(new Edge(x, y, sc));
            }
            candidates = count[0];
        }
        long t3 = System.nanoTime();
        EventTimes times = new EventTimes(rd, first, last, settings.span(), settings.window());
        int[] storyOfRep = AverageLink.labels(m, weight, repEdges, settings.story(), List.of(), times);
        int[] topicOfRep = topics(c, storyOfRep, weight, rt, re);
        int[][] levels = {storyOfRep, topicOfRep};
        StoryGrouping g = assemble(c.ids, repOf, repMembers, levels, docEdges, repEdges, candidates);
        long t4 = System.nanoTime();
        long scored = candidates;
        LOG.fine(() -> String.format("grouped %d docs (%d representatives, %d scored pairs, %d edges): prepare %d ms, "
                        + "duplicates %d ms, candidates %d ms, clustering %d ms -> %d stories, %d topics", n, m, scored,
                repEdges.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                g.stories().size(), g.topics().size()));
        return g;
    }

    /** A scored pair of items {@code x} and {@code y}. */
    record Edge(int x, int y, double s) {
    }


    /**
     * The topic level: stories whose centroids (summed member vectors) are close are joined by average-link. Each text
     * centroid keeps only its {@code keywords} heaviest terms: two reports of different events of one kind (the deaths
     * of two film stars of one era) share a few heavy words, while the long tail of incidental words only adds noise to their
     * cosine, and for a large story the tail outweighs the few. Years are ignored here, since one topic spans events in
     * different years.
     */
    private int[] topics(StoryCorpus c, int[] storyOfRep, double[] weight, SparseVector[] rt, SparseVector[] re) {
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
        SparseVector[] subject = new SparseVector[s];
        double[] sw = new double[s], articles = new double[s];
        for (int k = 0; k < s; k++) {
            List<Integer> mem = members.get(k);
            SparseVector full = mem.size() == 1 ? rt[mem.get(0)] : centroid(mem, rt);
            se[k] = mem.size() == 1 ? re[mem.get(0)] : centroid(mem, re);
            st[k] = heaviest(full, settings.keywords());
            SparseVector[] split = splitNames(full, c.name);
            words[k] = heaviest(split[0], settings.keywords());
            names[k] = heaviest(split[1], NAME_TERMS);
            subject[k] = SubjectNames.of(split[1], c::term);
            sw[k] = 1;
            for (int r : mem) articles[k] += weight[r];
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> candidates = StoryCandidates.keywords(st, se, settings.keywords(), settings.maxCandidates());
        for (int[] xy : candidates) {
            double sc = c.score(st[xy[0]], se[xy[0]], new int[0], st[xy[1]], se[xy[1]], new int[0]);
            if (sc >= settings.topic() * 0.5 && SubjectNames.shared(subject[xy[0]], subject[xy[1]])) edges.add(new Edge(xy[0], xy[1], sc));
        }
        List<int[]> mutual = mutualNearest(candidates, words, names, articles, settings.topic());
        mutual.removeIf(xy -> !SubjectNames.shared(subject[xy[0]], subject[xy[1]]));
        int[] topicOfStory = AverageLink.labels(s, sw, edges, settings.topic(), mutual);
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
    static int[] keywords(SparseVector text, SparseVector ent, int count) {
        Set<Integer> out = new HashSet<>();
        addTop(text, count, out);
        addTop(ent, count / 3, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds the ids of the {@code count} heaviest terms of {@code v}, heaviest first and ties in id order: the first
     * {@code count} of all terms sorted stably by weight, found without sorting them all (the order of adding is kept,
     * since it decides the order the set gives them back in).
     */
    private static void addTop(SparseVector v, int count, Set<Integer> out) {
        int len = v.ids.length, k = Math.min(count, len);
        if (k <= 0) return;
        double[] sorted = v.w.clone();
        Arrays.sort(sorted);
        double cut = sorted[len - k]; // the k-th heaviest weight: every heavier term is in, then the first ones at the cut
        int above = 0;
        for (double x : v.w) if (Double.compare(x, cut) > 0) above++;
        Integer[] idx = new Integer[k];
        for (int i = 0, n = 0, atCut = k - above; n < k; i++) {
            int c = Double.compare(v.w[i], cut);
            if (c > 0 || c == 0 && atCut-- > 0) idx[n++] = i;
        }
        Arrays.sort(idx, (p, q) -> Double.compare(v.w[q], v.w[p]));
        for (int i : idx) out.add(v.ids[i]);
    }

    private StoryGrouping assemble(long[] docs, int[] repOf, List<List<Integer>> repMembers, int[][] levels,
            List<Edge> docEdges, List<Edge> repEdges, long scoredPairs) {
        int n = docs.length;
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
            storyMembers.get(si).add(docs[d]);
            topicMembers.get(ti).add(docs[d]);
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

    private static void addPair(long[] docs, int dx, int dy, double s, int[] storyOf, int[] topicOf,
            List<List<StoryGroup.PairSimilarity>> storyPairs, List<List<StoryGroup.PairSimilarity>> topicPairs) {
        long a = docs[dx], b = docs[dy];
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
}
