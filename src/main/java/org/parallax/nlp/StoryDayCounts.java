package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.ClockTimes;
import org.parallax.text.Sentences;

/**
 * Dates a reader counts from the last day the story dated ({@code storyDay}), beyond the days that
 * {@link RelativeDates#fromStoryDay} counts: weeks after it ("infused on 19 June ... left hospital six weeks later", "the first
 * leg on 12 May and the return leg a week later"; not "a week earlier", which a past perfect often counts from another
 * event: "had started work a week earlier"), the next named weekday ("at home on Saturday ... the following
 * Friday night"), a clock time SUTime joins to "the following day" ("by 5pm the following day"), and a part of the day
 * after "that" which SUTime tags without it ("on Friday 12 May ... published that evening"). Stateless.
 */
final class StoryDayCounts {

    private StoryDayCounts() {
    }

    private static final Pattern WEEKS = Pattern.compile("^(?:(?:about|some|nearly|almost)\\s+)?(\\d{1,2}|a|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve)[\\s-]+weeks?\\s+(later|afterwards)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORTNIGHT = Pattern.compile("^(?:a|one)\\s+fortnight\\s+(later|afterwards)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOWING_WEEKDAY = Pattern.compile("^the\\s+following\\s+(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile("^(?:(?:at|by|from|until)\\s+)?" + ClockTimes.TIME
            + "\\s+(?:on\\s+)?(?=the\\s+(?:following|next|previous)\\s+day$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAN_AFTER = Pattern.compile("^\\s+than\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_DAY = Pattern.compile("^(?:morning|afternoon|evening|night)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_BEFORE = Pattern.compile("\\b(?:[Tt]hat|same)\\s+$");

    /**
     * The day counted from {@code storyDay}, a single day (or the {@link StoryWeekdays} weekend); {@code endOut[0]} takes a
     * longer end; null when the text is none of these phrases or there is none.
     */
    static DateRange counted(String text, int start, int end, DateRange storyDay, int[] endOut) {
        if (storyDay == null || storyDay.precision() != DatePrecision.DAY || !storyDay.start().equals(storyDay.end())) return null;
        String surface = text.substring(start, end).strip();
        if (THAN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()) return null; // "later than planned"
        Matcher w = WEEKS.matcher(surface);
        Matcher f = FORTNIGHT.matcher(surface);
        if (w.matches() || f.matches()) {
            int weeks = f.matches() ? 2 : RelativeDates.count(w.group(1));
            return DateRange.day(storyDay.start().plusWeeks(weeks));
        }
        Matcher d = FOLLOWING_WEEKDAY.matcher(surface);
        if (d.matches()) {
            DayOfWeek day = DayOfWeek.valueOf(d.group(1).toUpperCase(Locale.ROOT));
            return DateRange.day(storyDay.start().with(TemporalAdjusters.next(day)));
        }
        Matcher c = CLOCK_THEN_DAY.matcher(surface);
        if (c.lookingAt()) {
            int from = text.indexOf(surface, start) + c.end();
            return RelativeDates.fromStoryDay(text, from, end, storyDay, new int[] {end});
        }
        return StoryWeekdays.counted(text, start, end, storyDay, endOut); // "the Tuesday before,", "that weekend"
    }

    /** "that evening", "the same night" where SUTime tagged only "evening": a part of the story's day, not of today. */
    static boolean partOfDayAfterThat(String text, int start, int end) {
        return PART_OF_DAY.matcher(text.substring(start, end).strip()).matches()
                && THAT_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    }

    private static final Pattern CLOCK_ONLY = Pattern.compile("^(?:(?:at|around|about|by|shortly\\s+(?:before|after))\\s+)?"
            + ClockTimes.TIME + "\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    /**
     * A clock time whose sentence has dated no day but has named a year that does not hold {@code today} ("In 1969, the
     * module touched down at 4.17pm"): the time of a day of that year the text does not give, not a time of today.
     */
    static boolean clockInAnotherYear(String text, int start, int end, List<ResolvedDate> before, LocalDate today) {
        if (!CLOCK_ONLY.matcher(text.substring(start, end).strip()).matches()) return false;
        int from = Sentences.around(text, start, end).start();
        boolean otherYear = false;
        for (int k = before.size() - 1; k >= 0; k--) {
            ResolvedDate d = before.get(k);
            if (d.start() < from) break;
            if (d.range() == null || d.publicationDate()) continue;
            if (d.range().precision() == DatePrecision.DAY) return false;
            if (YEAR_DIGITS.matcher(d.text()).find() && (d.range().end().isBefore(today) || d.range().start().isAfter(today))) otherYear = true;
        }
        return otherYear;
    }

    private static final Pattern CLOCK_WORDS = Pattern.compile("^(?:(?:at|by|around|about|until|from|after|before)\\s+)?(?:" + ClockTimes.TIME
            + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})(?:\\s+o['\u2019]clock)?"
            + "(?:\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final long FAR_DAYS = 366;

    /**
     * A clock time alone ("By two in the morning the water was at her door") that SUTime puts on {@code today}, in a story
     * whose last dated day is more than a year from {@code today} ("on the night of 11 March 2031", told in 2038): a time of
     * a day the story is telling, which the time alone does not fix. Better no date than today.
     */
    static boolean clockOffAFarStoryDay(String text, int start, int end, DateRange storyDay, LocalDate today) {
        if (storyDay == null || !CLOCK_WORDS.matcher(text.substring(start, end).strip()).matches()) return false;
        return Math.abs(storyDay.start().toEpochDay() - today.toEpochDay()) > FAR_DAYS;
    }

    /** Between a date and a count after it: the verb that makes the date its subject ("the Orthodox Easter falls "). */
    private static final Pattern SUBJECT_VERB = Pattern.compile("^\\s+(?:falls|fell|is|was|comes|came|follows|followed|begins|began"
            + "|starts|started|ends|ended)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the count at {@code start} dates the last day resolved ({@code out}'s last) as its subject, "the Orthodox
     * Easter falls a week later": then it counts from the day before that one, not from its own subject.
     */
    static boolean ofItsSubject(String text, int start, List<ResolvedDate> out, DateRange storyDay) {
        if (out.isEmpty() || storyDay == null) return false;
        ResolvedDate last = out.get(out.size() - 1);
        return storyDay.equals(last.range()) && last.end() <= start && SUBJECT_VERB.matcher(text.substring(last.end(), start)).matches();
    }
}
