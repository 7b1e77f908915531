package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as facts, for {@link FactExtractor}: "7.15 a.m.", "shortly after 10 p.m. local time", "03.42 GMT"; a time
 * with no zone is kind "time", the local time. A hedge widens the minutes a time covers ("about" 20 each way, "shortly
 * after" 30 on). Pure.
 */
final class TimeFacts {
    /** Zones added to the closed table after the first ones; written in capitals only ("WEST", never "west of the city"). */
    private static final String NEW_ZONES = "(?-i:EEST|WEST|AEST|AEDT|EET|WET|CDT|MST|MDT|KST|HKT|SGT|IST)";
    private static final Pattern TIME = Pattern.compile("(?i)(?:(about|around|approximately|roughly|just after|shortly after|just before"
            + "|shortly before)\\s+)?"
            + "(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?(?:\\s+(UTC|GMT|EDT|EST|PDT|PST|CEST|CET|BST|MSK|JST|local time|" + NEW_ZONES + ")(?![A-Za-z]))?");
    /**
     * A 24-hour clock time with its zone: "03.42 GMT", "14:32 local time", "at about 21:10 UTC"; the zone tells it is a time
     * of day, not a score or a decimal.
     */
    private static final Pattern TIME24 = Pattern.compile("(?i)(?:(about|around|approximately|roughly|just after|shortly after|just before"
            + "|shortly before)\\s+)?(?<![\\d:.,])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:.]\\d)\\s?(?:h(?:rs)?\\s+)?(UTC|GMT|local time|(?-i:"
            + ClockZones.ABBREVIATION_WORDS + "))\\b");

    /**
     * A 24-hour clock time with no zone after a word of time: "at 14:05", "from 18:42", "until 06:30". The preposition and the colon
     * tell a time of day, not a score ("won 2-1") or a decimal ("at 14.05").
     */
    private static final Pattern TIME24_AT = Pattern.compile("(?i)\\b(?:at|from|until|till|by|before|after|since)\\s+(?:(about|around|approximately"
            + "|roughly|just after|shortly after|just before|shortly before)\\s+)?([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]|\\.\\d|\\s?[ap]\\.?m\\b)");

    /** How far a bare hour ("10 a.m.") reaches: a time the outlet rounded to it. */
    private static final int ROUNDED_HOUR_MINUTES = 5;

    private TimeFacts() {
    }

    /** Adds the clock times of sentence {@code s} (which starts at {@code base} and ends at {@code sentEnd}) to {@code out}. */
    static void times(String s, int base, int sentEnd, List<Fact> out) {
        int from = out.size();
        clockTimes(s, base, sentEnd, out);
        // "restored at about 3:30 p.m.": the time something ended is no time it began
        TimeRoles.mark(s, base, out, from);
    }

    private static void clockTimes(String s, int base, int sentEnd, List<Fact> out) {
        times12(s, base, sentEnd, out);
        if (s.indexOf(':') >= 0) local24(s, base, sentEnd, out);
        Matcher m = TIME24.matcher(s);
        while (m.find()) {
            int start = base + m.start(), end = base + m.end();
            if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            int t = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            double[] range = clockRange(q, t);
            double lo = range[0], hi = range[1];
            String kind = m.group(4).equalsIgnoreCase("local time") ? "time" : "time " + m.group(4).toUpperCase(Locale.ROOT);
            String norm = (q.isEmpty() ? "" : "~") + String.format(Locale.ROOT, "%02d:%02d", t / 60, t % 60);
            // "16:32 CEST", "14:32 UTC": a time on a named clock is turned to Greenwich time ("14:32 UTC" / "16:32 CEST" meet)
            int[] abbr = ClockZones.abbreviation(m.group(4));
            if (abbr != null) {
                double[] g = ClockZones.toGreenwich(lo, hi, abbr[0], abbr[1]);
                lo = g[0];
                hi = g[1];
                kind = ClockZones.GREENWICH;
            }
            out.add(new Fact(kind, lo, hi, m.group().strip(), norm, start, end, base, sentEnd));
        }
    }

    /** "at 18:42" with no zone: the local time, as "6.42 p.m." is; a zone after it is TIME24's. */
    private static void local24(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = TIME24_AT.matcher(s);
        while (m.find()) {
            if (s.substring(m.end()).matches("(?is)\\s?(?:h(?:rs)?\\s+)?(?:UTC|GMT|local time|(?-i:" + ClockZones.ABBREVIATION_WORDS + "))\\b.*")) continue;
            int t = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            double[] range = clockRange(q, t);
            String norm = (q.isEmpty() ? "" : "~") + String.format(Locale.ROOT, "%02d:%02d", t / 60, t % 60);
            int start = m.start(1) >= 0 ? m.start(1) : m.start(2);
            int[] zone = ClockZones.after(s, m.end());
            if (zone != null) {
                // "at 14:45 Paris time": told on a named clock, so turned to Greenwich time
                double[] g = ClockZones.toGreenwich(range[0], range[1], zone[1], zone[2]);
                out.add(new Fact(ClockZones.GREENWICH, g[0], g[1], s.substring(start, zone[0]), norm, base + start, base + zone[0], base, sentEnd));
                continue;
            }
            out.add(new Fact("time", range[0], range[1], s.substring(start, m.end()), norm, base + start, base + m.end(), base, sentEnd));
        }
    }

    /** The minutes a clock time {@code t} covers after its hedge {@code q}: "shortly after" 30 on, "just before" 30 back, "about" 20 each way. */
    private static double[] clockRange(String q, int t) {
        if (q.endsWith("after")) return new double[] {t, t + 30};
        if (q.endsWith("before")) return new double[] {t - 30, t};
        if (!q.isEmpty()) return new double[] {t - 20, t + 20};
        return new double[] {t, t};
    }

    private static void times12(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = TIME.matcher(s);
        while (m.find()) {
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 12 || min > 59) continue;
            boolean pm = m.group(4).equalsIgnoreCase("p");
            int t = (h % 12 + (pm ? 12 : 0)) * 60 + min;
            String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            double[] range = clockRange(q, t);
            // "at 10 a.m." with no minutes may be a time rounded to its hour ("10.05 a.m."): five minutes either way
            if (q.isEmpty() && m.group(3) == null) range = new double[] {t - ROUNDED_HOUR_MINUTES, t + ROUNDED_HOUR_MINUTES};
            double lo = range[0], hi = range[1];
            // a time with no zone is the local time, as "local time" says
            String kind = m.group(5) == null || m.group(5).equalsIgnoreCase("local time") ? "time" : "time " + m.group(5).toUpperCase(Locale.ROOT);
            String norm = (q.isEmpty() ? "" : "~") + String.format(Locale.ROOT, "%02d:%02d", t / 60, t % 60);
            // a time told on a named clock other than Greenwich's ("7 a.m. CET", "11 a.m. Paris time", "10 a.m. in London") is
            // turned to Greenwich time, so that one moment told on two clocks compares as one
            int[] abbr = ClockZones.abbreviation(m.group(5));
            int[] zone = m.group(5) == null ? ClockZones.after(s, m.end()) : abbr == null ? null : new int[] {m.end(), abbr[0], abbr[1]};
            int end = m.end();
            if (zone != null) {
                double[] g = ClockZones.toGreenwich(lo, hi, zone[1], zone[2]);
                lo = g[0];
                hi = g[1];
                kind = ClockZones.GREENWICH;
                end = zone[0];
            }
            out.add(new Fact(kind, lo, hi, s.substring(m.start(), end).strip(), norm, base + m.start(), base + end, base, sentEnd));
        }
    }
}
