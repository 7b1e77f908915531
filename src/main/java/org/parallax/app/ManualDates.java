package org.parallax.app;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * Turns the text of a span the user marked as a date into a calendar date: ISO forms, and written forms such as
 * "March 6", "6-7 March 2023" or "March 2023", taking a missing year from the article's date. Null when it cannot.
 */
public final class ManualDates {
    private static final String MONTH = "(" + Months.NAME + ")\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)" + MONTH + "\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private ManualDates() {
    }

    /** Parses the ISO forms the command line takes: {@code 2023-03-06}, {@code 2023-03-06..2023-03-07}, {@code 2023-03}, {@code 2023}. */
    public static DateRange parseIso(String s) {
        String v = s.strip();
        try {
            int dots = v.indexOf("..");
            if (dots > 0) {
                DateRange a = parseIso(v.substring(0, dots));
                DateRange b = parseIso(v.substring(dots + 2));
                return new DateRange(a.start(), b.end(), a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
                        ? DatePrecision.DAY : DatePrecision.MONTH);
            }
            if (ISO_MONTH.matcher(v).matches()) {
                YearMonth ym = YearMonth.parse(v);
                return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
            return DateRange.day(LocalDate.parse(v));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a date: write 2023-03-06, 2023-03-06..2023-03-07, 2023-03 or 2023", e);
        }
    }

    /** The date the marked {@code text} names, with {@code docDate} supplying a missing year; null when unknown. */
    public static DateRange resolve(String text, LocalDate docDate) {
        String t = text.strip();
        try {
            return parseIso(t);
        } catch (IllegalArgumentException notIso) {
            // written forms below
        }
        try {
            Matcher m = MONTH_DAY.matcher(t);
            if (m.matches()) return days(month(m.group(1)), m.group(2), m.group(3), m.group(4), docDate);
            m = DAY_MONTH.matcher(t);
            if (m.matches()) return days(month(m.group(3)), m.group(1), m.group(2), m.group(4), docDate);
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : docDate == null ? null : docDate.getYear();
                if (year == null) return null;
                YearMonth ym = YearMonth.of(year, month(m.group(1)));
                return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
        } catch (RuntimeException e) {
            return null; // "February 30" and the like
        }
        return null;
    }

    private static DateRange days(Month month, String from, String to, String year, LocalDate docDate) {
        Integer y = year != null ? Integer.valueOf(year) : docDate == null ? null : docDate.getYear();
        if (y == null) return null;
        LocalDate a = LocalDate.of(y, month, Integer.parseInt(from));
        LocalDate b = to == null ? a : LocalDate.of(y, month, Integer.parseInt(to));
        return new DateRange(a, b, DatePrecision.DAY);
    }

    private static Month month(String name) {
        return Months.parse(name).orElseThrow(() -> new IllegalArgumentException(name));
    }
}
