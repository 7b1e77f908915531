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
}
