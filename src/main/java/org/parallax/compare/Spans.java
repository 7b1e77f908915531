package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time that the words around a number tell, for {@link FactExtractor}'s durations: "travelled 1.9 billion kilometres
 * over six years" is a journey during six years, not of more than six; "Its journey began seven years ago" is a span of seven
 * years up to the report's day, as "had searched for the wreck for six years" is one that ended there (issue 16, set 17). Only
 * a journey or a search: what else began a time ago ("The fraud began three years ago") may have ended long since. Pure.
 */
final class Spans {
    /**
     * A verb of travel or search, then at most six words of its object with no comma: an "over" after them tells the time the
     * journey or the search took ("travelled 1.9 billion kilometres over six years", "searched the seabed over three summers").
     */
    private static final Pattern TRAVEL_BEFORE = Pattern.compile("(?i)\\b(?:travell?ed|journeyed|flew|flown|sailed|rowed|walked|hiked|drove"
            + "|driven|cycled|swam|searched|hunted|explored|combed|scoured|surveyed|roamed|wandered|trekked)\\b"
            + "(?:\\s+(?:\\d[\\d.,]*\\d|[^\\s,;:.!?]+)){0,6}\\s+$");
    /** Words before "over" that make it "more than" whatever came before ("for over six years", "in over a decade"). */
    private static final Set<String> MORE_THAN_BEFORE = Set.of("for", "in", "after", "of", "than", "to", "by", "at", "within", "took",
            "taken", "spent", "lasted", "lasting");
    /**
     * A start told as a time ago: "began seven years ago", "began looking for the ship eight years ago", "set off two months ago".
     * At most five words of no other clause between the verb and the number.
     */
    private static final Pattern STARTED_AGO = Pattern.compile("(?i)\\b(?:began|started|set\\s+(?:off|out))\\b((?:\\s+[^\\s,;:.!?]+){0,5}?)\\s+"
            + "(?:(about|around|some|nearly|almost|roughly)\\s+)?(\\d{1,3}|" + NumberWords.WORD_ALTERNATION + "|an?)\\s+(years?|months?|weeks?)"
            + "\\s+ago\\b");
    /** Words that open another clause or time between the start and its "ago" ("began when she left two years ago"). */
    private static final Set<String> OTHER_CLAUSE = Set.of("when", "after", "before", "since", "until", "and", "but", "as", "while", "who",
            "which", "that", "because", "last", "ago");
    /** A journey or a search as the subject of the start ("Its journey of almost 1.2 billion miles began seven years ago"). */
    private static final Pattern TRAVEL_NOUN = Pattern.compile("(?i)\\b(?:journey|voyage|trip|expedition|flight|trek|crossing|search|hunt"
            + "|quest)s?\\b");
    /** A start told by what began: looking, searching, travelling ("began looking for the ship eight years ago"). */
    private static final Pattern TRAVEL_GERUND = Pattern.compile("(?i)\\s*(?:looking|searching|hunting|travell?ing|sailing|rowing|walking"
            + "|exploring|combing|scouring|surveying|trekking)\\b.*");
    /** A span told as ended before the report's day, or told to stop: its start is no length up to the report. */
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:ended|finished|stopped|lasted|until|till|abandoned|halted|called\\s+off)\\b");

    private Spans() {
    }

    /** Whether the "over" of a length of time that starts at {@code qualifierStart} in {@code s} means "during", not "more than". */
    static boolean overMeansDuring(String s, int qualifierStart) {
        String before = s.substring(0, qualifierStart);
        if (!TRAVEL_BEFORE.matcher(before).find()) return false;
        String last = FactExtractor.wordBefore(s, qualifierStart);
        return last == null || !MORE_THAN_BEFORE.contains(last.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds to {@code out} the spans of sentence {@code s} told by a start a time ago ("began seven years ago"): kind
     * {@link FactExtractor#DURATION}, like "for seven years", so that it meets the other side's length of the same journey or search.
     * A sentence that tells the span ended ("ended", "until") gives none.
     */
    static void startsAgo(String s, int base, int sentEnd, List<Fact> out, double secondsOfYear) {
        if (ENDED.matcher(s).find()) return;
        Matcher m = STARTED_AGO.matcher(s);
        while (m.find()) {
            boolean other = false;
            for (String w : m.group(1).strip().split("\\s+")) other |= OTHER_CLAUSE.contains(w.toLowerCase(Locale.ROOT));
            // a start of a journey or a search, told by its subject, its object or its verb ("set off on their voyage")
            if (other || !TRAVEL_NOUN.matcher(s.substring(0, m.start())).find() && !TRAVEL_GERUND.matcher(m.group(1)).matches()
                    && !(m.group(0).toLowerCase(Locale.ROOT).startsWith("set") || TRAVEL_NOUN.matcher(m.group(1)).find())) {
                continue;
            }
            String num = m.group(3).toLowerCase(Locale.ROOT);
            OptionalDouble v = num.equals("a") || num.equals("an") ? OptionalDouble.of(1) : NumberWords.parse(num);
            if (v.isEmpty() || v.getAsDouble() <= 0) continue;
            String unit = m.group(4).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
            double scale = unit.equals("year") ? secondsOfYear : unit.equals("month") ? secondsOfYear / 12 : 604800.0;
            int start = m.start(2) >= 0 ? m.start(2) : m.start(3);
            int from = base + start, to = base + m.end();
            if (out.stream().anyMatch(f -> f.start() < to && from < f.end())) continue;
            FactExtractor.Range r = FactExtractor.range(m.group(2), v.getAsDouble(), 0.25, scale);
            out.add(new Fact(FactExtractor.DURATION, r.lo(), r.hi(), s.substring(start, m.end()), r.norm() + " " + unit
                    + (v.getAsDouble() == 1 ? "" : "s"), from, to, base, sentEnd));
        }
    }
}
