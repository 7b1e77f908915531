package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * A count of days or weeks that the text dates at once after a comma: "a run-off a fortnight later, on 30 April", "four
 * days later, on 24 July". The written day is the day the count reaches, whatever day the count was counted from, so the
 * count takes it. Only a day written with its month (a bare weekday after the comma is placed less surely than the
 * count). Stateless.
 */
final class ApposedCounts {

    private ApposedCounts() {
    }

    private static final Pattern COUNT_LATER = Pattern.compile("^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|\\d{1,2})"
            + "\\s+(?:days?|weeks?|fortnights?|months?)\\s+(?:later|earlier|on)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("^\\s*,\\s+(?:on\\s+)?$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Months.NAME + "|" + Months.NAME
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?$", Pattern.CASE_INSENSITIVE);

    /** {@code dates} (in text order) with each such count dated as the day written after it. */
    static List<ResolvedDate> named(String text, List<ResolvedDate> dates) {
        List<ResolvedDate> out = null;
        for (int i = 0; i + 1 < dates.size(); i++) {
            ResolvedDate count = dates.get(i);
            ResolvedDate day = dates.get(i + 1);
            DateRange r = day.range();
            if (r == null || r.precision() != DatePrecision.DAY || !r.start().equals(r.end()) || r.equals(count.range())
                    || day.start() < count.end() || !COUNT_LATER.matcher(count.text().strip()).matches()
                    || !COMMA.matcher(text.substring(count.end(), day.start())).matches()
                    || !DAY_MONTH.matcher(day.text().strip()).matches()) {
                continue;
            }
            if (out == null) out = new ArrayList<>(dates);
            out.set(i, new ResolvedDate(count.start(), count.end(), count.text(), r, count.publicationDate()));
        }
        return out == null ? dates : out;
    }
}
