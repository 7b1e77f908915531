package org.parallax.compare;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums in pence ("187.4p", "415 pence", "5p a litre", "about 360p"), in pence, so that "187.4p" agrees with "187.4 pence" and
 * "195.2p" differs from "192.8p". A sum in pence is a price of one unit (a share, a litre, a stamp): two outlets give it in
 * counterpart sentences, and one that gives it alone often tells the same thing another way (a rise in percent), so it is
 * compared only between counterpart sentences and never listed as one-sided ({@link FactPairing#counted}). "4p.m." is no sum.
 * Pure.
 */
final class PenceSums {
    /** The kind of a sum in pence. */
    static final String KIND = "amount in pence";

    private static final Pattern PENCE = Pattern.compile("(?i)(?:(" + FactExtractor.QUAL + ")\\s+)?(?<![\\w.,$\u20ac\u00a3-])("
            + FactExtractor.DIGITS + ")(?:p(?![\\w-])(?!\\.m\\b)|\\s?pence\\b)");

    private PenceSums() {
    }

    /** Whether {@code low} (a lower-cased sentence) may hold a sum in pence: the finder is a long pattern. */
    static boolean mayHold(String low) {
        return low.contains("pence") || low.matches("(?s).*\\dp\\b.*");
    }

    static void find(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = PENCE.matcher(s);
        while (m.find()) {
            String num = m.group(2).replace(",", "");
            OptionalDouble v = NumberWords.parse(num);
            if (v.isEmpty()) continue;
            FactExtractor.Range r = FactExtractor.range(m.group(1), v.getAsDouble(), FactExtractor.unitOf(num), 1);
            out.add(new Fact(KIND, r.lo(), r.hi(), m.group().strip(), r.norm() + "p", base + m.start(), base + m.end(), base, sentEnd));
        }
    }
}
