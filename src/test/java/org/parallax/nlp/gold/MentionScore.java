package org.parallax.nlp.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;

/**
 * Precision, recall and F1 per entity type of recognised mentions against gold mentions, by exact span and by
 * overlap (each gold mention matched at most once). System mentions inside a don't-care range of the same type, and
 * not matching a scored gold mention, are not counted.
 */
public final class MentionScore {

    /** Counts of one type under one matching rule. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;
        public final List<String> errors = new ArrayList<>();

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public final Map<String, Counts> exact = new LinkedHashMap<>();
    public final Map<String, Counts> overlap = new LinkedHashMap<>();
    private final Set<String> types;

    public MentionScore(Set<String> types) {
        this.types = types;
        for (String t : types) {
            exact.put(t, new Counts());
            overlap.put(t, new Counts());
        }
    }

    /** Recognises every document and scores it. */
    public static MentionScore evaluate(List<GoldDocument> docs, Set<String> types, Function<GoldDocument, Recognition> recognizer) {
        MentionScore score = new MentionScore(types);
        for (GoldDocument d : docs) score.add(d, recognizer.apply(d).mentions());
        return score;
    }

    /** Adds one document; only system mentions whose app type is one of the scored types take part. */
    public void add(GoldDocument doc, List<RawMention> system) {
        for (String type : types) {
            List<GoldMention> gold = doc.mentions().stream().filter(g -> g.type().equals(type)).toList();
            List<RawMention> sys = system.stream().filter(m -> m.type() != null && m.type().name().equals(type)).toList();
            List<GoldMention> ignored = doc.ignored().stream().filter(g -> g.type().equals(type) || g.type().equals(ConllGold.ANY)).toList();
            match(doc, gold, sys, ignored, true, exact.get(type));
            match(doc, gold, sys, ignored, false, overlap.get(type));
        }
    }

    private static void match(GoldDocument doc, List<GoldMention> gold, List<RawMention> sys, List<GoldMention> ignored,
                              boolean exactSpan, Counts c) {
        boolean[] used = new boolean[gold.size()];
        for (RawMention m : sys) {
            int hit = -1;
            for (int i = 0; i < gold.size() && hit < 0; i++) {
                GoldMention g = gold.get(i);
                if (used[i]) continue;
                if (exactSpan ? g.start() == m.start() && g.end() == m.end() : g.overlaps(m.start(), m.end())) hit = i;
            }
            if (hit >= 0) {
                used[hit] = true;
                c.tp++;
            } else if (ignored.stream().anyMatch(g -> g.overlaps(m.start(), m.end()))) {
                // inside a don't-care range: neither right nor wrong
            } else {
                c.fp++;
                c.errors.add(doc.name() + " FP " + m.type() + " '" + m.text() + "' @" + m.start());
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i]) {
                c.fn++;
                GoldMention g = gold.get(i);
                c.errors.add(doc.name() + " FN " + g.type() + " '" + g.text() + "' @" + g.start());
            }
        }
    }

    /** A one-line-per-type summary. */
    public String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (String t : types) {
            sb.append(String.format("  %-13s exact %s | overlap %s%n", t, exact.get(t), overlap.get(t)));
        }
        return sb.toString();
    }
}
