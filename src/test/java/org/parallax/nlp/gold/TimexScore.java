package org.parallax.nlp.gold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;

/**
 * Share of gold TIMEX3 values reproduced: a gold timex counts when a recognised mention with the same TIMEX type and
 * value covers its span exactly ("exact") or overlaps it ("overlap"). Also counts recognised timexes that overlap no
 * gold timex at all (spurious).
 */
public final class TimexScore {

    /** Per TIMEX3 type: gold count, reproduced by exact span, reproduced by overlap, found at all (any value). */
    public static final class Row {
        public int gold;
        public int exact;
        public int overlap;
        public int spanFound;

        public double exactShare() {
            return gold == 0 ? 1 : (double) exact / gold;
        }

        public double overlapShare() {
            return gold == 0 ? 1 : (double) overlap / gold;
        }

        @Override
        public String toString() {
            return String.format("gold %3d  value@exact span %.3f  value@overlap %.3f  detected %.3f",
                    gold, exactShare(), overlapShare(), gold == 0 ? 1 : (double) spanFound / gold);
        }
    }

    public final Map<String, Row> rows = new LinkedHashMap<>();
    public int spurious;
    public int systemTimexes;
    public final java.util.List<String> misses = new java.util.ArrayList<>();

    public static TimexScore evaluate(List<GoldDocument> docs, Function<GoldDocument, Recognition> recognizer) {
        TimexScore s = new TimexScore();
        for (String t : List.of("DATE", "TIME", "DURATION", "SET")) s.rows.put(t, new Row());
        for (GoldDocument d : docs) s.add(d, recognizer.apply(d).mentions());
        return s;
    }

    void add(GoldDocument doc, List<RawMention> system) {
        List<RawMention> timexes = system.stream().filter(m -> m.timexType() != null).toList();
        systemTimexes += timexes.size();
        for (GoldMention g : doc.mentions()) {
            Row row = rows.computeIfAbsent(g.type(), k -> new Row());
            row.gold++;
            boolean exact = false;
            boolean overlap = false;
            boolean found = false;
            for (RawMention m : timexes) {
                if (!g.overlaps(m.start(), m.end())) continue;
                found = true;
                boolean sameValue = g.type().equals(m.timexType()) && g.value() != null && g.value().equals(m.timexValue());
                if (sameValue) {
                    overlap = true;
                    if (m.start() == g.start() && m.end() == g.end()) exact = true;
                }
            }
            if (exact) row.exact++;
            if (overlap) row.overlap++;
            if (found) row.spanFound++;
            if (!exact && "DATE".equals(g.type())) {
                // a value right only by overlap is listed too, marked, so the span differences can be read
                misses.add((overlap ? "(span only) " : "") + doc.name() + " '" + g.text() + "' " + g.value() + " got "
                        + timexes.stream().filter(m -> g.overlaps(m.start(), m.end()))
                        .map(m -> m.text() + "=" + m.timexValue()).toList());
            }
        }
        for (RawMention m : timexes) {
            if (doc.mentions().stream().noneMatch(g -> g.overlaps(m.start(), m.end()))) spurious++;
        }
    }

    public String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        rows.forEach((t, r) -> sb.append(String.format("  %-9s %s%n", t, r)));
        sb.append(String.format("  system timexes %d, spurious (no gold overlap) %d%n", systemTimexes, spurious));
        return sb.toString();
    }
}
