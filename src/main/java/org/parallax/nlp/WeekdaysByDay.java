package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * A weekday counted from a named day ("the Saturday after Labor Day", "the Sunday after Thanksgiving", "the Monday
 * before Easter"): SUTime tags the weekday (a day of the story's week) and the holiday apart. Joined, the date is the
 * first such weekday after (or the last before) the holiday's own day, placed as the holiday alone is placed. Only a
 * holiday named in words ("Labor Day", "Easter"), never a written date or a month; only "after" or "before" between the
 * two. Stateless.
 */
final class WeekdaysByDay {

    private WeekdaysByDay() {
    }

    private static final Pattern WEEKDAY = Pattern.compile("^(?:the\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
            Pattern.CASE_INSENSITIVE);
    /** SUTime's weekday mention may hold the "after" or "before" ("Monday before"). */
    private static final Pattern WEEKDAY_BY = Pattern.compile("^(?:the\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "\\s+(after|before)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAP = Pattern.compile("^\\s+(after|before)\\s+$");
    /** Such a weekday and its holiday as one mention ("the Friday before Christmas"). */
    private static final Pattern WHOLE = Pattern.compile("^(?:the\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+"
            + "(after|before)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}']*(?:\\s+\\p{Lu}[\\p{L}']*)*)$");
    /** A holiday named as capitalised words ("Labor Day", "Easter", "Bonfire Night"), not a date in figures. */
    private static final Pattern HOLIDAY_WORDS = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}']*(?:\\s+\\p{Lu}[\\p{L}']*)*$");

    /** Whether {@code m} and {@code next} read as a weekday, "after" or "before", and a holiday named in words. */
    static boolean joins(String text, RawMention m, RawMention next) {
        if (next == null || next.start() < m.end()) return false;
        String holiday = text.substring(next.start(), next.end()).strip();
        String gap = text.substring(m.end(), next.start());
        String weekday = text.substring(m.start(), m.end()).strip();
        return (WEEKDAY.matcher(weekday).matches() && GAP.matcher(gap).matches()
                    || WEEKDAY_BY.matcher(weekday).matches() && gap.equals(" "))
                && HOLIDAY_WORDS.matcher(holiday).matches()
                && !DateResolver.WEEKDAY.matcher(holiday).find() && !DateResolver.NAMED_MONTH.matcher(holiday).find();
    }

    /**
     * The weekday counted from the holiday, given the holiday's resolved day; null unless {@link #joins} holds and the
     * holiday is one day.
     */
    static DateRange range(String text, RawMention m, RawMention next, DateRange holiday) {
        if (holiday == null || holiday.precision() != DatePrecision.DAY || !holiday.start().equals(holiday.end())
                || !joins(text, m, next)) {
            return null;
        }
        Matcher w = WEEKDAY.matcher(text.substring(m.start(), m.end()).strip());
        if (!w.matches()) w = WEEKDAY_BY.matcher(text.substring(m.start(), m.end()).strip());
        if (!w.matches()) return null;
        return counted(w.group(1), text.substring(m.start(), next.start()).contains("after"), holiday.start());
    }

    /**
     * "the Friday before Christmas" tagged whole by SUTime, with the holiday's day as its value: the weekday counted from
     * that day; null for any other mention.
     */
    static DateRange whole(String surface, String timexValue) {
        Matcher w = WHOLE.matcher(surface.strip());
        if (!w.matches() || timexValue == null || !timexValue.matches("\\d{4}-\\d{2}-\\d{2}")
                || DateResolver.WEEKDAY.matcher(w.group(3)).find() || DateResolver.NAMED_MONTH.matcher(w.group(3)).find()) {
            return null;
        }
        return counted(w.group(1), w.group(2).equals("after"), LocalDate.parse(timexValue));
    }

    /** Whether a resolved mention's words are such a weekday with its holiday (no weekday of the story's week). */
    static boolean names(String surface) {
        Matcher w = WHOLE.matcher(surface.strip());
        return w.matches() && !DateResolver.WEEKDAY.matcher(w.group(3)).find() && !DateResolver.NAMED_MONTH.matcher(w.group(3)).find();
    }

    private static DateRange counted(String weekday, boolean after, LocalDate holiday) {
        DayOfWeek dow = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        LocalDate day = holiday.with(after ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow));
        return new DateRange(day, day, DatePrecision.DAY);
    }
}
