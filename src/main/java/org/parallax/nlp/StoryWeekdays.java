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
 * Days a reader counts from the last day the story dated ({@code storyDay}) with no anchor written after them: "the
 * Tuesday before," and "the Sunday after." with the clause ending at once ("on the night of 11 March 2031 ... on the
 * Tuesday before, the Agency had said"; "opens on Thursday 4 February, and a parade follows on the Sunday after."), and "that
 * weekend" (the weekend of the story's week). SUTime reads the weekday as one of the publication week and "that
 * weekend" as the coming one. A weekday followed by a named anchor ("the Saturday before Thanksgiving") is {@link
 * WeekdaysByDay}'s. Not a weekday apposed to a named day ("Armistice Day, the Wednesday after,"): that names the day
 * again. A day counted back ("the Tuesday before") is a look back: the story's day stays where it was. Stateless.
 */
final class StoryWeekdays {

    private StoryWeekdays() {
    }

    private static final String DAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern WEEKDAY = Pattern.compile("^(?:on\\s+)?(the\\s+)?" + DAYS + "(?:\\s+(before|after))?$",
            Pattern.CASE_INSENSITIVE);
    /** "before" or "after" after the weekday, then the clause ends: no anchor is written. */
    private static final Pattern BY_AFTER = Pattern.compile("^\\s+(before|after)(?=\\s*(?:[,.;:!?)\u2013\u2014]|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_ENDS = Pattern.compile("^\\s*(?:[,.;:!?)\u2013\u2014]|$)");
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
    private static final Pattern WEEKEND = Pattern.compile("^(that\\s+)?weekend$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_BEFORE = Pattern.compile("\\b[Tt]hat\\s+$");
    /** Just after a name and a comma: an apposition naming that day again ("on Armistice Day, the Wednesday after,"). */
    private static final Pattern APPOSED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019]*,\\s+(?:on\\s+)?(?:the\\s+)?$");

    /**
     * The day (or weekend) counted from {@code storyDay}, one day long; {@code endOut[0]} takes the end of "before" or
     * "after" when SUTime left it out. Null when the text is none of these phrases or there is no story day.
     */
    static DateRange counted(String text, int start, int end, DateRange storyDay, int[] endOut) {
        if (storyDay == null || storyDay.precision() != DatePrecision.DAY || !storyDay.start().equals(storyDay.end())) return null;
        String surface = text.substring(start, end).strip();
        String tail = text.substring(end, Math.min(text.length(), end + 12));
        String lead = text.substring(Math.max(0, start - 6), start);
        LocalDate day = storyDay.start();
        Matcher k = WEEKEND.matcher(surface);
        if (k.matches() && (k.group(1) != null || THAT_BEFORE.matcher(lead).find())) {
            LocalDate saturday = day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new DateRange(saturday, saturday.plusDays(1), DatePrecision.WEEK);
        }
        Matcher w = WEEKDAY.matcher(surface);
        if (!w.matches() || w.group(1) == null && !THE_BEFORE.matcher(lead).find()) return null;
        if (APPOSED.matcher(text.substring(Math.max(0, start - 40), start)).find()) return null;
        String by = w.group(3);
        if (by != null) {
            if (!CLAUSE_ENDS.matcher(tail).lookingAt()) return null;
        } else {
            Matcher b = BY_AFTER.matcher(tail);
            if (!b.lookingAt()) return null;
            by = b.group(1);
            endOut[0] = end + b.end();
        }
        DayOfWeek dow = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
        boolean after = by.equalsIgnoreCase("after");
        return DateRange.day(day.with(after ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow)));
    }

    /** Whether the text from {@code start} to {@code end} is a weekday counted back ("the Tuesday before"): a look back. */
    static boolean looksBack(String text, int start, int end) {
        Matcher w = WEEKDAY.matcher(text.substring(start, end).strip());
        return w.matches() && w.group(3) != null && w.group(3).equalsIgnoreCase("before");
    }
}
