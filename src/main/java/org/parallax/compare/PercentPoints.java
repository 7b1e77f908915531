package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rate before a change told in (percentage) points, for {@link FactExtractor}. Pure. */
final class PercentPoints {
    private PercentPoints() {
    }

    /**
     * A change in percentage points to a new rate: "rose by three percentage points, to 21 percent", "cut by one percentage
     * point, to 19%". The rate before ("up from 18%", "from 20 percent") is told as the difference.
     */
    private static final Pattern POINTS_TO = Pattern.compile("(?i)\\b(rose|risen|rising|up|increased|raised|grew|grown|gained|climbed|widened"
            + "|improved|jumped|fell|fallen|falling|down|cut|lowered|reduced|dropped|decreased|narrowed|slipped|worsened)\\s+(?:[\\w-]+\\s+){0,4}?"
            + "(?:by\\s+)?((?:" + FactExtractor.DIGITS + "|" + FactExtractor.WORDNUM + "|a quarter of a|half a|a half|a)\\s+(?:percentage[\\s-])?points?),?\\s+to\\s+"
            + "(?:(?:about|around|some|roughly)\\s+)?(" + FactExtractor.DIGITS + ")\\s?(?:%|percent\\b|per cent\\b)"
            // "18.4 percent, up 1.3 percentage points": the rate first, then the change
            + "|(?<![\\w.])(" + FactExtractor.DIGITS + ")\\s?(?:%|percent\\b|per cent\\b),?\\s+(up|down)\\s+(?:by\\s+)?((?:" + FactExtractor.DIGITS + "|"
            + FactExtractor.WORDNUM
            + ")\\s+percentage[\\s-]points?)");

    static void before(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = POINTS_TO.matcher(s);
        while (m.find()) {
            boolean after = m.group(4) != null;
            int g = after ? 6 : 2;
            String rate = after ? m.group(4) : m.group(3);
            String n = m.group(g).toLowerCase(Locale.ROOT).replaceFirst("\\s+(?:percentage[\\s-])?points?$", "");
            OptionalDouble pts = n.equals("a quarter of a") ? OptionalDouble.of(0.25) : n.equals("half a") || n.equals("a half") ? OptionalDouble.of(0.5)
                    : n.equals("a") ? OptionalDouble.of(1) : NumberWords.parse(n);
            OptionalDouble to = NumberWords.parse(rate);
            if (pts.isEmpty() || to.isEmpty()) continue;
            String verb = (after ? m.group(5) : m.group(1)).toLowerCase(Locale.ROOT);
            boolean down = verb.matches("fell|fallen|falling|down|cut|lowered|reduced|dropped|decreased|narrowed|slipped|worsened");
            double from = Math.round((to.getAsDouble() + (down ? pts.getAsDouble() : -pts.getAsDouble())) * 1e6) / 1e6;
            double unitTo = FactExtractor.unitOf(rate.replace(",", ""));
            // a change in whole points ("six points") was rounded: half a point either way, beside the rate's own last digit
            double half = (unitTo < 1 ? unitTo * 0.49 : 0)
                    + (n.matches("\\d+\\.\\d+") ? FactExtractor.unitOf(n) * 0.49 : n.matches("[\\d,]+|[a-z -]+") && !n.startsWith("a") ? 0.49 : 0);
            out.add(new Fact("percent", from - half, from + half, m.group(g), NumberWords.format(from) + " (before)", base + m.start(g),
                    base + m.end(g), base, sentEnd));
        }
    }

}
