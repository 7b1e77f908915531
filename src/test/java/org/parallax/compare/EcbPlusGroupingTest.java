package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same-story grouping measured on ECB+ (982 articles, 43 topics, two events per topic), pairwise against the gold
 * event clusters (topic + ecb|ecbplus) and topics, with the default settings and the LSH path. One run gives both
 * levels: stories at the story threshold, topics as groups of stories. The floors sit a little below what it reaches
 * (issue 15: the event level favours precision; events whose full written dates lie over a month apart stay apart).
 * ECB+ carries no publication dates, so the publication-date bound of a story is not exercised here.
 */
class EcbPlusGroupingTest {
    private static final Logger LOG = Logger.getLogger(EcbPlusGroupingTest.class.getName());
    private static final List<String> events = new ArrayList<>(), topics = new ArrayList<>();
    private static final List<Long> ids = new ArrayList<>();
    private static final List<StoryDoc> textOnly = new ArrayList<>(), withEntities = new ArrayList<>();

    @BeforeAll
    static void load() {
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            textOnly.add(StoryDoc.of(d.article()));
            withEntities.add(new StoryDoc(d.article().id(), d.article().bodyText(), d.entities().keySet(), null));
            events.add(d.event());
            topics.add(String.valueOf(d.topic()));
            ids.add(d.article().id());
        }
    }

    @Test
    void groupsEcbPlusEventsAndTopicsFromTextAlone() {
        long t = System.nanoTime();
        StoryGrouping g = new StoryGrouper().group(textOnly);
        long ms = (System.nanoTime() - t) / 1_000_000;
        PairwiseScore event = PairwiseScore.of(events, PairwiseScore.labels(g.stories(), ids));
        PairwiseScore topic = PairwiseScore.of(topics, PairwiseScore.labels(g.topics(), ids));
        LOG.info(() -> "ECB+ text only, " + ms + " ms: events " + event + "; topics " + topic);
        assertTrue(event.f1() >= 0.85 && event.recall() >= 0.80, "event level " + event);
        assertTrue(topic.f1() >= 0.93, "topic level " + topic);
        assertTrue(event.precision() >= 0.90 && topic.precision() >= 0.97, event + " / " + topic);
    }

    @Test
    void groupsEcbPlusEventsWithAnnotatedEntities() {
        StoryGrouping g = new StoryGrouper().group(withEntities);
        PairwiseScore event = PairwiseScore.of(events, PairwiseScore.labels(g.stories(), ids));
        PairwiseScore topic = PairwiseScore.of(topics, PairwiseScore.labels(g.topics(), ids));
        LOG.info(() -> "ECB+ with annotated entities: events " + event + "; topics " + topic);
        assertTrue(event.f1() >= 0.83 && event.precision() >= 0.87, "event level " + event);
        assertTrue(topic.f1() >= 0.89, "topic level " + topic);
    }

    @Test
    void lshLosesLittleAgainstScoringAllPairs() {
        StoryGrouper grouper = new StoryGrouper();
        StoryGrouping lsh = grouper.group(textOnly), all = grouper.groupExhaustive(textOnly);
        PairwiseScore e1 = PairwiseScore.of(events, PairwiseScore.labels(lsh.stories(), ids));
        PairwiseScore e2 = PairwiseScore.of(events, PairwiseScore.labels(all.stories(), ids));
        LOG.info(() -> "ECB+ events, LSH " + e1 + " (" + lsh.scoredPairs() + " pairs scored); all pairs " + e2 + " (" + all.scoredPairs() + ")");
        assertTrue(e1.f1() >= e2.f1() - 0.02, e1 + " vs " + e2);
        assertTrue(lsh.scoredPairs() < all.scoredPairs() / 10);
    }
}
