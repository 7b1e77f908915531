package org.parallax.compare;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many times something happened: "capsized the boat twice" / "was overturned three times", "had rolled over 17 times" / "16
 * rollovers", "rehearsed the operation four times" / "practised ... three times beforehand". A count of times
 * ({@link FactExtractor#COUNTED} "times"), so it is compared only between counterpart sentences, never across the articles and never
 * listed as one-sided. A multiple is no count of times: "three times as expensive", "twice what was planned", "50 times above the
 * limit", "30 times the permitted level". Pure.
 */
final class Frequencies {
    private Frequencies() {
    }

    /** The kind of a count of times. */
    static final String KIND = FactExtractor.COUNTED + "times";

    private static final Pattern TIMES = Pattern.compile("(?i)(?<![\\w.,$€£-])(?:(" + FactExtractor.QUAL + ")\\s+)?(?:(twice|thrice)|("
            + FactExtractor.DIGITS + "|" + FactExtractor.WORDNUM + ")\\s+times)\\b(?![\\w-])"
            // a multiple: "twice as many", "three times the size", "twice what", "50 times above", "ten times more"
            + "(?!\\s+(?:as|the|that|what|above|below|over|under|more|less|fewer|higher|lower|larger|bigger|smaller|greater|faster|slower"
            + "|longer|shorter|heavier|cheaper|dearer|its|his|her|their|than)\\b)");

    /** Adds the counts of times of {@code s} (a sentence at {@code base} of its text, ending at {@code sentEnd}) to {@code out}. */
    static void add(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = TIMES.matcher(s);
        while (m.find()) {
            double v;
            String number;
            if (m.group(2) != null) {
                number = m.group(2);
                v = number.equalsIgnoreCase("twice") ? 2 : 3;
            } else {
                number = m.group(3);
                OptionalDouble p = NumberWords.parse(number);
                if (p.isEmpty() || p.getAsDouble() < 2) continue;
                v = p.getAsDouble();
            }
            // "had rolled over 17 times": the particle of a verb, no hedge
            String q = m.group(1);
            String before = FactExtractor.wordBefore(s, m.start());
            if ("over".equalsIgnoreCase(q) && before != null && (before.endsWith("ed") || before.equals("turn") || before.equals("roll"))) q = null;
            FactExtractor.Range r = FactExtractor.range(q, v, 1, 1);
            out.add(new Fact(KIND, r.lo(), r.hi(), m.group().strip(), r.norm(), base + m.start(), base + m.end(), base, sentEnd));
        }
    }
}
