package org.parallax.compare;

/**
 * One fact as one sentence states it: its kind ("killed", "magnitude", "age of Simpson"), the range of values a careful
 * reader takes the words to allow ({@code [lo, hi]}: "at least seven" is 7 to 9, "dozens" 24 to 99), the words, a
 * normalised form for display ("&gt;=7"), and the {@code [start, end)} ranges of the words and of their sentence.
 */
public record Fact(String kind, double lo, double hi, String text, String normalised, int start, int end, int sentenceStart, int sentenceEnd) {

    /**
     * Whether a reader takes the two values to be compatible: their ranges meet. Dates agree only when one range holds
     * the other ("2023" and "February 2023"), since two day ranges that merely overlap name different days. Two lower
     * bounds ("at least three" / "at least one") agree only when equal: each is the toll its outlet confirmed, so
     * different bounds are different confirmed figures even where the ranges meet.
     */
    public boolean agreesWith(Fact o) {
        if (kind.equals("date")) return lo <= o.lo && o.hi <= hi || o.lo <= lo && hi <= o.hi;
        if (normalised.startsWith(">=") && o.normalised.startsWith(">=")) return Math.abs(lo - o.lo) <= 1e-9 * Math.max(1, Math.abs(lo));
        return lo <= o.hi && o.lo <= hi;
    }

    Comparison.FactValue value() {
        return new Comparison.FactValue(text, normalised, start, end, sentenceStart, sentenceEnd);
    }
}
