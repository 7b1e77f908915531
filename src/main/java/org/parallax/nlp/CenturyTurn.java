package org.parallax.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Sentences;

/**
 * "In the late 19th century it was the busiest grain market; by the turn of the century trade had halved": the turn of
 * the century that follows the date its sentence last named (1900), not the turn SUTime takes from publication (2000).
 * Only moves the turn back, to one before the publication's. Stateless.
 */
final class CenturyTurn {

    private CenturyTurn() {
    }

    private static final Pattern TURN_OF_THE_CENTURY = Pattern.compile("\\bturn\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** {@code range} (of "the century" at {@code [start, end)}) moved to the turn after its sentence's last date, or as it was. */
    static DateRange afterStoryDate(String text, int start, int end, DateRange range, List<ResolvedDate> before) {
        if (range == null || range.precision() != DatePrecision.YEAR || range.end().getYear() - range.start().getYear() != 2
                || !text.substring(start, end).strip().toLowerCase(java.util.Locale.ROOT).endsWith("century")
                || !TURN_OF_THE_CENTURY.matcher(text.substring(Math.max(0, start - 16), start)).find()) {
            return range;
        }
        int from = Sentences.around(text, start, end).start();
        for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= from; k--) {
            DateRange d = before.get(k).range();
            if (d == null || before.get(k).publicationDate()) continue;
            int turn = (d.end().getYear() / 100 + 1) * 100;
            int now = range.start().getYear() + 1;
            if (turn >= now) return range;
            return new DateRange(LocalDate.of(turn - 1, 1, 1), LocalDate.of(turn + 1, 12, 31), DatePrecision.YEAR);
        }
        return range;
    }
}
