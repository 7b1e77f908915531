package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/** Same-story grouping of the sample pair among unrelated real news (one ECB+ article from each topic). */
class StoryGrouperTest {
    private static List<EcbPlusCorpus.Doc> others;

    @BeforeAll
    static void load() {
        others = new ArrayList<>();
        Set<Integer> topics = new HashSet<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            if (topics.add(d.topic())) others.add(d);
        }
        assertEquals(43, others.size());
    }

    private static StoryGroup storyOf(StoryGrouping g, long id) {
        return g.stories().stream().filter(s -> s.members().contains(id)).findFirst().orElseThrow();
    }

    private static StoryGroup topicOf(StoryGrouping g, long id) {
        return g.topics().stream().filter(s -> s.members().contains(id)).findFirst().orElseThrow();
    }

    @Test
    void groupsTheSamplePairAndNothingElseWithIt() {
        List<StoryDoc> docs = new ArrayList<>();
        docs.add(StoryDoc.of(Samples.outletA()));
        docs.add(StoryDoc.of(Samples.outletB()));
        for (EcbPlusCorpus.Doc d : others) docs.add(StoryDoc.of(d.article()));
        StoryGrouping g = new StoryGrouper().group(docs);
        assertEquals(List.of(1L, 2L), storyOf(g, 1).members());
        assertEquals(List.of(1L, 2L), topicOf(g, 1).members(), "no unrelated article joins the samples' topic");
        assertTrue(storyOf(g, 1).pairs().stream().anyMatch(p -> p.a() == 1 && p.b() == 2 && p.similarity() > 0.3), storyOf(g, 1).toString());
        // articles from 43 different topics stay apart
        long merged = g.stories().stream().filter(s -> s.members().size() > 1 && !s.members().contains(1L)).count();
        assertEquals(0, merged, "unrelated ECB+ articles grouped: " + g.stories());
        assertEquals(g.stories().size(), g.storyTopic().length);
    }

    @Test
    void scoresTheSamplePairAboveUnrelatedPairs() {
        StoryGrouper grouper = new StoryGrouper();
        StoryDoc a = StoryDoc.of(Samples.outletA()), b = StoryDoc.of(Samples.outletB());
        double same = grouper.similarity(a, b);
        for (EcbPlusCorpus.Doc d : others.subList(0, 10)) {
            assertTrue(grouper.similarity(a, StoryDoc.of(d.article())) < same / 2);
        }
    }

    @Test
    void collapsesLightlyEditedCopiesIntoTheirStory() {
        List<StoryDoc> docs = new ArrayList<>();
        Random rnd = new Random(7);
        for (EcbPlusCorpus.Doc d : others) {
            Article art = d.article();
            docs.add(StoryDoc.of(art));
            docs.add(new StoryDoc(art.id() + 1000, Perturb.words(art.bodyText(), 0.08, rnd), null, null));
        }
        StoryGrouping g = new StoryGrouper().group(docs);
        for (EcbPlusCorpus.Doc d : others) {
            long id = d.article().id();
            assertEquals(List.of(id, id + 1000), storyOf(g, id).members(), "copy of " + d.name());
        }
    }

    @Test
    void topicCentroidsKeepTheirHeaviestTerms() {
        SparseVector v = new SparseVector(new int[] {2, 5, 7, 9, 11}, new double[] {0.5, 3.0, 1.0, 3.0, 2.0});
        SparseVector top = StoryGrouper.heaviest(v, 3);
        assertEquals(List.of(5, 9, 11), java.util.Arrays.stream(top.ids).boxed().toList());
        assertEquals(List.of(3.0, 3.0, 2.0), java.util.Arrays.stream(top.w).boxed().toList());
        // a tie at the cut keeps the lower ids, and the count is never exceeded
        SparseVector tied = StoryGrouper.heaviest(new SparseVector(new int[] {1, 2, 3}, new double[] {1.0, 1.0, 1.0}), 2);
        assertEquals(List.of(1, 2), java.util.Arrays.stream(tied.ids).boxed().toList());
        assertTrue(StoryGrouper.heaviest(v, 10) == v);
    }

    @Test
    void topicsPairStoriesThatAreOneAnothersNearest() {
        SparseVector none = new SparseVector(new int[0], new double[0]);
        SparseVector[] words = {vec(1, 1.0, 2, 1.0), vec(1, 1.0, 2, 0.8, 3, 0.3), vec(3, 1.0, 9, 1.0), none, none, none};
        // stories 2 and 3 share a name only; 4 and 5 share half their names
        SparseVector[] names = {none, none, vec(20, 1.0), vec(20, 1.0), vec(30, 1.0, 31, 1.0), vec(30, 1.0, 32, 1.0)};
        List<int[]> all = new ArrayList<>();
        for (int x = 0; x < 6; x++) for (int y = x + 1; y < 6; y++) all.add(new int[] {x, y});
        double[] articles = {3, 2, 4, 1, 2, 2};
        // 2's closest word neighbour is 1, but 1's is 0; 3 is 2's nearest by name but a single article
        assertEquals(List.of("0-1", "4-5"), pairs(StoryGrouper.mutualNearest(all, words, names, articles, 0.1)));
        assertEquals(List.of("0-1"), pairs(StoryGrouper.mutualNearest(all, words, names, articles, 0.6)));
        articles[3] = 2;
        assertEquals(List.of("0-1", "2-3", "4-5"), pairs(StoryGrouper.mutualNearest(all, words, names, articles, 0.1)));
        // only candidate pairs are compared
        assertEquals(List.of("4-5"), pairs(StoryGrouper.mutualNearest(List.of(new int[] {4, 5}), words, names, articles, 0.1)));
    }

    private static SparseVector vec(Object... idAndWeight) {
        int[] ids = new int[idAndWeight.length / 2];
        double[] w = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (Integer) idAndWeight[2 * i];
            w[i] = (Double) idAndWeight[2 * i + 1];
        }
        return new SparseVector(ids, w);
    }

    private static List<String> pairs(List<int[]> pairs) {
        return pairs.stream().map(p -> p[0] + "-" + p[1]).sorted().toList();
    }

    @Test
    void usesGivenEntitiesAndDates() {
        Article a = Samples.outletA(), b = Samples.outletB();
        var march = List.of(org.parallax.model.DateRange.day(java.time.LocalDate.of(2023, 3, 6)));
        var older = List.of(org.parallax.model.DateRange.day(java.time.LocalDate.of(2019, 3, 6)));
        StoryGrouper grouper = new StoryGrouper();
        double agree = grouper.similarity(new StoryDoc(1, a.bodyText(), Set.of("Landberg", "Pakistan"), march),
                new StoryDoc(2, b.bodyText(), Set.of("Landberg", "Pakistan"), march));
        double disagree = grouper.similarity(new StoryDoc(1, a.bodyText(), Set.of("Landberg", "Pakistan"), march),
                new StoryDoc(2, b.bodyText(), Set.of("Landberg", "Pakistan"), older));
        assertTrue(disagree < agree * 0.7, agree + " vs " + disagree);
    }

    @Test
    void reportsPublishedWeeksApartAreOneThreadNotOneStory() {
        Article a = Samples.outletA(), b = Samples.outletB();
        java.time.LocalDate day = java.time.LocalDate.of(2023, 3, 6);
        List<StoryDoc> close = List.of(new StoryDoc(1, a.bodyText(), null, null, day),
                new StoryDoc(2, b.bodyText(), null, null, day.plusDays(2)));
        List<StoryDoc> apart = List.of(new StoryDoc(1, a.bodyText(), null, null, day),
                new StoryDoc(2, b.bodyText(), null, null, day.plusDays(40)));
        StoryGrouper grouper = new StoryGrouper();
        assertEquals(1, grouper.group(close).stories().size(), "two outlets' reports of one visit, two days apart");
        StoryGrouping g = grouper.group(apart);
        assertEquals(2, g.stories().size(), "forty days apart they are two events");
        assertEquals(1, g.topics().size(), "but one thread");
    }

    @Test
    void fullDatesInTheTextFarApartKeepTwoReportsApart() {
        Article a = Samples.outletA(), b = Samples.outletB();
        String near = "The talks were held on March 6, 2023.", far = "The talks were held on 12 June 2019.";
        StoryGrouper grouper = new StoryGrouper();
        assertEquals(1, grouper.group(List.of(new StoryDoc(1, a.bodyText() + "\n" + near, null, null),
                new StoryDoc(2, b.bodyText() + "\nOn 7 March 2023 talks began.", null, null))).stories().size());
        assertEquals(2, grouper.group(List.of(new StoryDoc(1, a.bodyText() + "\n" + near, null, null),
                new StoryDoc(2, b.bodyText() + "\n" + far, null, null))).stories().size());
    }

    @Test
    void readsFullDatesWrittenInTheText() {
        int[] d = StoryDates.days("Posted 2 / 3 / 2009 11: 11 PM; Thursday, March 14, 2013; 28 November 2005; 2013-03-15; "
                + "on Dec.14 (no year); 31 February 2010 is no day");
        List<String> got = java.util.Arrays.stream(d).mapToObj(x -> java.time.LocalDate.ofEpochDay(x).toString()).toList();
        assertEquals(List.of("2005-11-28", "2009-02-03", "2013-03-14", "2013-03-15"), got);
    }

    /** Keywords pick the heaviest terms without sorting them all: the same ids, in the same order, as a full stable sort. */
    @Test
    void keywordsAreTheHeaviestTermsAsAFullSortPicksThem() {
        Random random = new Random(11);
        double[] levels = {0.0, 0.5, 1.25, 2.0, 3.5};
        for (int round = 0; round < 2000; round++) {
            SparseVector[] v = new SparseVector[2];
            for (int s = 0; s < 2; s++) {
                int len = random.nextInt(80);
                int[] ids = new int[len];
                double[] w = new double[len];
                for (int i = 0; i < len; i++) {
                    ids[i] = i * 3 + random.nextInt(3);
                    w[i] = round % 2 == 0 ? levels[random.nextInt(levels.length)] : random.nextDouble();
                }
                v[s] = new SparseVector(ids, w);
            }
            int count = 1 + random.nextInt(40);
            Set<Integer> want = new java.util.LinkedHashSet<>();
            for (SparseVector x : v) {
                Integer[] idx = new Integer[x.ids.length];
                for (int i = 0; i < idx.length; i++) idx[i] = i;
                java.util.Arrays.sort(idx, (p, q) -> Double.compare(x.w[q], x.w[p]));
                for (int i = 0; i < Math.min(x == v[0] ? count : count / 3, idx.length); i++) want.add(x.ids[idx[i]]);
            }
            Set<Integer> hashed = new HashSet<>();
            want.forEach(hashed::add);
            assertEquals(java.util.Arrays.toString(hashed.stream().mapToInt(Integer::intValue).toArray()),
                    java.util.Arrays.toString(StoryGrouper.keywords(v[0], v[1], count)));
        }
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfTheDocuments() {
        List<StoryDoc> docs = new java.util.ArrayList<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) if (d.topic() <= 12) docs.add(StoryDoc.of(d.article()));
        List<StoryDoc> shuffled = new java.util.ArrayList<>(docs);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        StoryGrouper grouper = new StoryGrouper();
        assertEquals(partition(grouper.group(docs)), partition(grouper.group(shuffled)));
    }

    private static java.util.Set<java.util.Set<Long>> partition(StoryGrouping g) {
        java.util.Set<java.util.Set<Long>> out = new java.util.HashSet<>();
        for (StoryGroup s : g.stories()) out.add(new java.util.TreeSet<>(s.members()));
        return out;
    }
}
