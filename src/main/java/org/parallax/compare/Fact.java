package org.parallax.compare;

/**
 * One fact as one sentence states it: its kind ("killed", "magnitude", "age of Simpson"), the range of values a careful
 * reader takes the words to allow ({@code [lo, hi]}: "at least seven" is 7 to 9, "dozens" 24 to 99), the words, a
 * normalised form for display ("&gt;=7"), and the {@code [start, end)} ranges of the words and of their sentence.
 */
public record Fact(String kind, double lo, double hi, String text, String normalised, int start, int end, int sentenceStart, int sentenceEnd) {

    /** Whether a reader takes the two values to be compatible: their ranges meet. */
    public boolean agreesWith(Fact o) {
        return lo <= o.hi && o.lo <= hi;
    }

    Comparison.FactValue value() {
        return new Comparison.FactValue(text, normalised, start, end, sentenceStart, sentenceEnd);
    }
}
