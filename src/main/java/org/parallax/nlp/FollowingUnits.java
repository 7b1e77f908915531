package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Sentence;
import org.parallax.text.Sentences;

/**
 * "the following spring", "the previous month" counted from a season, month or day dated earlier in the same sentence
 * ("suspended in the summer of 2030 and dismissed the following spring": spring 2031). Without such a date, or after a
 * span of a year or more ("proposed in 2021-22 and revised the following spring": which spring is unknown), it stays
 * undated, as {@link RelativeDates#fromAnEvent} leaves it. After one calendar year ("1998: retires, and founds the trust
 * the following spring") the season or year is the one after that year (spring 1999); the month after a year is unknown.
 * Stateless.
 */
final class FollowingUnits {

    private FollowingUnits() {
    }

    private static final Pattern FOLLOWING = Pattern.compile("^the\\s+(following|next|previous|preceding)\\s+(spring|summer|autumn|fall"
            + "|winter|year|month)$", Pattern.CASE_INSENSITIVE);

    /** The unit after (or before) the last finer-than-a-year date of the sentence before {@code [start, end)}; else null. */
    static DateRange counted(String text, int start, int end, List<ResolvedDate> before) {
        Matcher f = FOLLOWING.matcher(text.substring(start, end).strip());
        if (!f.matches()) return null;
        Sentence s = Sentences.around(text, start, end);
        DateRange anchor = null;
        for (int k = before.size() - 1; k >= 0 && anchor == null; k--) {
            ResolvedDate d = before.get(k);
            if (d.start() < s.start()) break;
            if (d.range() != null && !d.publicationDate() && d.end() <= start) anchor = d.range();
        }
        if (anchor == null || anchor.precision() == DatePrecision.HALF || !anchor.end().isBefore(anchor.start().plusYears(1))) {
            return null;
        }
        boolean after = f.group(1).equalsIgnoreCase("following") || f.group(1).equalsIgnoreCase("next");
        String unit = f.group(2).toLowerCase(Locale.ROOT);
        if (anchor.precision() == DatePrecision.YEAR && (unit.equals("month") || !oneCalendarYear(anchor))) {
            return null; // "in 1998 ... the following month": which month is unknown
        }
        if (unit.equals("year")) {
            int y = anchor.start().getYear() + (after ? 1 : -1);
            return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
        }
        if (unit.equals("month")) {
            YearMonth ym = after ? YearMonth.from(anchor.end()).plusMonths(1) : YearMonth.from(anchor.start()).minusMonths(1);
            return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
        }
        int first = switch (unit) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        for (int k = 0; k < 4; k++) {
            int year = after ? anchor.start().getYear() - 1 + k : anchor.end().getYear() + 1 - k;
            LocalDate from = LocalDate.of(year, first, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            if (after ? from.isAfter(anchor.end()) : to.isBefore(anchor.start())) return new DateRange(from, to, DatePrecision.SEASON);
        }
        return null;
    }

    private static boolean oneCalendarYear(DateRange r) {
        return r.start().getDayOfYear() == 1 && r.end().getYear() == r.start().getYear() && r.end().getMonthValue() == 12
                && r.end().getDayOfMonth() == 31;
    }
}
