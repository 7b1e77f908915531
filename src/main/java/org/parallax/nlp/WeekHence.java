package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;

/**
 * British "a fortnight today", "a week tomorrow", "today week": the same day one or two weeks on. SUTime gives
 * "today INTERSECT P2W", which has no day. Also "a week on Friday" and "a fortnight on Tuesday" (a week or two after
 * the coming weekday), "a week last Monday" (a week before the last one) and "a week ago today" (seven days back):
 * SUTime gives the weekday or the day alone. Stateless.
 */
final class WeekHence {

    private WeekHence() {
    }

    private static final Pattern HENCE = Pattern.compile("^(?:a\\s+(week|fortnight)\\s+(today|tomorrow|yesterday)"
            + "|(today|tomorrow|yesterday)\\s+(week|fortnight))$", Pattern.CASE_INSENSITIVE);

    /** "a week on Friday", "a fortnight last Monday", "a week ago today": a weekday or a day, a week or two on or back. */
    private static final Pattern AROUND_DAY = Pattern.compile("^(?:a|one)\\s+(week|fortnight)\\s+(?:(on|last)\\s+"
            + "(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|ago\\s+(today|yesterday))$", Pattern.CASE_INSENSITIVE);

    /** "a week on |Friday", "a fortnight last |Monday": the words before a weekday that count weeks from it. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("\\b(?:a|one)\\s+(?:week|fortnight)\\s+(?:on|last)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the weekday mention {@code [start, end)} is counted a week or two from ("a week on Friday", in one mention
     * or after it): that day is not the same weekday the article names elsewhere ("until Friday").
     */
    static boolean counted(String text, int start, int end) {
        return AROUND_DAY.matcher(text.substring(start, end).strip()).matches()
                || COUNT_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    /** The day the mention names, counted from {@code docDate}; null for any other mention or without a date. */
    static DateRange day(String surface, LocalDate docDate) {
        if (docDate == null) return null;
        Matcher around = AROUND_DAY.matcher(surface.strip());
        if (around.matches()) {
            int weeks = around.group(1).equalsIgnoreCase("week") ? 1 : 2;
            if (around.group(4) != null) {
                LocalDate from = around.group(4).equalsIgnoreCase("yesterday") ? docDate.minusDays(1) : docDate;
                return DateRange.day(from.minusWeeks(weeks));
            }
            DayOfWeek wd = DayOfWeek.valueOf((around.group(3) + "day").toUpperCase(Locale.ROOT));
            return around.group(2).equalsIgnoreCase("on")
                    ? DateRange.day(docDate.with(TemporalAdjusters.next(wd)).plusWeeks(weeks))
                    : DateRange.day(docDate.with(TemporalAdjusters.previous(wd)).minusWeeks(weeks));
        }
        Matcher h = HENCE.matcher(surface.strip());
        if (!h.matches()) return null;
        String unit = (h.group(1) != null ? h.group(1) : h.group(4)).toLowerCase(Locale.ROOT);
        String from = (h.group(2) != null ? h.group(2) : h.group(3)).toLowerCase(Locale.ROOT);
        LocalDate base = switch (from) {
            case "tomorrow" -> docDate.plusDays(1);
            case "yesterday" -> docDate.minusDays(1);
            default -> docDate;
        };
        return DateRange.day(base.plusWeeks(unit.equals("week") ? 1 : 2));
    }
}
