package org.parallax.compare;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock a time is told in, when the words after it name one other than the reader's guess of local time: a zone
 * ("CET", "Central European Time", "Eastern Time") or a place ("11 a.m. Paris time", "at 10 a.m. in London"). A time
 * told on a named clock is turned to Greenwich time, so that two outlets writing one moment on two clocks ("6 a.m. GMT"
 * / "7 a.m. Central European Time", "10 a.m. in London" / "11 a.m. Paris time") compare as one time of kind "time GMT".
 * A zone that keeps summer time, named without saying which half of the year ("Central European Time", "Paris time"),
 * reaches both offsets, since writers use the name all year round. Pure.
 */
final class ClockZones {
    /** The kind of a time turned to Greenwich time. */
    static final String GREENWICH = "time GMT";

    /**
     * Offsets from Greenwich in minutes, lowest and highest, by abbreviation: a closed table of zones news names. UTC is Greenwich's
     * clock and keeps kind "time GMT" with no change. "IST" is India's, Israel's or Ireland's clock, so it reaches all three; an
     * abbreviation two wide zones share ("CST": China and the American centre) is none.
     */
    private static final Map<String, int[]> ABBREVIATIONS = Map.ofEntries(Map.entry("BST", new int[] {60, 60}),
            Map.entry("CET", new int[] {60, 60}), Map.entry("CEST", new int[] {120, 120}), Map.entry("EET", new int[] {120, 120}),
            Map.entry("EEST", new int[] {180, 180}), Map.entry("WET", new int[] {0, 0}), Map.entry("WEST", new int[] {60, 60}),
            Map.entry("EST", new int[] {-300, -300}), Map.entry("EDT", new int[] {-240, -240}), Map.entry("CDT", new int[] {-300, -300}),
            Map.entry("MST", new int[] {-420, -420}), Map.entry("MDT", new int[] {-360, -360}), Map.entry("PST", new int[] {-480, -480}),
            Map.entry("PDT", new int[] {-420, -420}), Map.entry("MSK", new int[] {180, 180}), Map.entry("JST", new int[] {540, 540}),
            Map.entry("KST", new int[] {540, 540}), Map.entry("HKT", new int[] {480, 480}), Map.entry("SGT", new int[] {480, 480}),
            Map.entry("AEST", new int[] {600, 600}), Map.entry("AEDT", new int[] {660, 660}), Map.entry("IST", new int[] {60, 330}),
            Map.entry("UTC", new int[] {0, 0}));

    /** The abbreviations of {@link #ABBREVIATIONS} as a pattern's alternatives, longest first. */
    static final String ABBREVIATION_WORDS = "CEST|EEST|WEST|AEST|AEDT|BST|CET|EET|WET|EST|EDT|CDT|MST|MDT|PST|PDT|MSK|JST|KST|HKT|SGT|IST";

    /** Long names of zones and places whose clock is known, in lower case: offsets lowest and highest. */
    private static final Map<String, int[]> NAMES = Map.ofEntries(
            Map.entry("central european time", new int[] {60, 120}), Map.entry("central european summer time", new int[] {120, 120}),
            Map.entry("british summer time", new int[] {60, 60}), Map.entry("greenwich mean time", new int[] {0, 0}),
            Map.entry("eastern time", new int[] {-300, -240}),
            Map.entry("eastern standard time", new int[] {-300, -300}), Map.entry("eastern daylight time", new int[] {-240, -240}),
            Map.entry("india standard time", new int[] {330, 330}), Map.entry("eastern european time", new int[] {120, 180}),
            Map.entry("eastern european summer time", new int[] {180, 180}), Map.entry("pacific time", new int[] {-480, -420}),
            Map.entry("london", new int[] {0, 60}), Map.entry("dublin", new int[] {0, 60}), Map.entry("lisbon", new int[] {0, 60}),
            Map.entry("paris", new int[] {60, 120}), Map.entry("berlin", new int[] {60, 120}), Map.entry("madrid", new int[] {60, 120}),
            Map.entry("rome", new int[] {60, 120}), Map.entry("brussels", new int[] {60, 120}), Map.entry("amsterdam", new int[] {60, 120}),
            Map.entry("vienna", new int[] {60, 120}), Map.entry("warsaw", new int[] {60, 120}), Map.entry("athens", new int[] {120, 180}),
            Map.entry("moscow", new int[] {180, 180}), Map.entry("new york", new int[] {-300, -240}),
            Map.entry("washington", new int[] {-300, -240}), Map.entry("tokyo", new int[] {540, 540}), Map.entry("beijing", new int[] {480, 480}));

    /**
     * After a time: a zone's long name ("Central European Time"), a place's clock ("Paris time") or the place the time is told
     * at ("in London", not "in London's" nor a longer name "in New Yorkshire").
     */
    private static final Pattern AFTER = Pattern.compile("^\\s+(?:((?:Central|Eastern) European(?: Summer)? Time|British Summer Time|Greenwich Mean Time"
            + "|Eastern(?: Standard| Daylight)? Time|India Standard Time|Pacific Time)\\b|([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\\b|in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b(?!['’\\w]))");

    private ClockZones() {
    }

    /** The offsets {lowest, highest} of abbreviation {@code zone} ("CET"), or null for none known. */
    static int[] abbreviation(String zone) {
        return zone == null ? null : ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
    }

    /**
     * The zone named right after a time that ends at {@code end} in {@code s}: {end of the zone's words, lowest offset,
     * highest offset}, or null when the words name no clock this class knows.
     */
    static int[] after(String s, int end) {
        Matcher m = AFTER.matcher(s.substring(end));
        if (!m.find()) return null;
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        int[] off = NAMES.get(name.toLowerCase(Locale.ROOT));
        if (off == null) return null;
        return new int[] {end + m.end(), off[0], off[1]};
    }

    /** Minutes of a day {@code [lo, hi]} on a clock {@code offLo..offHi} ahead of Greenwich, told on Greenwich's clock. */
    static double[] toGreenwich(double lo, double hi, int offLo, int offHi) {
        double glo = lo - offHi, ghi = hi - offLo;
        if (ghi < 0) return new double[] {glo + 1440, ghi + 1440};
        if (glo >= 1440) return new double[] {glo - 1440, ghi - 1440};
        return new double[] {glo, ghi};
    }
}
