package org.parallax.ui.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates a user may type into the calendar's "Go to date" field, in English: ISO, day-month-year with month names,
 * month-day-year as in "March 6, 2023", and month or year alone (meaning their first day). Strict: no 31 April.
 */
public final class TypedDates {
    /** Accepted typed dates, tried in order; a date without a day means its first day, a year alone its 1 January. */
    private static final List<DateTimeFormatter> TYPED = List.of("uuuu-M-d", "d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu",
            "MMMM d, uuuu", "MMM d uuuu", "MMMM d uuuu", "d/M/uuuu", "uuuu-M", "MMM uuuu", "MMMM uuuu", "uuuu").stream()
            .map(f -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(f).toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT)).toList();

    private TypedDates() {
    }

    /**
     * Reads a typed date: "2023-03-06", "6 Mar 2023", "March 6, 2023", "6/3/2023" (day first), "2023-03", "March 2023",
     * "Mar 2023" or "2023"; empty when it is none of these (or not a real date, such as 31 April).
     */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
        if (t.isEmpty()) return Optional.empty();
        for (DateTimeFormatter f : TYPED) {
            try {
                TemporalAccessor a = f.parse(t);
                int year = a.get(ChronoField.YEAR);
                int month = a.isSupported(ChronoField.MONTH_OF_YEAR) ? a.get(ChronoField.MONTH_OF_YEAR) : 1;
                int day = a.isSupported(ChronoField.DAY_OF_MONTH) ? a.get(ChronoField.DAY_OF_MONTH) : 1;
                if (day > YearMonth.of(year, month).lengthOfMonth()) return Optional.empty();
                return Optional.of(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                // not this form: try the next
            }
        }
        return Optional.empty();
    }

}
