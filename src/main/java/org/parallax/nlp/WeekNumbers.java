package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * Numbered weeks of the calendar ("week 12", "weeks 13 and 14", "weeks 27 to 30", "week 40 of last year", "the week 20
 * bulletin"): ISO weeks, Monday to Sunday. SUTime tags "week" as a duration (or "the week" as the current one) and
 * leaves the number, a second number and "of last year" out. Stateless.
 */
final class WeekNumbers {

    private WeekNumbers() {
    }

    /** "week 12", "weeks 13 and 14", "weeks 27 to 30", "week 40 of last year"; not "week 3 of the season". */
    private static final Pattern WEEKS = Pattern.compile("\\b(?:the\\s+)?[Ww]eeks?\\s+(\\d{1,2})(?:\\s*(?:-|\u2013|to|and)\\s*(\\d{1,2}))?"
            + "(?:\\s+of\\s+(last|next|this)\\s+year)?\\b(?![.,]\\d)(?!\\s+of\\b)(?!\\s*(?:%|per\\s*cent|hours?|days?|weeks?|months?|years?)\\b)");
    /** A numbered day ("by day 28", "on day 1"): the text counts from the start of a trial or a course, not the calendar. */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\bday\\s+\\d{1,3}\\b(?![.,]\\d)(?!\\s+of\\b)");

    /**
     * The numbered weeks of {@code text} as date mentions (ISO week values, or an interval of two), in place of the
     * mentions they overlap; none in a text that also numbers its days ("by week 12 ... by day 28": a protocol's weeks).
     * A week without a year is the one of the publication year, placed by its clause's tense as a month is.
     */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null || DAY_NUMBER.matcher(text).find()) return dates;
        List<RawMention> out = null;
        Matcher w = WEEKS.matcher(text);
        while (w.find()) {
            int first = Integer.parseInt(w.group(1));
            int last = w.group(2) != null ? Integer.parseInt(w.group(2)) : first;
            if (last < first || last > 53) continue;
            int start = w.start(), end = w.end();
            String of = w.group(3) == null ? null : w.group(3).toLowerCase(Locale.ROOT);
            Integer year = of == null ? null : docDate.getYear() + (of.equals("last") ? -1 : of.equals("next") ? 1 : 0);
            DateRange a = year != null ? isoWeek(year, first) : place(first, ClauseTense.ahead(text, start, end), docDate);
            if (a == null) continue;
            DateRange b = isoWeek(a.start().get(IsoFields.WEEK_BASED_YEAR), last);
            if (b == null) continue;
            String value = weekValue(a) + (last == first ? "" : "/" + weekValue(b));
            if (out == null) out = new ArrayList<>(dates);
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, w.group(), EntityType.DATE, "DATE", "DATE", value));
        }
        if (out == null) return dates;
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /**
     * The ISO week {@code week} nearest the publication date as a month without a year is placed: a year back when it is
     * still to come and its clause is in the past, a year ahead when it is over and its clause looks ahead, else the
     * nearest of the three years'; null for a week the year does not have.
     */
    static DateRange place(int week, ClauseTense.Tense tense, LocalDate docDate) {
        int y = docDate.getYear();
        DateRange here = isoWeek(y, week);
        if (here == null) return null;
        DateRange before = isoWeek(y - 1, week);
        DateRange after = isoWeek(y + 1, week);
        if (tense == ClauseTense.Tense.PAST) return here.start().isAfter(docDate) && before != null ? before : here;
        if (tense == ClauseTense.Tense.FUTURE) return here.end().isBefore(docDate) && after != null ? after : here;
        DateRange best = here;
        for (DateRange r : new DateRange[] {before, after}) {
            if (r != null && DateAnchoring.distance(r, docDate) < DateAnchoring.distance(best, docDate)) best = r;
        }
        return best;
    }

    private static String weekValue(DateRange week) {
        return String.format("%04d-W%02d", week.start().get(IsoFields.WEEK_BASED_YEAR), week.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** ISO week {@code week} of {@code year}, Monday to Sunday; null if the year has no such week. */
    static DateRange isoWeek(int year, int week) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.with(TemporalAdjusters.lastDayOfYear()).minusDays(3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            return null;
        }
        LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
    }
}
