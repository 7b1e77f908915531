package org.parallax.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * A day written with its weekday and no year ("Tuesday 20 December", "Thursday, March 3") names its year by the
 * weekday: a reader who finds the year given from elsewhere (a year the story named before, "the Christmas of 2019")
 * on another weekday takes the year near publication where the day falls on that weekday. Only when exactly one of the
 * year before, the year of and the year after publication fits; otherwise the date is left as it was. Stateless.
 */
final class WeekdayYears {

    private WeekdayYears() {
    }

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern DAY_FIRST = Pattern.compile("^" + WEEKDAY + ",?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + "(" + Months.NAME + ")$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile("^" + WEEKDAY + ",?\\s+(" + Months.NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^(?:(?:on|by|from|until|till|before|after)\\s+)", Pattern.CASE_INSENSITIVE);

    /** {@code dates} with each weekday-named day whose weekday disagrees with its year moved to the one year that agrees. */
    static List<ResolvedDate> agreed(List<ResolvedDate> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        List<ResolvedDate> out = new ArrayList<>(dates.size());
        for (ResolvedDate d : dates) out.add(agreed(d, docDate));
        return out;
    }

    private static ResolvedDate agreed(ResolvedDate d, LocalDate docDate) {
        DateRange r = d.range();
        if (r == null || !r.start().equals(r.end())) return d;
        String surface = LEADING.matcher(d.text().strip()).replaceFirst("");
        DayOfWeek weekday;
        int day;
        int month;
        Matcher f = DAY_FIRST.matcher(surface);
        Matcher m = MONTH_FIRST.matcher(surface);
        if (f.matches()) {
            weekday = DayOfWeek.valueOf(f.group(1).toUpperCase(Locale.ROOT));
            day = Integer.parseInt(f.group(2));
            month = Months.number(f.group(3));
        } else if (m.matches()) {
            weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            month = Months.number(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            return d;
        }
        if (r.start().getDayOfWeek() == weekday || r.start().getMonthValue() != month || r.start().getDayOfMonth() != day) return d;
        LocalDate fits = null;
        for (int y = docDate.getYear() - 1; y <= docDate.getYear() + 1; y++) {
            try {
                LocalDate c = LocalDate.of(y, month, day);
                if (c.getDayOfWeek() != weekday) continue;
                if (fits != null) return d;
                fits = c;
            } catch (DateTimeException e) {
                // 29 February of a common year: no such day
            }
        }
        return fits == null ? d : new ResolvedDate(d.start(), d.end(), d.text(), DateRange.day(fits), d.publicationDate());
    }
}
