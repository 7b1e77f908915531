package org.parallax.compare;

/**
 * How far a hedged sum of whole millions or billions reaches, for {@link FactExtractor}. "About €2 million" is a sum the
 * writer rounded to its millions: it reaches short of the half million either way (a tenth of the sum when that is more),
 * since a sum at the half would have been written with it ("€1.5 million"). So "€3 million" and "€1.5 million" are other
 * sums, while "€2.3 million" is the same one. Pure.
 */
final class RoundedSums {
    private RoundedSums() {
    }

    /**
     * The range of a sum {@code v} times {@code scale} (at least a million), written as a whole number of its scale with a
     * hedge ({@code r} as {@link FactExtractor#range} read it, its form "~2"); {@code r} itself for any other sum.
     */
    static FactExtractor.Range hedged(FactExtractor.Range r, double v, double unit, double scale) {
        if (scale < 1e6 || unit != 1 || !r.norm().startsWith("~")) return r;
        double w = Math.max(0.45, 0.1 * v) * scale;
        return new FactExtractor.Range(v * scale - w, v * scale + w, r.norm());
    }
}
