package org.parallax.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * Reads a TIMEX3 value alone into a calendar range, for {@link DateResolver#resolveValue}: a day, a month, an ISO week,
 * its weekend or one of its days, a year, a season, a half, a decade, a century, a quarter, or an interval of two of
 * them. Stateless.
 */
final class TimexValues {
    static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T.*)?$");
    private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
    private static final Pattern WEEK_VALUE = Pattern.compile("^(\\d{4}|XXXX)-W(\\d{2})$");
    private static final Pattern WEEKDAY_VALUE = Pattern.compile("^(\\d{4}|XXXX)-W(\\d{2}|XX)-(\\d)$");
    /** A week's weekend ({@code 2024-W42-WE}: "this weekend", "last weekend"). */
    private static final Pattern WEEKEND_VALUE = Pattern.compile("^(\\d{4}|XXXX)-W(\\d{2})-WE$");
    private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4})$");
    private static final Pattern HALF_VALUE = Pattern.compile("^(\\d{4}|XXXX)-H([12])$");
    /** A decade ({@code 199X}) or a century ({@code 19XX}, also TimeML's {@code 19}). */
    private static final Pattern DECADE_VALUE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern CENTURY_VALUE = Pattern.compile("^(\\d{2})(?:XX)?$");
    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4}|XXXX)-Q([1-4])$");

    private TimexValues() {
    }

    static DateRange resolve(String value, LocalDate docDate) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            DateRange a = resolve(v.substring(0, slash), docDate);
            DateRange b = resolve(v.substring(slash + 1), docDate);
            if (a == null || b == null || b.end().isBefore(a.start())) return null;
            DatePrecision p = a.precision().compareTo(b.precision()) >= 0 ? a.precision() : b.precision();
            return new DateRange(a.start(), b.end(), p);
        }
        try {
            Matcher m;
            if ((m = DAY_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                return y == null ? null : DateRange.day(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if ((m = MONTH_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
                return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            if ((m = WEEK_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                LocalDate monday = LocalDate.of(y, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            if ((m = WEEKEND_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                LocalDate saturday = LocalDate.of(y, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.SATURDAY);
                return new DateRange(saturday, saturday.plusDays(1), DatePrecision.DAY);
            }
            if ((m = WEEKDAY_VALUE.matcher(v)).matches() && !m.group(2).equals("XX")) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                LocalDate d = LocalDate.of(y, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.of(Integer.parseInt(m.group(3))));
                return DateRange.day(d);
            }
            if ((m = YEAR_VALUE.matcher(v)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
            DateRange season = RelativeDates.seasonValue(v, docDate);
            if (season != null) return season;
            if ((m = HALF_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                YearMonth first = YearMonth.of(y, m.group(2).equals("1") ? 1 : 7);
                return new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth(), DatePrecision.HALF);
            }
            if ((m = DECADE_VALUE.matcher(v)).matches()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DatePrecision.YEAR);
            }
            if ((m = CENTURY_VALUE.matcher(v)).matches()) {
                int y = Integer.parseInt(m.group(1)) * 100;
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31), DatePrecision.YEAR);
            }
            if ((m = QUARTER_VALUE.matcher(v)).matches()) {
                Integer y = year(m.group(1), docDate);
                if (y == null) return null;
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(y, q * 3 - 2);
                return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
            }
        } catch (DateTimeException e) {
            return null; // SUTime can produce impossible values (a 31st of February) from odd text
        }
        return null;
    }

    private static Integer year(String y, LocalDate docDate) {
        if (!y.equals("XXXX")) return Integer.parseInt(y);
        return docDate == null ? null : docDate.getYear();
    }
}
