package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * "the week after next" and "the weekend after next": the Monday-to-Sunday week after next week, and the weekend after
 * the coming one. SUTime tags "the week" or "the weekend" alone and gives this week or the coming weekend; the words
 * "after next" move it on by one unit and join the mention. Stateless.
 */
final class AfterNext {

    private AfterNext() {
    }

    private static final Pattern UNIT = Pattern.compile("(?i)\\b(week|weekend)(\\s+after\\s+next)?$");
    private static final Pattern AFTER_NEXT = Pattern.compile("^\\s+after\\s+next\\b", Pattern.CASE_INSENSITIVE);

    /** {@code dates} with each week or weekend followed (or ended) by "after next" placed a unit beyond the coming one. */
    static List<ResolvedDate> placed(String text, List<ResolvedDate> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        List<ResolvedDate> out = new ArrayList<>(dates.size());
        for (ResolvedDate d : dates) {
            Matcher unit = UNIT.matcher(d.text());
            if (d.range() == null || !unit.find()) {
                out.add(d);
                continue;
            }
            int end = d.end();
            if (unit.group(2) == null) {
                Matcher after = AFTER_NEXT.matcher(text.substring(end));
                if (!after.lookingAt()) {
                    out.add(d);
                    continue;
                }
                end += after.end();
            }
            DateRange range;
            if (unit.group(1).equalsIgnoreCase("week")) {
                LocalDate monday = docDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(2);
                range = new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
            } else {
                LocalDate saturday = docDate.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);
                range = new DateRange(saturday, saturday.plusDays(1), DatePrecision.WEEK);
            }
            out.add(new ResolvedDate(d.start(), end, text.substring(d.start(), end), range, false));
        }
        return out;
    }
}
