package org.parallax.compare;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The role of a clock time, for {@link TimeFacts}: a time told as the end of something ("Service was restored at about 3:30
 * p.m.", "reopened at 8 a.m.", "restored to 90% of customers by 11 p.m.") is kind "time of the end", so that it never meets
 * the time the same thing began ("The outage began at 4:30 a.m."). So is a time after "by" ("By 11 p.m., 85% had been
 * reconnected"): what was reached by then, and a time after a negated "resume ... until" ("Flights did not resume until 12:35
 * a.m."): when it resumed. Two outlets that give the end compare as before; a start on one side and an end on
 * the other, in counterpart sentences, are one timeline told from its two ends ({@link #settle}). Pure.
 */
final class TimeRoles {
    /** What ends a kind of time. */
    static final String END = " of the end";

    /**
     * A verb of ending, then at most five words of the clause, then the word that leads to the time, at the end of the text before
     * it. "lifted off" is a start (a launch), so "lifted" is no verb of ending.
     */
    private static final Pattern ENDED = Pattern.compile("(?i).*\\b(?:restored|reopened|re-opened|resumed|ended|finished|concluded"
            + "|reconnected|extinguished|put out|brought under control|called off|back online)\\b(?:\\s+[^\\s.;:!?]+){0,5}?\\s+(?:at|by)\\s+"
            + "(?:(?:about|around|approximately|roughly|just after|shortly after|just before|shortly before)\\s+)?$", Pattern.DOTALL);

    /**
     * A negated verb of starting again, then "until" just before the time: "Flights did not resume until 12:35 a.m.", "the line
     * will not reopen until about 6 a.m." tell when it resumed, the end of the stop.
     */
    private static final Pattern NOT_UNTIL = Pattern.compile("(?i).*\\b(?:not|n't|never)\\s+(?:be\\s+)?(?:resume|resumed|reopen|reopened|re-open"
            + "|re-opened|restart|restarted|restored)\\b(?:\\s+[^\\s.;:!?]+){0,4}?\\s+until\\s+"
            + "(?:(?:about|around|approximately|roughly|just after|shortly after|just before|shortly before)\\s+)?$", Pattern.DOTALL);

    /** "by" just before a time, with or without a hedge: "By 11 p.m.,", "by about 6 a.m.". */
    private static final Pattern BY = Pattern.compile("(?i).*\\bby\\s+(?:(?:about|around|roughly|approximately)\\s+)?$", Pattern.DOTALL);

    /** How far back a verb of ending may stand before its time. */
    private static final int REACH = 80;

    private TimeRoles() {
    }

    /**
     * Turns the clock times in {@code out} from index {@code from} on, of sentence {@code s} starting at {@code base}, into
     * times of the end where the words before them say so.
     */
    static void mark(String s, int base, List<Fact> out, int from) {
        for (int i = from; i < out.size(); i++) {
            Fact f = out.get(i);
            int at = f.start() - base;
            if (at < 0 || at > s.length() || !endsBefore(s, at)) continue;
            out.set(i, new Fact(f.kind() + END, f.lo(), f.hi(), f.text(), f.normalised(), f.start(), f.end(), f.sentenceStart(), f.sentenceEnd()));
        }
    }

    /**
     * Whether the words of {@code s} just before index {@code at} end in a verb of ending and "at" or "by", or in a negated verb
     * of resuming and "until".
     */
    static boolean endsBefore(String s, int at) {
        String before = s.substring(Math.max(0, at - REACH), at);
        // a clause break between the verb and the time ends its reach: "restored, and the next outage began at"
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(" and "));
        if (cut >= 0) before = before.substring(cut + 1);
        return ENDED.matcher(before).matches() || BY.matcher(before).matches() || NOT_UNTIL.matcher(before).matches();
    }

    /**
     * A start on one side and an end on the other in counterpart sentences ("The outage began at 4:30 a.m." / "Service was
     * restored at about 3:30 p.m."): one timeline told from its two ends, neither a conflict nor a fact one side lacks. Only when
     * each side has one such time still unpaired, so a time of the same role on the other side is compared as before.
     */
    static void settle(List<Fact> xs, List<Fact> ys, java.util.Set<Fact> used) {
        Fact x = onlyTime(xs, used), y = onlyTime(ys, used);
        if (x == null || y == null || x.kind().equals(y.kind())) return;
        if (x.kind().equals(y.kind() + END) || y.kind().equals(x.kind() + END)) {
            used.add(x);
            used.add(y);
        }
    }

    /** The one clock time of {@code fs} not yet in {@code used}, or null when there is none or more than one. */
    private static Fact onlyTime(List<Fact> fs, java.util.Set<Fact> used) {
        Fact one = null;
        for (Fact f : fs) {
            if (used.contains(f) || !f.kind().startsWith("time")) continue;
            if (one != null) return null;
            one = f;
        }
        return one;
    }
}
