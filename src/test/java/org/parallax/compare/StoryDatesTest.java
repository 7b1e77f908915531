package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link StoryDates#days(String)} asks its year pattern only where a plain scan finds four digits opening 19 or 20, and
 * skips the numeric and ISO patterns when the text lacks what they need. Checked against the patterns run along the
 * whole text, as it read dates before: the same days for every ECB+ article and for texts made to sit on the edges
 * (years inside words, at either end of the text, next to underscores and hyphens, two-digit numeric years).
 */
class StoryDatesTest {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s+" + YEAR
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4}|\\d{2})\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

    @Test
    void findsTheSameDaysAsThePatternsRunAlongTheWholeText() {
        List<String> texts = new ArrayList<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) texts.add(d.article().bodyText());
        texts.addAll(List.of("2013", "March 14, 2013", "On 14 March 2013", "x2013 and 2013x; March 14, 2013x; March 14, x2013",
                "_2013 March 14, 2013_ 14 March 2013_", "in the 1990s; March 3, 19999; March 3, 21013; March 3 ,1999.",
                "2013-03-14", "2013-03-14x; x2013-03-14; 2013-3-14; 2013-03-1; (2013-02-28)", "1999-12-31 and 20-12-2012",
                "12/16/08, 2/3/2009 and 2 / 3 / 2009; 1/2/3; 12/16/2008x; 31/12/1999", "/ 2013 / only slashes",
                "March\u00A014,\u00A02013; Mär 14, 2013; \u0662\u0660\u0661\u0663; 2013\u0301 14 March 2013\u0301",
                "the year 1899, 2101, 1900 and 2099: May 1, 1900; May 1, 2099", "Sept. 11th, 2001; 4th of July, 1976"));
        int dated = 0;
        for (String t : texts) {
            int[] want = wholeText(t);
            assertArrayEquals(want, StoryDates.days(t), () -> "days of: " + t.substring(0, Math.min(80, t.length())));
            if (want.length > 0) dated++;
        }
        assertTrue(dated > 100, "texts with full dates: " + dated);
    }

    /** The days as StoryDates read them with each pattern run along the whole text. */
    private static int[] wholeText(String text) {
        int[] out = new int[1024];
        int n = 0;
        Matcher years = YEAR_ONLY.matcher(text), mdy = MDY.matcher(text), dmy = DMY.matcher(text);
        while (years.find()) {
            int from = Math.max(0, years.start() - 24), to = years.end();
            mdy.region(from, to);
            while (mdy.find()) n = add(out, n, date(mdy.group(3), month(mdy.group(1)), mdy.group(2)));
            dmy.region(from, to);
            while (dmy.find()) n = add(out, n, date(dmy.group(3), month(dmy.group(2)), dmy.group(1)));
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            String y = m.group(3);
            if (y.length() == 2) y = "20" + y;
            n = add(out, n, date(y, Integer.parseInt(m.group(1)), m.group(2)));
        }
        m = ISO.matcher(text);
        while (m.find()) n = add(out, n, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        return Arrays.stream(out, 0, n).distinct().sorted().toArray();
    }

    private static int month(String name) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
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
}
