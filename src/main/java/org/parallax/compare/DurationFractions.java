package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time told by a fraction of a unit, for {@link FactExtractor}'s durations: "a quarter of an hour" (15 minutes),
 * "half an hour", "three-quarters of an hour", "half a day", "an hour and a half", "two and a half years". Without this, "an
 * hour and a half" read as "an hour" and differed from "90 minutes", and "about a quarter of an hour" met no "about 20 minutes".
 */
final class DurationFractions {
    private DurationFractions() {
    }

    private static final String UNIT = "(second|minute|hour|day|week|month|year)s?";
    /** "a quarter of an hour", "half an hour", "three-quarters of an hour", "half a day". */
    private static final Pattern PART = Pattern.compile("(?i)(?<![\\w-])(?:(" + FactExtractor.QUAL + ")\\s+)?"
            + "(a\\s+quarter\\s+of\\s+an?|quarter\\s+of\\s+an?|half\\s+an?|half\\s+of\\s+an?|three[\\s-]quarters\\s+of\\s+an?)\\s+" + UNIT
            + "\\b(?![\\s-]+old\\b)");
    /** "an hour and a half", "two hours and a half", "two and a half years", "one and a half hours". */
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)(?<![\\w.,-])(?:(" + FactExtractor.QUAL + ")\\s+)?("
            + FactExtractor.DIGITS + "|" + FactExtractor.WORDNUM + "|an?)(?:\\s+" + UNIT + "\\s+and\\s+a\\s+half|\\s+and\\s+a\\s+half\\s+"
            + UNIT + ")\\b(?![\\s-]+old\\b)");

    /**
     * Adds the lengths of time of sentence {@code s} (at {@code base} in its text) told by a fraction of a unit; returns the
     * spans of {@code s} every such phrase covers, added or not, so that no reading of "an hour" is taken out of "half an hour".
     */
    static List<int[]> find(String s, int base, int sentEnd, List<Fact> out, Map<String, Double> seconds) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PART.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            String part = m.group(2).toLowerCase(Locale.ROOT);
            double v = part.startsWith("half") ? 0.5 : part.startsWith("three") ? 0.75 : 0.25;
            add(s, m, m.group(1), v, m.group(3), base, sentEnd, out, seconds);
        }
        Matcher h = AND_A_HALF.matcher(s);
        while (h.find()) {
            spans.add(new int[] {h.start(), h.end()});
            String num = h.group(2).toLowerCase(Locale.ROOT);
            OptionalDouble n = num.equals("a") || num.equals("an") ? OptionalDouble.of(1) : NumberWords.parse(num);
            if (n.isEmpty()) continue;
            add(s, h, h.group(1), n.getAsDouble() + 0.5, h.group(3) != null ? h.group(3) : h.group(4), base, sentEnd, out, seconds);
        }
        return spans;
    }

    /** Whether {@code [start, end)} lies in one of the {@code spans} {@link #find} returned. */
    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] sp : spans) if (sp[0] <= start && end <= sp[1]) return true;
        return false;
    }

    /** The next smaller unit and how many of it make one, so a fraction is told as a writer would give it in whole numbers. */
    private static final Map<String, String> SMALLER = Map.of("hour", "minute", "day", "hour", "minute", "second", "week", "day", "year", "month");
    private static final Map<String, Double> HOW_MANY = Map.of("hour", 60.0, "day", 24.0, "minute", 60.0, "week", 7.0, "year", 12.0);

    private static void add(String s, Matcher m, String qual, double v, String unit, int base, int sentEnd, List<Fact> out,
            Map<String, Double> seconds) {
        int start = base + m.start(), end = base + m.end();
        // "within half an hour" is a window around the news, "has lasted an hour and a half" a length still running
        if (out.stream().anyMatch(f -> f.start() < end && start < f.end()) || FactExtractor.WINDOW_BEFORE.matcher(s.substring(0, m.start())).find()
                || FactExtractor.RUNNING.matcher(s).find()) {
            return;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        // "a quarter of an hour" is 15 minutes and "an hour and a half" 90: told in the smaller unit, so they compare with
        // "about 20 minutes" or "90 minutes" as one unit, and as precise as a tenth of themselves (13.5 to 16.5 minutes "about")
        if (SMALLER.containsKey(u)) {
            v *= HOW_MANY.get(u);
            u = SMALLER.get(u);
        }
        FactExtractor.Range r = FactExtractor.range(qual, v, 0.1 * v, seconds.get(u));
        out.add(new Fact(FactExtractor.DURATION, r.lo(), r.hi(), m.group().strip(), r.norm() + " " + u + "s", start, end, base, sentEnd));
    }
}
