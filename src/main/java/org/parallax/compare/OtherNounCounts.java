package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A count of one thing that two counterpart sentences give under other nouns: "built 85,000 cars last year" / "made 80,000
 * vehicles in 2026", "Some 600 prisoners" / "About 400 inmates", "Thirty homes" / "At least 45 houses". Counts of things
 * ({@link FactExtractor#COUNTED}) are settled by their noun, so these two were neither compared nor listed. Here, when each
 * sentence of an aligned pair has exactly one count of things left unsettled, the two nouns lie close in meaning (their word
 * vectors' cosine at least {@link #SIMILAR}) and the two values within {@link #FACTOR} of each other, they are one count: agreeing
 * values settle it, others conflict. An area in hectares against one in acres is one area in two units ("about 4,000 hectares" /
 * "roughly 9,900 acres"), compared converted, never as nouns alike in meaning. Pure.
 */
final class OtherNounCounts {
    private OtherNounCounts() {
    }

    /**
     * How close two nouns must lie: "inmates" / "prisoners" 0.80, "homes" / "houses" 0.79, "cars" / "vehicles" 0.89, "guards" /
     * "officers" 0.82; "goals" / "games" 0.63, "seats" / "votes" 0.72 and "homes" / "buildings" 0.73 stay apart.
     */
    static final double SIMILAR = 0.78;
    /** Units of area a count of things may be in, in hectares. */
    private static final Map<String, Double> AREA_IN_HECTARES = Map.of("hectares", 1.0, "acres", 0.404686);
    /** How far apart two tellings of one count may lie: further, they are two counts ("12 aircraft" / "800 firefighters"). */
    static final double FACTOR = 2.0;

    /** Settles the one count of things each side of a counterpart pair has left, when the two are one count under other nouns. */
    static void settle(List<Fact> xs, List<Fact> ys, Set<Fact> used, List<Comparison.Conflict> conflicts) {
        Fact x = onlyOpenCount(xs, used), y = onlyOpenCount(ys, used);
        if (x == null || y == null || x.kind().equals(y.kind())) return;
        Double ux = AREA_IN_HECTARES.get(noun(x)), uy = AREA_IN_HECTARES.get(noun(y));
        if (ux != null || uy != null) {
            if (ux == null || uy == null) return;
            // rounded in its own unit: a twentieth either way is the same area
            boolean same = x.lo() * ux <= y.hi() * uy * 1.05 && y.lo() * uy <= x.hi() * ux * 1.05;
            if (!same) conflicts.add(new Comparison.Conflict(x.kind(), x.value(), y.value()));
            used.add(x);
            used.add(y);
            return;
        }
        if (!near(x, y) || !similar(noun(x), noun(y))) return;
        if (!x.agreesWith(y)) conflicts.add(new Comparison.Conflict(x.kind(), x.value(), y.value()));
        used.add(x);
        used.add(y);
    }

    private static Fact onlyOpenCount(List<Fact> fs, Set<Fact> used) {
        List<Fact> open = new ArrayList<>();
        for (Fact f : fs) if (!used.contains(f) && f.kind().startsWith(FactExtractor.COUNTED)) open.add(f);
        return open.size() == 1 ? open.get(0) : null;
    }

    private static String noun(Fact f) {
        return f.kind().substring(FactExtractor.COUNTED.length());
    }

    private static boolean near(Fact x, Fact y) {
        double a = (x.lo() + x.hi()) / 2, b = (y.lo() + y.hi()) / 2;
        return a > 0 && b > 0 && Math.max(a, b) <= FACTOR * Math.min(a, b);
    }

    /** Whether two plural nouns name one thing: their word vectors lie close (a noun with no vector names nothing here). */
    static boolean similar(String a, String b) {
        WordVectors v = WordVectors.get();
        float[] va = v.of(a), vb = v.of(b);
        return va != null && vb != null && WordVectors.cosine(va, vb) >= SIMILAR;
    }
}
