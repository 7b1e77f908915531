package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;

import org.parallax.compare.EcbPlusCorpus;
import org.parallax.compare.PairwiseScore;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGrouper;
import org.parallax.compare.StoryGrouping;

/**
 * Two-fold cross-validation of the grouping thresholds on ECB+ (a main class; the report goes to standard output), so
 * that the figures in src/site/markdown/performance.md are not only those of thresholds chosen on the very data they are scored on. The
 * folds split by topic (even topic numbers and odd ones, so no topic has articles on both sides); on each training
 * fold the story and topic thresholds are picked from a grid by the mean of event and topic pairwise F1 (text only, LSH
 * path, other settings default), then the held-out fold is grouped with them and scored.
 * Run: {@code mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parallax.bench.EcbPlusCrossValidation}
 */
public final class EcbPlusCrossValidation {
    private static final double[] STORY = {0.14, 0.16, 0.18, 0.20, 0.22, 0.24, 0.26, 0.28};
    private static final double[] TOPIC = {0.04, 0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.18};

    private EcbPlusCrossValidation() {
    }

    /** One fold's articles with their gold labels. */
    private record Fold(List<StoryDoc> docs, List<String> events, List<String> topics, List<Long> ids) {
        Fold() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        PairwiseScore[] score(StoryGrouper.Settings s) {
            StoryGrouping g = new StoryGrouper(s).group(docs);
            return new PairwiseScore[] {PairwiseScore.of(events, PairwiseScore.labels(g.stories(), ids)),
                    PairwiseScore.of(topics, PairwiseScore.labels(g.topics(), ids))};
        }
    }

    public static void main(String[] args) {
        Fold[] folds = {new Fold(), new Fold()};
        Fold whole = new Fold();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            for (Fold f : new Fold[] {folds[d.topic() % 2], whole}) {
                f.docs().add(StoryDoc.of(d.article()));
                f.events().add(d.event());
                f.topics().add(String.valueOf(d.topic()));
                f.ids().add(d.article().id());
            }
        }
        StoryGrouper.Settings defaults = StoryGrouper.Settings.defaults();
        double eventSum = 0, topicSum = 0;
        for (int k = 0; k < 2; k++) {
            Fold train = folds[k], test = folds[1 - k];
            double best = -1;
            StoryGrouper.Settings chosen = defaults;
            for (double s : STORY) {
                for (double t : TOPIC) {
                    StoryGrouper.Settings cand = defaults.withThresholds(s, t);
                    PairwiseScore[] sc = train.score(cand);
                    double obj = (sc[0].f1() + sc[1].f1()) / 2;
                    if (obj > best + 1e-9) {
                        best = obj;
                        chosen = cand;
                    }
                }
            }
            PairwiseScore[] held = test.score(chosen), withDefaults = test.score(defaults);
            eventSum += held[0].f1();
            topicSum += held[1].f1();
            System.out.printf("tuned on %s topics (%d articles): story %.2f, topic %.2f (training mean F1 %.3f)%n",
                    k == 0 ? "even" : "odd", train.docs().size(), chosen.story(), chosen.topic(), best);
            System.out.printf("  held-out %s topics (%d articles): events %s%n                                 topics %s%n",
                    k == 0 ? "odd" : "even", test.docs().size(), held[0], held[1]);
            System.out.printf("  same fold with the defaults (%.2f, %.2f): events F1 %.3f, topics F1 %.3f%n", defaults.story(),
                    defaults.topic(), withDefaults[0].f1(), withDefaults[1].f1());
            PairwiseScore[] all = whole.score(chosen);
            System.out.printf("  all 43 topics with these thresholds: events F1 %.3f, topics F1 %.3f%n", all[0].f1(), all[1].f1());
        }
        System.out.printf("cross-validated (mean of the two held-out folds): events F1 %.3f, topics F1 %.3f%n", eventSum / 2, topicSum / 2);
        PairwiseScore[] all = whole.score(defaults);
        System.out.printf("all 43 topics with the defaults (%.2f, %.2f): events %s%n                                       topics %s%n",
                defaults.story(), defaults.topic(), all[0], all[1]);
    }
}
