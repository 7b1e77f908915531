package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides of a vote a sentence tells, for {@link FactExtractor}: kind {@link FactExtractor#VOTES} plus majority, minority or
 * abstentions. Pure.
 */
final class VoteTallies {
    private static final String DIGITS = FactExtractor.DIGITS;
    private static final String WORDNUM = FactExtractor.WORDNUM;
    /** A vote's two sides: "by 112 votes to 97", "voted 112 to 95", "by seven votes to two", "a 5-4 vote", "by 60 to 40". */
    private static final Pattern VOTE_TALLY = Pattern.compile("(?i)(?<![\\w.,-])(" + DIGITS + "|" + WORDNUM + ")(?:\\s+votes?)?\\s+(?:to|-)\\s+("
            + DIGITS + "|" + WORDNUM + ")\\b(?!\\s*(?:%|per\\s*cent|percent))|(?<![\\w.,-])(\\d{1,3})-(\\d{1,3})\\s+(?:vote|majority|verdict|decision)\\b");
    /** "voted", "vote", "votes", "by" just before a tally that has no "votes" of its own ("voted 112 to 95"). */
    private static final Pattern VOTE_BEFORE = Pattern.compile("(?i)\\b(?:voted|votes?|vote\\s+of|by)\\s+$");
    /** "Six of the nine members voted": the majority out of a body's members. */
    private static final Pattern VOTE_SHARE = Pattern.compile("(?i)(?<![\\w.,-])(" + DIGITS + "|" + WORDNUM + ")\\s+of\\s+(?:the\\s+|its\\s+)?("
            + DIGITS + "|" + WORDNUM + ")\\s+(?:[a-z]+\\s+){0,6}?voted\\b");

    /** "212 votes in favour and 189 against", "with 60 for and 40 against", "212 in favor, 189 against". */
    private static final Pattern FOR_AGAINST = Pattern.compile("(?i)(?<![\\w.,-])(" + DIGITS + "|" + WORDNUM + ")\\s+(?:votes?\\s+)?(?:in\\s+favou?r|for)"
            + "\\s*(?:,|and|to|with)?\\s+(" + DIGITS + "|" + WORDNUM + ")\\s+(?:votes?\\s+)?against\\b");
    /** "with nine abstentions", "Eleven deputies abstained", "11 abstaining". */
    private static final Pattern ABSTAINED = Pattern.compile("(?i)(?<![\\w.,-])(" + DIGITS + "|" + WORDNUM + ")\\s+(?:[a-z]+\\s+){0,2}?"
            + "(?:abstained|abstaining|abstentions?)\\b");

    /**
     * The two sides of a vote, as the majority's and the minority's number of votes ("112 votes to 97" / "voted 112 to
     * 95": the minority conflicts, 97 / 95). A tally needs "votes" in it or a vote word before it, so a score ("won 2 to
     * 1") or a range ("10 to 15 people") is none.
     */
    static void votes(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = VOTE_TALLY.matcher(s);
        while (m.find()) {
            boolean hyphen = m.group(3) != null;
            String x = hyphen ? m.group(3) : m.group(1), y = hyphen ? m.group(4) : m.group(2);
            if (!hyphen && !m.group().toLowerCase(Locale.ROOT).contains("vote") && !VOTE_BEFORE.matcher(s.substring(0, m.start())).find()) continue;
            sides(m, x, y, base, sentEnd, out);
        }
        Matcher f = FOR_AGAINST.matcher(s);
        while (f.find()) {
            if (out.stream().noneMatch(x -> x.start() < base + f.end() && base + f.start() < x.end())) sides(f, f.group(1), f.group(2), base, sentEnd, out);
        }
        Matcher ab = ABSTAINED.matcher(s);
        while (ab.find()) {
            OptionalDouble n = NumberWords.parse(ab.group(1));
            if (n.isEmpty()) continue;
            out.add(new Fact(FactExtractor.VOTES + "abstentions", n.getAsDouble(), n.getAsDouble(), ab.group().strip(), NumberWords.format(n.getAsDouble()),
                    base + ab.start(), base + ab.end(), base, sentEnd));
        }
        Matcher v = VOTE_SHARE.matcher(s);
        while (v.find()) {
            OptionalDouble a = NumberWords.parse(v.group(1)), all = NumberWords.parse(v.group(2));
            if (a.isEmpty() || all.isEmpty() || a.getAsDouble() * 2 <= all.getAsDouble() || a.getAsDouble() > all.getAsDouble()) continue;
            int start = base + v.start(), end = base + v.start() + v.group(1).length();
            out.add(new Fact(FactExtractor.VOTES + "majority", a.getAsDouble(), a.getAsDouble(), v.group(1), NumberWords.format(a.getAsDouble()), start, end,
                    base, sentEnd));
        }
    }

    /** The majority's and the minority's votes of the tally {@code m} found, whose sides are written {@code x} and {@code y}. */
    private static void sides(Matcher m, String x, String y, int base, int sentEnd, List<Fact> out) {
        OptionalDouble a = NumberWords.parse(x), b = NumberWords.parse(y);
        if (a.isEmpty() || b.isEmpty()) return;
        double hi = Math.max(a.getAsDouble(), b.getAsDouble()), lo = Math.min(a.getAsDouble(), b.getAsDouble());
        String text = m.group().strip();
        out.add(new Fact(FactExtractor.VOTES + "majority", hi, hi, text, NumberWords.format(hi), base + m.start(), base + m.end(), base, sentEnd));
        out.add(new Fact(FactExtractor.VOTES + "minority", lo, lo, text, NumberWords.format(lo), base + m.start(), base + m.end(), base, sentEnd));
    }

    private VoteTallies() {
    }
}
