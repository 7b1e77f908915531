package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * "Sales for the first nine months were £4.2bn": the months of the year from January to the ninth, which SUTime reads as a
 * length of time. Of the latest year whose first N months have ended by publication. Not "the first six months of its
 * fiscal year", "the first three months after the launch" (counted from an event), nor in a text whose company year does
 * not start in January. Stateless.
 */
final class FirstMonths {

    private FirstMonths() {
    }

    private static final Pattern FIRST_MONTHS = Pattern.compile("\\b[Tt]he\\s+first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|\\d{1,2})\\s+months\\b(?!\\s+(?:of|after|since|following|from|in|at|on)\\b)");

    /** {@code dates} with each such mention added (in place of a length SUTime gave the same words), in text order. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null || FiscalQuarters.firstMonth(text) > 1) return dates;
        Matcher f = FIRST_MONTHS.matcher(text);
        List<RawMention> out = null;
        while (f.find()) {
            Integer n = RelativeDates.count(f.group(1));
            if (n == null || n < 2 || n > 11) continue;
            int start = f.start(), end = f.end();
            if (dates.stream().anyMatch(m -> m.start() < end && start < m.end() && m.type() == EntityType.DATE && m.timexValue() != null
                    && !m.timexValue().startsWith("P"))) {
                continue;
            }
            YearMonth last = YearMonth.of(docDate.getYear(), n);
            if (!docDate.isAfter(last.atEndOfMonth())) last = last.minusYears(1);
            if (out == null) out = new ArrayList<>(dates);
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, f.group(), EntityType.DATE, "DATE", "DATE", last.withMonth(1) + "/" + last));
        }
        if (out == null) return dates;
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }
}
