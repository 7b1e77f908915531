package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * Anchors a date written without its year or week to the publication date, by the tense of the verb that governs it
 * ({@link ClauseTense}): a month or month-day without a year, a holiday, a day of an unnamed month, a bare weekday, a
 * weekday of a month ("the fourth Thursday of November"), "the new year"; and a day named with its weekday in the year it
 * falls on. Split from {@link DateResolver}, which reads the mentions; stateless.
 */
final class DateAnchoring {
    private DateAnchoring() {
    }

    /**
     * A month or month-day named without a year lies in the document's year, moved a year back when its verb is in the
     * past and its month comes after the document's month, a year ahead when the verb is in the future and its month
     * comes before (the document's own month stays: a report may be dated a day off); with no tense cue, the occurrence
     * nearest the document date. SUTime instead lets any "will" in the
     * sentence push the date a year ahead.
     */
    static DateRange placeYear(DateRange r, ClauseTense.Tense tense, LocalDate docDate) {
        if (r.start().getYear() != r.end().getYear()) return r;
        DateRange here = shiftYears(r, docDate.getYear() - r.start().getYear());
        if (here == null) return r;
        DateRange placed = here;
        YearMonth docMonth = YearMonth.from(docDate);
        if (tense == ClauseTense.Tense.PAST && YearMonth.from(here.start()).isAfter(docMonth)) placed = shiftYears(here, -1);
        else if (tense == ClauseTense.Tense.FUTURE && YearMonth.from(here.end()).isBefore(docMonth)) placed = shiftYears(here, 1);
        else if (tense == ClauseTense.Tense.NONE) {
            DateRange before = shiftYears(here, -1);
            DateRange after = shiftYears(here, 1);
            if (before != null && distance(before, docDate) < distance(here, docDate)) placed = before;
            else if (after != null && distance(after, docDate) < distance(here, docDate)) placed = after;
        }
        return placed == null ? here : placed;
    }

    /** A holiday of the document's year, a year back after a past verb if still to come, ahead after a future one if gone. */
    static LocalDate placeHoliday(String name, ClauseTense.Tense tense, LocalDate docDate) {
        int y = docDate.getYear();
        LocalDate here = holiday(name, y);
        if (tense == ClauseTense.Tense.PAST && here.isAfter(docDate)) return holiday(name, y - 1);
        if (tense == ClauseTense.Tense.FUTURE && here.isBefore(docDate)) return holiday(name, y + 1);
        if (tense == ClauseTense.Tense.NONE) {
            LocalDate before = holiday(name, y - 1), after = holiday(name, y + 1);
            long d = Math.abs(here.toEpochDay() - docDate.toEpochDay());
            if (docDate.toEpochDay() - before.toEpochDay() < d) return before;
            if (after.toEpochDay() - docDate.toEpochDay() < d) return after;
        }
        return here;
    }

