package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * "the final days of November", "the first days of March": the late or early part of a month (days 21 to the end, or 1
 * to 10, as "late November" and "early March"). SUTime gives "2035-11 INTERSECT PXD", which has no days. Stateless.
 */
final class MonthEdges {

    private MonthEdges() {
    }

    private static final Pattern EDGE = Pattern.compile("^(?:the\\s+)?(final|last|closing|first|opening)\\s+(?:few\\s+)?days\\s+of\\s+"
            + "\\p{L}+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAYS = Pattern.compile("^(\\d{4})-(\\d{2})\\s+INTERSECT\\s+PXD$");

    /** The days the mention names, read from SUTime's month; null for any other mention. */
    static DateRange days(String surface, String value) {
        if (value == null) return null;
        Matcher e = EDGE.matcher(surface.strip());
        Matcher v = MONTH_DAYS.matcher(value.strip());
        if (!e.lookingAt() || !v.matches()) return null;
        YearMonth ym = YearMonth.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)));
        boolean late = switch (e.group(1).toLowerCase(Locale.ROOT)) {
            case "final", "last", "closing" -> true;
            default -> false;
        };
        LocalDate start = late ? ym.atDay(21) : ym.atDay(1);
        LocalDate end = late ? ym.atEndOfMonth() : ym.atDay(10);
        return new DateRange(start, end, DatePrecision.DAY);
    }
}
