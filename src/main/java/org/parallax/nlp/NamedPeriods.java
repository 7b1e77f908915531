package org.parallax.nlp;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.text.Months;

/**
 * Periods a reader names around a date SUTime tags: "the December quarter" (the three months that end with December, as
 * companies whose year does not follow the calendar name their quarters), "the June half" (the six months that end with
 * June, as Australian companies name their halves; "the December half of 2036" those of that year), and a date SUTime
 * joins to the noun or clause
 * before it and leaves without a value ("an investor day in May": "day in May", 2034-05 INTERSECT P1D; "the first five
 * years end in 2036": 2036 INTERSECT P5Y; "a January day in 2011": 2011 INTERSECT P1D INTERSECT XXXX-01), which is the
 * date after "in" (TimeML marks "2011" alone). Stateless.
 */
final class NamedPeriods {

    private NamedPeriods() {
    }

    private static final Pattern MONTH_ONLY = Pattern.compile("^(?:the\\s+)?" + Months.NAME + "$", Pattern.CASE_INSENSITIVE);
    /** "the December |quarter", "the June |half", "the December |half of 2036"; not "a February |half-term". */
    private static final Pattern QUARTER_AFTER = Pattern.compile("^\\s+(quarter|half)\\b(?![-\u2010\u2011])(?:\\s+of\\s+((?:19|20)\\d\\d)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINED_TAIL = Pattern.compile("^(?:(?:" + Months.NAME + ")\\s+)?"
            + "(?:day|\\p{L}+\\s+(?:years?|months?|weeks?)\\s+\\p{Ll}+)\\s+in\\s+"
            + "((?:" + Months.NAME + ")(?:\\s+\\d{4})?|\\d{4})$", Pattern.CASE_INSENSITIVE);
    /** "2034-05 INTERSECT P1D"; with the month named before "day", "2011 INTERSECT P1D INTERSECT XXXX-01". */
    private static final Pattern INTERSECT_VALUE = Pattern.compile("^(\\S+)\\s+INTERSECT\\s+P\\w+(?:\\s+INTERSECT\\s+XXXX-\\d{2})?$");

    /** "the December quarter": October to December of the month's year; else {@code range} as it was. */
    static DateRange monthQuarter(String text, int start, int end, DateRange range) {
        if (range == null || range.precision() != DatePrecision.MONTH || !YearMonth.from(range.start()).equals(YearMonth.from(range.end()))
                || !MONTH_ONLY.matcher(text.substring(start, end).strip()).matches()
                || !QUARTER_AFTER.matcher(text.substring(end)).lookingAt()) {
            return range;
        }
        Matcher after = QUARTER_AFTER.matcher(text.substring(end));
        after.lookingAt();
        YearMonth last = YearMonth.from(range.start());
        if (after.group(2) != null) last = YearMonth.of(Integer.parseInt(after.group(2)), last.getMonthValue()); // "of 2036"
        int months = after.group(1).equalsIgnoreCase("half") ? 6 : 3; // "the June half": January to June, as Australian firms say
        return new DateRange(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth(), DatePrecision.MONTH);
    }

    /** The date after "in" of a mention SUTime joined to a noun or a clause before it, with its value; null otherwise. */
    static RawMention joinedTail(String text, RawMention m) {
        Matcher v = INTERSECT_VALUE.matcher(m.timexValue() == null ? "" : m.timexValue().strip());
        String surface = text.substring(m.start(), m.end());
        Matcher t = JOINED_TAIL.matcher(surface.strip());
        if (!v.matches() || !t.matches()) return null;
        int at = m.start() + surface.indexOf(surface.strip()) + t.start(1);
        return new RawMention(at, at + t.group(1).length(), t.group(1), EntityType.DATE, "DATE", "DATE", v.group(1));
    }
}
