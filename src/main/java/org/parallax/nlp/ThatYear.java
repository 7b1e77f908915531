package org.parallax.nlp;

import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * "Between June and August of that year he made 41 transfers", after "On or about 3 March 2031 ...": months or a
 * season "of that year" (or "of the same year") lie in the year the story last wrote, as "that autumn" does, not in the
 * year before publication; so does a day and month followed by "that year" ("a run-off on 6 April that year"). Stateless.
 */
final class ThatYear {

    private ThatYear() {
    }

    private static final Pattern OF_THAT_YEAR_END = Pattern.compile("\\bof\\s+(?:that|the\\s+same)\\s+year$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_THAT_YEAR_AFTER = Pattern.compile("^\\s+of\\s+(?:that|the\\s+same)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    /** After a day and month: "that year" alone ("went to a run-off on 6 April that year"). */
    private static final Pattern THAT_YEAR_AFTER = Pattern.compile("^\\s+(?:that|the\\s+same)\\s+year\\b(?!\\s*'s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Months.NAME
            + "|" + Months.NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?)$", Pattern.CASE_INSENSITIVE);

    /**
     * {@code range} (of the words at {@code [start, end)}) moved to {@code storyYear}, the year of the last date written
     * with its year, when the words are months or a season of one calendar year followed by "of that year"; else as it was.
     */
    static DateRange moved(String text, int start, int end, DateRange range, Integer storyYear) {
        if (range != null && storyYear != null && range.precision() == DatePrecision.DAY && range.start().equals(range.end())
                && range.start().getYear() != storyYear && DAY_MONTH.matcher(text.substring(start, end).strip()).matches()
                && THAT_YEAR_AFTER.matcher(text.substring(end)).lookingAt()) {
            DateRange day = DateAnchoring.shiftYears(range, storyYear - range.start().getYear());
            return day == null ? range : day; // "in March 2031, went to a run-off on 6 April that year"
        }
        if (range == null || storyYear == null || range.start().getYear() != range.end().getYear() || range.start().getYear() == storyYear
                || range.precision() != DatePrecision.MONTH && range.precision() != DatePrecision.SEASON) {
            return range;
        }
        if (!OF_THAT_YEAR_END.matcher(text.substring(start, end).strip()).find()
                && !OF_THAT_YEAR_AFTER.matcher(text.substring(end)).lookingAt()) {
            return range;
        }
        DateRange moved = DateAnchoring.shiftYears(range, storyYear - range.start().getYear());
        return moved == null ? range : moved;
    }
}
