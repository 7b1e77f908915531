package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;

/**
 * The UK's bank holidays named by their month or season ("the early May bank holiday", "the late May bank holiday",
 * "the August bank holiday"): a Monday fixed by rule. SUTime reads only "early May" (days 1-10) or "August". Stateless.
 */
final class BankHolidays {

    private BankHolidays() {
    }

    private static final Pattern NAMED = Pattern.compile("(?:^|\\s)(?:(early|late)\\s+)?(May|August|spring|summer)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLIDAY_AFTER = Pattern.compile("^\\s+bank[\\s-]+holidays?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The Monday a bank holiday named by the mention and the words after it falls on, in the year of {@code range}:
     * the early May (or May Day) one is May's first Monday, the late May and spring ones May's last, the August and
     * summer ones August's last (England's). {@code range} unchanged otherwise.
     */
    static DateRange named(String text, int start, int end, DateRange range) {
        if (range == null || !HOLIDAY_AFTER.matcher(text.substring(end)).lookingAt()) return range;
        Matcher n = NAMED.matcher(text.substring(start, end).strip());
        if (!n.find()) return range;
        String when = n.group(1) == null ? "" : n.group(1).toLowerCase(Locale.ROOT);
        String name = n.group(2).toLowerCase(Locale.ROOT);
        int year = range.start().getYear();
        LocalDate day;
        if (name.equals("may") && !when.equals("late")) {
            day = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        } else if (name.equals("may") || name.equals("spring")) {
            if (!when.isEmpty() && name.equals("spring")) return range;
            day = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        } else {
            if (!when.isEmpty()) return range;
            day = LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
        return DateRange.day(day);
    }
}
