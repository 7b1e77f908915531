package org.parallax.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * A company's own quarters. Where the article says when its financial year runs ("runs from 1 February to 31 January",
 * "whose financial year ends on 30 June", "the fiscal year ending 30 September"), "Q3", "its third quarter" and "the
 * final quarter of fiscal 2034" are quarters of that year, not of the calendar. With no such year stated (or with two
 * different ones), and in a sentence that says a year follows the calendar, quarters stay calendar ones. Stateless.
 */
final class FiscalQuarters {

    private FiscalQuarters() {
    }

    private static final String MONTH_NAMES = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    /**
     * The words of the rule, with no year's number before them: "The firm's 2024/25 financial year starts on 1 April" tells
     * one year's dates, which may follow a change of year end, and its quarters until then stay calendar ones.
     */
    private static final String YEAR_WORDS = "(?<![\\d/]\\s?)\\b(?:financial|fiscal)\\s+year\\s+";
    /** "financial year runs from 1 February", "fiscal year begins in July": the first month. */
    private static final Pattern RUNS_FROM = Pattern.compile("(?<![\\d/]\\s?)\\b(?:financial|fiscal)\\s+year(?:,?\\s+(?:which|that)\\s+|\\s+)"
            + "(?:runs|starts|begins|began|started|starting|beginning)\\s+"
            + "(?:from\\s+|on\\s+|in\\s+)?(?:\\d{1,2}\\s+)?" + MONTH_NAMES + "\\b", Pattern.CASE_INSENSITIVE);
    /** "financial year ends on 30 June", "the last Saturday of January", "fiscal year ending September 30": the last month. */
    private static final Pattern ENDS_ON = Pattern.compile(YEAR_WORDS + "(?:ends|ending|closes|finishes)\\s+(?:on\\s+|in\\s+)?"
            + "(?:the\\s+(?:last|final)\\s+\\p{L}+\\s+(?:of|in)\\s+|\\d{1,2}\\s+)?" + MONTH_NAMES + "\\b", Pattern.CASE_INSENSITIVE);
    /** The quarter's number in the mention: "Q3", "third quarter", "Second-quarter", "the final quarter" ("last quarter" is the one before). */
    private static final Pattern QUARTER_WORDS = Pattern.compile("\\bQ([1-4])\\b|\\b(first|second|third|fourth|final"
            + "|1st|2nd|3rd|4th)[\\s-]+quarter\\b", Pattern.CASE_INSENSITIVE);
    /** A fiscal year named after the quarter: "the third quarter| of fiscal 2035". */
    private static final Pattern OF_FISCAL_AFTER = Pattern.compile("^\\s+of\\s+(?:fiscal\\s+(?:year\\s+)?|FY\\s?'?)((?:19|20)?\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The quarter before a fiscal year SUTime tagged alone: "the final quarter of fiscal |2034". */
    private static final Pattern QUARTER_OF_BEFORE = Pattern.compile("\\b((?:the\\s+)?(?:first|second|third|fourth|final|last)"
            + "\\s+quarter\\s+of\\s+(?:fiscal\\s+(?:year\\s+)?|FY\\s?'?))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL_NUMBER = Pattern.compile("^(?:fiscal\\s+(?:year\\s+)?|FY\\s?'?)?((?:19|20)?\\d\\d)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}|'\\d\\d\\b");
    /** A sentence that says some year follows the calendar ("Rival Noventa, whose year follows the calendar"). */
    private static final Pattern CALENDAR_SENTENCE = Pattern.compile("\\b(?:follows|follow|following)\\s+the\\s+calendar\\b|\\bcalendar\\s+year\\b",
            Pattern.CASE_INSENSITIVE);

    /** A quarter's range, and where its words start when they begin before the mention ("the final quarter of fiscal 2034"). */
    record Quarter(int start, DateRange range) {
    }

    /** The month the article's financial year starts in, or 0 when the text names none, or names two different ones. */
    static int firstMonth(String text) {
        Set<Integer> found = new HashSet<>();
        Matcher r = RUNS_FROM.matcher(text);
        while (r.find()) found.add(month(r.group(1)));
        Matcher e = ENDS_ON.matcher(text);
        while (e.find()) found.add(month(e.group(1)) % 12 + 1);
        if (found.size() != 1) return 0;
        int first = found.iterator().next();
        return first == 1 ? 0 : first;
    }

    /**
     * The company's quarter the mention {@code [start, end)} names, or null to keep {@code range}. {@code firstMonth} is
     * {@link #firstMonth}'s answer for the text.
     */
    static Quarter quarter(String text, int start, int end, DateRange range, LocalDate docDate, int firstMonth) {
        if (firstMonth == 0 || range == null || docDate == null || calendarSentence(text, start)) return null;
        String surface = text.substring(start, end);
        Matcher before = QUARTER_OF_BEFORE.matcher(text.substring(Math.max(0, start - 45), start));
        Matcher number = FISCAL_NUMBER.matcher(surface.strip());
        if (before.find() && number.matches()) { // "the final quarter of fiscal |2034"
            int q = number(before.group(1));
            int from = start - before.group(1).length();
            return new Quarter(from, ofYear(fiscalYear(number.group(1)), q, firstMonth));
        }
        Matcher words = QUARTER_WORDS.matcher(surface);
        if (!words.find() || !isCalendarQuarter(range) || YEAR.matcher(surface).find()) return null; // "Q3 2035": its own year
        int q = words.group(1) != null ? Integer.parseInt(words.group(1)) : number(words.group(2));
        Matcher after = OF_FISCAL_AFTER.matcher(text.substring(end));
        if (after.lookingAt()) return new Quarter(start, ofYear(fiscalYear(after.group(1)), q, firstMonth));
        // no year: the quarter of that number by the clause's tense ("record fourth quarter" in a headline: the nearest)
        DateRange chosen = byTense(ClauseTense.ahead(text, start, end), docDate, y -> ofYear(y, q, firstMonth));
        return chosen == null ? null : new Quarter(start, chosen);
    }

    /**
     * Of the periods {@code ofYear} gives for the fiscal years around publication (a quarter or a half of a given number):
     * after a verb that looks ahead the first one not yet over, with no tense the one nearest publication, else (a past
     * verb) the latest to have begun by publication; null when none fits.
     */
    static DateRange byTense(ClauseTense.Tense tense, LocalDate docDate, IntFunction<DateRange> ofYear) {
        DateRange latest = null;
        DateRange nearest = null;
        for (int y = docDate.getYear() - 2; y <= docDate.getYear() + 2; y++) {
            DateRange c = ofYear.apply(y);
            if (tense == ClauseTense.Tense.FUTURE && !c.end().isBefore(docDate)) return c;
            if (!c.start().isAfter(docDate)) latest = c;
            if (nearest == null || DateAnchoring.distance(c, docDate) < DateAnchoring.distance(nearest, docDate)) nearest = c;
        }
        return tense == ClauseTense.Tense.NONE ? nearest : latest;
    }

    /**
     * Quarter {@code q} of the fiscal year named {@code n}. A year that starts in the first half of the calendar
     * carries the number of the year it starts in ("fiscal 2035" from 1 February 2035); one that starts in July or
     * later the number of the year it ends in ("FY34" from 1 July 2033, the US government's fiscal 2025 from October
     * 2024).
     */
    static DateRange ofYear(int n, int q, int firstMonth) {
        int startYear = firstMonth <= 6 ? n : n - 1;
        YearMonth first = YearMonth.of(startYear, firstMonth).plusMonths(3L * (q - 1));
        return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
    }

    private static boolean isCalendarQuarter(DateRange r) {
        return r.start().getDayOfMonth() == 1 && (r.start().getMonthValue() - 1) % 3 == 0
                && r.end().equals(YearMonth.from(r.start()).plusMonths(2).atEndOfMonth());
    }

    private static boolean calendarSentence(String text, int at) {
        int from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at));
        int to = text.indexOf(". ", at);
        int nl = text.indexOf('\n', at);
        if (to < 0 || (nl >= 0 && nl < to)) to = nl < 0 ? text.length() : nl;
        return CALENDAR_SENTENCE.matcher(text.substring(Math.max(0, from), to)).find();
    }

    /** The fiscal year "34" or "2034" names. */
    static int fiscalYear(String digits) {
        int n = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + n : n;
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
        if (w.startsWith("first") || w.startsWith("1st")) return 1;
        if (w.startsWith("second") || w.startsWith("2nd")) return 2;
        if (w.startsWith("third") || w.startsWith("3rd")) return 3;
        return 4; // fourth, final, last
    }

    private static int month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) return m.getValue();
        }
        throw new IllegalArgumentException(name);
    }
}