    static LocalDate holiday(String name, int y) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("easter")) return easterSunday(y);
        if (n.startsWith("boxing")) return LocalDate.of(y, 12, 26);
        if (n.equals("christmas eve")) return LocalDate.of(y, 12, 24);
        if (n.startsWith("christmas")) return LocalDate.of(y, 12, 25);
        return n.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }

    /** Western Easter Sunday of year {@code y} (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /**
     * "on the 18th" with no month ({@code XXXX-XX-18}, from {@link JoinedDates}): a day of the publication month, of the
     * month before when a past verb governs it and the day is still to come, of the month after when a future verb
     * governs it and the day has gone; null for a day the month does not have.
     */
    static DateRange dayInMonth(int day, ClauseTense.Tense tense, LocalDate docDate) {
        YearMonth month = YearMonth.from(docDate);
        if (tense == ClauseTense.Tense.PAST && day > docDate.getDayOfMonth()) month = month.minusMonths(1);
        else if (tense == ClauseTense.Tense.FUTURE && day < docDate.getDayOfMonth()) month = month.plusMonths(1);
        return day >= 1 && day <= month.lengthOfMonth() ? DateRange.day(month.atDay(day)) : null;
    }

    /** A month named in full, in its capital: "in February". */
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b");
    /** A break between clauses, or a year after the month ("February 2027"), which a day of it would carry itself. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\u2013\u2014]");
    /**
     * A day of a month an earlier clause of the sentence gives ("on 3 May", "the 3rd of May"), its year not written; not a
     * month alone ("closed in February", "Mrs Justice May").
     */
    private static final Pattern MONTH_DATED = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(January|February|March|April"
            + "|May|June|July|August|September|October|November|December)\\b(?!,?\\s+\\d)");

    /**
     * "Half-term in February will run from the 15th": a day with no month ({@code XXXX-XX-15}) whose own clause names a
     * month before it is a day of that month, the month placed in a year by the verb as a month alone is; when the clause
     * names none, the last month an earlier clause of the sentence dates ("on 3 May, a bank holiday; it moves to the 4th");
     * null when neither names a month (then {@link #dayInMonth} reads it as a day of the publication month).
     */
    static DateRange dayOfMonthNamed(String text, int start, int day, ClauseTense.Tense tense, LocalDate docDate) {
        int from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
        int stop = Math.max(text.lastIndexOf(". ", start), from);
        String before = text.substring(stop, start);
        Matcher b = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (b.find()) clauseStart = b.end();
        Matcher named = MONTH_NAMED.matcher(before.substring(clauseStart));
        int month = 0;
        while (named.find()) month = Months.number(named.group(1).toLowerCase(Locale.ROOT));
        Matcher dated = MONTH_DATED.matcher(before.substring(0, clauseStart));
        int last = 0;
        while (dated.find()) last = Months.number(dated.group(1).toLowerCase(Locale.ROOT)); // "on 3 May ...; it moves to the 4th"
        if (month == 0) month = last;
        if (month == 0) return null;
        YearMonth ym = YearMonth.of(docDate.getYear(), month);
        DateRange placed = placeYear(new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH), tense, docDate);
        ym = YearMonth.from(placed.start());
        return day >= 1 && day <= ym.lengthOfMonth() ? DateRange.day(ym.atDay(day)) : null;
    }

    static DateRange shiftYears(DateRange r, int years) {
        LocalDate s = r.start().plusYears(years);
        boolean monthEnd = r.precision() != DatePrecision.DAY && r.end().getDayOfMonth() == r.end().lengthOfMonth();
        LocalDate e = monthEnd ? YearMonth.from(r.end()).plusYears(years).atEndOfMonth() : r.end().plusYears(years);
        if (r.precision() == DatePrecision.DAY && s.getDayOfMonth() != r.start().getDayOfMonth()) return null; // 29 February
        return new DateRange(s, e, r.precision());
    }

    /** Days from {@code d} to the range {@code r}: 0 inside it. */
    static long distance(DateRange r, LocalDate d) {
        if (d.isBefore(r.start())) return r.start().toEpochDay() - d.toEpochDay();
        if (d.isAfter(r.end())) return d.toEpochDay() - r.end().toEpochDay();
        return 0;
    }

    /** Right before a weekday: "for", an appointment's day ("a conference call for Friday", "tickets for Saturday"). */
    private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+$");

    /**
     * A bare weekday ("on Friday") is placed by the tense of the verb that governs it ({@link ClauseTense}): SUTime
     * takes tense from the whole sentence, so in "said on Friday that they will go" it picks next Friday. "next" and
     * "last" next to the weekday decide first; under "would" it is the nearer one; with no tense, an appointment "for"
     * the day looks ahead; news reports default to the past.
     */
    static LocalDate placeWeekday(String text, RawMention m, DayOfWeek day, LocalDate docDate) {
        String near = DateResolver.withWordBefore(text, m.start(), m.end());
        if (near.contains("next")) {
            return docDate.with(TemporalAdjusters.next(day));
        } else if (near.contains("last")) {
            return docDate.with(TemporalAdjusters.previous(day));
        }
        if (ClauseTense.movedTo(text, m.start())) {
            return docDate.with(TemporalAdjusters.next(day)); // "moved to Friday" in a Friday's paper: next Friday, not today
        }
        ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
        if (tense == ClauseTense.Tense.NONE && ClauseTense.conditional(text, m.start(), m.end())) {
            // "said he would return on Thursday": a future seen from the past, the nearer Thursday (ties: the coming one)
            LocalDate before = docDate.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = docDate.with(TemporalAdjusters.nextOrSame(day));
            return docDate.toEpochDay() - before.toEpochDay() < after.toEpochDay() - docDate.toEpochDay() ? before : after;
        }
        boolean future = tense == ClauseTense.Tense.FUTURE
                || tense == ClauseTense.Tense.NONE && (ClauseTense.present(text, m.start(), m.end())
                        || FOR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find());
        return future ? docDate.with(TemporalAdjusters.nextOrSame(day)) : docDate.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * A day named with its weekday but no year ("Wednesday 18 December") lies in the year, of this one and the two
     * around it, in which it falls on that weekday, whatever the verb placed it in; unchanged when none or several do.
     */
    static DateRange onItsWeekday(String surface, DateRange r) {
        if (r.precision() != DatePrecision.DAY || !r.start().equals(r.end())) return r;
        Matcher wd = DateResolver.WEEKDAY.matcher(surface);
        if (!wd.find() || !DateResolver.NAMED_MONTH.matcher(surface).find()) return r;
        DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
        if (r.start().getDayOfWeek() == day) return r;
        LocalDate found = null;
        for (int k : new int[] {-1, 1}) {
            DateRange moved = shiftYears(r, k);
            if (moved != null && moved.start().getDayOfWeek() == day) {
                if (found != null) return r;
                found = moved.start();
            }
        }
        return found == null ? r : DateRange.day(found);
    }

    private static final Pattern WEEKEND_END = Pattern.compile("\\bweekend$", Pattern.CASE_INSENSITIVE);

    /**
     * A holiday's weekend ("Memorial Day weekend", "the Easter Monday weekend") that SUTime gives as the holiday alone:
     * the Saturday and Sunday with the holiday when it falls on a Monday or a Friday, and with the Friday after a
     * Thursday's ("Thanksgiving weekend", Thursday to Sunday).
     */
    static DateRange holidayWeekend(String surface, DateRange r) {
        if (r.precision() != DatePrecision.DAY || !r.start().equals(r.end()) || !WEEKEND_END.matcher(surface.strip()).find()) return r;
        LocalDate d = r.start();
        return switch (d.getDayOfWeek()) {
            case MONDAY -> new DateRange(d.minusDays(2), d, DatePrecision.DAY);
            case FRIDAY -> new DateRange(d, d.plusDays(2), DatePrecision.DAY);
            case THURSDAY -> new DateRange(d, d.plusDays(3), DatePrecision.DAY); // "Thanksgiving weekend": Thursday to Sunday
            case SATURDAY -> new DateRange(d, d.plusDays(1), DatePrecision.DAY);
            case SUNDAY -> new DateRange(d.minusDays(1), d, DatePrecision.DAY);
            default -> r;
        };
    }

    /** The first (second, third, fourth, last) {@code day} of month {@code ym}. */
    static LocalDate nthWeekday(YearMonth ym, String nth, DayOfWeek day) {
        LocalDate first = ym.atDay(1).with(TemporalAdjusters.firstInMonth(day));
        return switch (nth.toLowerCase(Locale.ROOT)) {
            case "second" -> first.plusWeeks(1);
            case "third" -> first.plusWeeks(2);
            case "fourth" -> first.plusWeeks(3);
            case "last" -> ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day));
            case "penultimate" -> ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day)).minusWeeks(1);
            default -> first;
        };
    }

    /** "the new year", lower case: the turn of the year, not New Year's Day. */
    private static final Pattern NEW_YEAR = Pattern.compile("^(?:the\\s+)?new\\s+year$");
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = Months.NAME + "\\.?";
    /** "the fourth Thursday of November", "the last Monday in May". */
    private static final Pattern NTH_WEEKDAY_OF_MONTH = Pattern.compile("^(?:the\\s+)?(first|second|third|fourth|last|penultimate)\\s+"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:of|in)\\s+(" + MONTHS + ")$", Pattern.CASE_INSENSITIVE);
    /** Before a mention of a weekday of a month: the ordinal SUTime left out ("the penultimate "). */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b(?:the\\s+)?(penultimate)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_OF_MONTH = Pattern.compile("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+"
            + "(?:of|in)\\s+" + MONTHS + "$", Pattern.CASE_INSENSITIVE);
    /** "the second Tuesday of next month", "the last Friday of this month". */
    private static final Pattern NTH_WEEKDAY_OF_NEAR_MONTH = Pattern.compile("^(?:the\\s+)?(first|second|third|fourth|last|penultimate)\\s+"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:of|in)\\s+(this|next|last)\\s+month$", Pattern.CASE_INSENSITIVE);

    /**
     * "the second Tuesday of next month" (of this or last month): that weekday of the month counted from {@code docDate};
     * null for any other surface. SUTime's day is right, but a weekday with no month written was placed as a bare weekday.
     */
    static DateRange nthWeekdayOfNearMonth(String surface, LocalDate docDate) {
        Matcher n = NTH_WEEKDAY_OF_NEAR_MONTH.matcher(surface.strip());
        if (docDate == null || !n.matches()) return null;
        String which = n.group(3).toLowerCase(Locale.ROOT);
        YearMonth ym = YearMonth.from(docDate).plusMonths(which.equals("next") ? 1 : which.equals("last") ? -1 : 0);
        return DateRange.day(nthWeekday(ym, n.group(1), DayOfWeek.valueOf(n.group(2).toUpperCase(Locale.ROOT))));
    }

    /** "the first two weeks of January", "the last ten days of March". */
    private static final Pattern FIRST_WEEKS_OF_MONTH = Pattern.compile("^(?:the\\s+)?(first|last|final)\\s+(\\S+)\\s+(weeks|days)\\s+"
            + "(?:of|in)\\s+(" + MONTHS + ")$", Pattern.CASE_INSENSITIVE);

    /**
     * "the new year" (the year that began last after "since", else the one about to begin: this one in January), "the
     * fourth Thursday of November" (that weekday, which SUTime's day is not always) and "the first two weeks of January"
     * (that many days from the month's start or end), the month placed by its verb; null for any other mention.
     */
    static DateRange newYearOrMonthPart(String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end()).strip();
        if (NEW_YEAR.matcher(surface).matches()) {
            boolean since = SINCE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
            int y = since || docDate.getMonthValue() == 1 ? docDate.getYear() : docDate.getYear() + 1;
            return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
        }
        // "the penultimate Friday of September": SUTime's mention starts at the weekday
        Matcher ordinal = ORDINAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        if (ordinal.find() && WEEKDAY_OF_MONTH.matcher(surface).matches()) surface = ordinal.group(1) + " " + surface;
        Matcher nth = NTH_WEEKDAY_OF_MONTH.matcher(surface);
        Matcher first = FIRST_WEEKS_OF_MONTH.matcher(surface);
        boolean weekday = nth.matches();
        if (!weekday && !(first.matches() && RelativeDates.count(first.group(2)) != null)) return null;
        String month = (weekday ? nth.group(3) : first.group(4)).replace(".", "").toLowerCase(Locale.ROOT);
        YearMonth ym = YearMonth.of(docDate.getYear(), Months.number(month));
        ym = YearMonth.from(placeYear(new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH),
                ClauseTense.listing(text, m.start(), m.end()), docDate).start());
        if (weekday) return DateRange.day(nthWeekday(ym, nth.group(1), DayOfWeek.valueOf(nth.group(2).toUpperCase(Locale.ROOT))));
        int days = Math.min(ym.lengthOfMonth(), RelativeDates.count(first.group(2)) * (first.group(3).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1));
        return first.group(1).equalsIgnoreCase("first") ? new DateRange(ym.atDay(1), ym.atDay(days), DatePrecision.DAY)
                : new DateRange(ym.atEndOfMonth().minusDays(days - 1L), ym.atEndOfMonth(), DatePrecision.DAY);
    }
}
