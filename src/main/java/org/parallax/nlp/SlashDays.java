package org.parallax.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * Slashed dates that can only be day first ("best before 14/03/40", "packs dated 18/01/2040"): the first number is
 * above 12, so no month-first reading exists, and SUTime leaves them untagged. Each becomes a date mention of that day
 * where no date mention lies. A two-digit year is of this century unless that puts it more than 20 years after
 * publication. Stateless.
 */
final class SlashDays {

    private SlashDays() {
    }

    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.:-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");

    /** {@code dates} with a mention added for each day-first slashed date no mention covers. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        Matcher s = SLASHED.matcher(text);
        boolean added = false;
        while (s.find()) {
            int day = Integer.parseInt(s.group(1));
            int month = Integer.parseInt(s.group(2));
            if (day <= 12 || month < 1 || month > 12) continue;
            int year = Integer.parseInt(s.group(3));
            if (s.group(3).length() == 2) year += year + 2000 > docDate.getYear() + 20 ? 1900 : 2000;
            LocalDate d;
            try {
                d = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // "31/02/40": no such day
            }
            int start = s.start(), end = s.end();
            if (dates.stream().anyMatch(m -> m.start() < end && start < m.end() && m.type() == EntityType.DATE)) continue;
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, s.group(), EntityType.DATE, "DATE", "DATE", d.toString()));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }
}
