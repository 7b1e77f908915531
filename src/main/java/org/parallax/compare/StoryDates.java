package org.parallax.compare;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * The days an article pins itself to, as story grouping reads them: dates written out in full in its text ("March 14,
 * 2013", "28 November 2005", "2/3/2009"), or the NLP stage's resolved dates of day precision, as epoch days. A date
 * without its year is left out: without a publication date to resolve it against, it could be any year.
 */
final class StoryDates {
    private StoryDates() {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** "March 14, 2013", "Mar. 14 2013", "March 14th, 2013". */
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "28 November 2005", "14th of March, 2013". */
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s+" + YEAR
            + "\\b", Pattern.CASE_INSENSITIVE);
    /** "2/3/2009", "12 / 16 / 08" (month first, as US wire copy writes it), "2013-03-14". */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4}|\\d{2})\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** The full dates written in {@code text}, as sorted distinct epoch days. */
    static int[] days(String text) {
        int[] out = new int[8];
        int n = 0;
        // a written-out date ends in its year: look for months and days only just before each year, since scanning the
        // whole text for month names costs several times more than the rest of grouping's reading of it. A year is four
        // digits opening 19 or 20: a plain scan finds those, and the pattern is asked only there (its word boundaries
        // see through the region's bounds), for running a pattern along the whole text was most of the rest of the cost
        Matcher years = YEAR_ONLY.matcher(text).useTransparentBounds(true), mdy = MDY.matcher(text), dmy = DMY.matcher(text);
        boolean isoLike = false;
        for (int c = 0, len = text.length(); c + 4 <= len; c++) {
            char a = text.charAt(c), b = text.charAt(c + 1);
            if (!((a == '1' && b == '9' || a == '2' && b == '0') && digit(text.charAt(c + 2)) && digit(text.charAt(c + 3)))) continue;
            isoLike |= c + 4 < len && text.charAt(c + 4) == '-';
            years.region(c, c + 4);
            if (!years.lookingAt()) continue;
            int from = Math.max(0, years.start() - 24), to = years.end();
            mdy.region(from, to);
            while (mdy.find()) n = add(out = grow(out, n), n, date(mdy.group(3), month(mdy.group(1)), mdy.group(2)));
            dmy.region(from, to);
            while (dmy.find()) n = add(out = grow(out, n), n, date(dmy.group(3), month(dmy.group(2)), dmy.group(1)));
        }
        Matcher m;
        // each of these needs a character the text may well not hold: without it, the text is not scanned
        if (text.indexOf('/') >= 0) {
            m = NUMERIC.matcher(text);
            while (m.find()) {
                String y = m.group(3);
                if (y.length() == 2) y = "20" + y;
                n = add(out = grow(out, n), n, date(y, Integer.parseInt(m.group(1)), m.group(2)));
            }
        }
        if (isoLike) {
            m = ISO.matcher(text);
            while (m.find()) n = add(out = grow(out, n), n, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return Arrays.stream(out, 0, n).distinct().sorted().toArray();
    }

    /** An ASCII digit, what the patterns' {@code \d} matches. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The days of the resolved dates that name one day. */
    static int[] days(List<DateRange> dates) {
        return dates.stream().filter(d -> d.precision() == DatePrecision.DAY && d.start().equals(d.end()))
                .mapToInt(d -> (int) d.start().toEpochDay()).distinct().sorted().toArray();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static int add(int[] out, int n, int day) {
        if (day == Integer.MIN_VALUE) return n;
        out[n] = day;
        return n + 1;
    }

    private static int date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) return Integer.MIN_VALUE;
            return (int) LocalDate.of(y, month, Integer.parseInt(day)).toEpochDay();
        } catch (DateTimeException | NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** Whether some day of {@code a} lies within {@code window} days of some day of {@code b} (both sorted). */
    static boolean near(int[] a, int[] b, int window) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (Math.abs((long) a[i] - b[j]) <= window) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /** The sorted union of two sorted distinct arrays. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length || j < b.length) {
            int v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
            if (k == 0 || out[k - 1] != v) out[k++] = v;
        }
        return Arrays.copyOf(out, k);
    }
}
