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
        List<Gold> out = new ArrayList<>();
        try (InputStream in = EcbFactsGoldTest.class.getResourceAsStream("/compare/ecb-facts-gold.txt")) {
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

    @Test
    void conflictsAreFoundAsACarefulReaderSeesThem() throws IOException {
        List<Gold> gold = load();
        long conflicts = gold.stream().filter(Gold::conflict).count();
        assertTrue(conflicts >= 50 && gold.size() - conflicts >= 50, "at least 50 pairs of each label");
        int flagged = 0, right = 0, found = 0;
        StringBuilder misses = new StringBuilder();
        for (Gold g : gold) {
            List<Comparison.Conflict> cs = facts(g).conflicts();
            boolean any = !cs.isEmpty();
            boolean ok = any && g.conflict() && cs.stream().anyMatch(c -> rightKind(c, g));
            if (any) flagged++;
            if (ok) right++;
            if (ok) found++;
            if (any != g.conflict() || any && !ok) {
                misses.append(String.format(Locale.ROOT, "%s gold=%s got=%s%n", g.ids(), g.kinds(),
                        cs.stream().map(c -> c.fact() + ": " + c.a().text() + " / " + c.b().text()).toList()));
            }
        }
        double precision = flagged == 0 ? 0 : (double) right / flagged;
        double recall = (double) found / conflicts;
        System.out.printf(Locale.ROOT, "ECB+ facts gold: %d pairs (%d conflicts): precision %.3f (%d/%d), recall %.3f (%d/%d)%n%s",
                gold.size(), conflicts, precision, right, flagged, recall, found, conflicts, misses);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + "\n" + misses);
        assertTrue(recall >= MIN_RECALL, "recall " + recall + "\n" + misses);
    }
}
