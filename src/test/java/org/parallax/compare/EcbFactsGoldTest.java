package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

/**
 * Conflict detection against the hand-labelled ECB+ counterpart pairs in {@code compare/ecb-facts-gold.txt}: each pair is
 * compared as two aligned one-sentence articles. A detected conflict counts as right only on a pair labelled with a
 * conflict of that fact kind. Precision and recall must stay at the figures reached (see performance.md, issue 16).
 */
class EcbFactsGoldTest {
    static final double MIN_PRECISION = 0.98;
    static final double MIN_RECALL = 0.97;

    record Gold(String ids, List<String> kinds, String a, String b) {
        boolean conflict() {
            return !kinds.isEmpty();
        }
    }

    static List<Gold> load() throws IOException {
        return load("/compare/ecb-facts-gold.txt");
    }

    static List<Gold> load(String resource) throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = EcbFactsGoldTest.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("== ")) continue;
                String[] head = lines[i].substring(3).split("\\|");
                String label = head[1].strip();
                List<String> kinds = label.startsWith("conflict ") ? List.of(label.substring(9).split(",")) : List.of();
                out.add(new Gold(head[0].strip(), kinds, lines[i + 1].substring(3), lines[i + 2].substring(3)));
            }
        }
        return out;
    }

    static Comparison.Facts facts(Gold g) {
        Sentence sa = new Sentence(0, g.a().length()), sb = new Sentence(0, g.b().length());
        Alignment al = new Alignment(List.of(new AlignedPair(List.of(sa), List.of(sb), 1.0)), List.of(), List.of(), 1.0);
        return FactPairing.pair(g.a(), g.b(), al, SideFacts.EMPTY, SideFacts.EMPTY);
    }

    private static boolean rightKind(Comparison.Conflict c, Gold g) {
        return g.kinds().stream().anyMatch(k -> c.fact().startsWith(k.strip()));
    }

    /** Precision and recall of the detector on one gold, with the pairs it gets wrong. */
    record Score(int pairs, long conflicts, int flagged, int right, String misses) {
        double precision() {
            return flagged == 0 ? 0 : (double) right / flagged;
        }

        double recall() {
            return conflicts == 0 ? 0 : (double) right / conflicts;
        }

        String report(String name) {
            return String.format(Locale.ROOT, "%s: %d pairs (%d conflicts): precision %.3f (%d/%d), recall %.3f (%d/%d)%n%s",
                    name, pairs, conflicts, precision(), right, flagged, recall(), right, conflicts, misses);
        }
    }

    static Score score(List<Gold> gold) {
        long conflicts = gold.stream().filter(Gold::conflict).count();
        int flagged = 0, right = 0;
        StringBuilder misses = new StringBuilder();
        for (Gold g : gold) {
            List<Comparison.Conflict> cs = facts(g).conflicts();
            boolean any = !cs.isEmpty();
            boolean ok = any && g.conflict() && cs.stream().anyMatch(c -> rightKind(c, g));
            if (any) flagged++;
            if (ok) right++;
            if (any != g.conflict() || any && !ok) {
                misses.append(String.format(Locale.ROOT, "%s gold=%s got=%s%n", g.ids(), g.kinds(),
                        cs.stream().map(c -> c.fact() + ": " + c.a().text() + " / " + c.b().text()).toList()));
            }
        }
        return new Score(gold.size(), conflicts, flagged, right, misses.toString());
    }

    @Test
    void conflictsAreFoundAsACarefulReaderSeesThem() throws IOException {
        List<Gold> gold = load();
        long conflicts = gold.stream().filter(Gold::conflict).count();
        assertTrue(conflicts >= 50 && gold.size() - conflicts >= 50, "at least 50 pairs of each label");
        Score s = score(gold);
        System.out.print(s.report("ECB+ facts gold"));
        assertTrue(s.precision() >= MIN_PRECISION, "precision " + s.precision() + "\n" + s.misses());
        assertTrue(s.recall() >= MIN_RECALL, "recall " + s.recall() + "\n" + s.misses());
    }
}
