package org.parallax.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * "Twenty-five years ago" and "Sixty-four years ago today": a count of years back from the publication day, written in
 * digits or in words up to ninety-nine ("fifty", "sixty-four", "twenty five"), as the year it names, or with "today"
 * after it ("Fifty years ago today, the ring road opened") as that same day of that year. SUTime reads the compound
 * numbers wrongly ("Twenty-five years ago" in 2033 as 2021) and gives "N years ago today" no value. Stateless.
 */
final class YearsAgo {

    private YearsAgo() {
    }

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Pattern AGO = Pattern.compile("^(?:(?:about|some|nearly|almost|around|exactly)\\s+)?(\\d{1,3}|a|an"
            + "|\\p{L}+(?:[\\s-]\\p{L}+)?)\\s+years?\\s+ago(\\s+today)?$", Pattern.CASE_INSENSITIVE);

    /** The year (or, with "today", the day) of "N years ago"; null when the text is not such a phrase. */
    static DateRange resolve(String surface, LocalDate docDate) {
        if (docDate == null) return null;
        Matcher a = AGO.matcher(surface.strip());
        if (!a.matches()) return null;
        Integer n = number(a.group(1));
        if (n == null || n < 1) return null;
        LocalDate then = docDate.minusYears(n);
        if (a.group(2) != null) return DateRange.day(then);
        return new DateRange(LocalDate.of(then.getYear(), 1, 1), LocalDate.of(then.getYear(), 12, 31), DatePrecision.YEAR);
    }

    /** "64", "a", "sixty-four", "twenty five", "fifty" as a number; null for any other word. */
    static Integer number(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.chars().allMatch(Character::isDigit)) return Integer.valueOf(w);
        if (w.equals("a") || w.equals("an")) return 1;
        String[] parts = w.split("[\\s-]+");
        if (parts.length == 1) {
            int u = UNITS.indexOf(parts[0]);
            if (u >= 0) return u;
            int t = TENS.indexOf(parts[0]);
            return t >= 2 ? t * 10 : null;
        }
        int t = TENS.indexOf(parts[0]);
        int u = UNITS.indexOf(parts[1]);
        return t >= 2 && u >= 1 && u <= 9 ? t * 10 + u : null;
    }
}
