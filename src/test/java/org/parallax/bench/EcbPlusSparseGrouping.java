package org.parallax.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.parallax.compare.EcbPlusCorpus;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;

/**
 * Same-story grouping on ECB+ thinned out to a sparse library (a main class; the report goes to standard output). The
 * whole corpus gives every event 5 to 30 reports, so average-link sees much evidence for each story; a real library
 * mostly holds one to three reports of an event beside other events on the same subject. Here each of ECB+'s 86 events
 * (a topic's ecb and ecbplus halves are two events of one kind) keeps {@code k} random reports (k = 1, 2, 3; ten seeds
 * each), text only, and the stories are scored pairwise against the gold events. With k = 1 every grouped pair is wrong.
 * Arguments: story thresholds to try (default: the default setting).
 * Run: {@code mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parallax.bench.EcbPlusSparseGrouping 0.20 0.30}
 */
public final class EcbPlusSparseGrouping {
    private static final int SEEDS = 10;

    private EcbPlusSparseGrouping() {
    }

    public static void main(String[] args) {
        Map<String, List<EcbPlusCorpus.Doc>> byEvent = new TreeMap<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) byEvent.computeIfAbsent(d.event(), k -> new ArrayList<>()).add(d);
        StoryGrouper.Settings defaults = StoryGrouper.Settings.defaults();
        List<Double> thresholds = new ArrayList<>();
        for (String a : args) thresholds.add(Double.parseDouble(a));
        if (thresholds.isEmpty()) thresholds.add(defaults.story());
        for (double story : thresholds) {
            StoryGrouper grouper = new StoryGrouper(defaults.withThresholds(story, defaults.topic()));
            for (int k = 1; k <= 3; k++) {
                long right = 0, wrong = 0, crossTopic = 0, gold = 0;
                for (int seed = 1; seed <= SEEDS; seed++) {
                    Random random = new Random(seed * 31L + k);
                    Map<Long, EcbPlusCorpus.Doc> byId = new HashMap<>();
                    List<StoryDoc> docs = new ArrayList<>();
                    for (List<EcbPlusCorpus.Doc> event : byEvent.values()) {
                        List<EcbPlusCorpus.Doc> shuffled = new ArrayList<>(event);
                        Collections.shuffle(shuffled, random);
                        int kept = Math.min(k, shuffled.size());
                        gold += (long) kept * (kept - 1) / 2;
                        for (EcbPlusCorpus.Doc d : shuffled.subList(0, kept)) {
                            docs.add(StoryDoc.of(d.article()));
                            byId.put(d.article().id(), d);
                        }
                    }
                    for (StoryGroup s : grouper.group(docs).stories()) {
                        List<Long> ids = s.members();
                        for (int i = 0; i < ids.size(); i++) {
                            for (int j = i + 1; j < ids.size(); j++) {
                                EcbPlusCorpus.Doc a = byId.get(ids.get(i)), b = byId.get(ids.get(j));
                                if (a.event().equals(b.event())) {
                                    right++;
                                } else {
                                    wrong++;
                                    if (a.topic() != b.topic()) crossTopic++;
                                }
                            }
                        }
                    }
                }
                long grouped = right + wrong;
                System.out.printf("story threshold %.2f, %d per event, %d seeds: grouped pairs %d, right %d, wrong %d "
                                + "(%d across topics), precision %s, recall %s%n", story, k, SEEDS, grouped, right, wrong,
                        crossTopic, grouped == 0 ? "-" : String.format("%.3f", (double) right / grouped),
                        gold == 0 ? "-" : String.format("%.3f", (double) right / gold));
            }
        }
    }
}
