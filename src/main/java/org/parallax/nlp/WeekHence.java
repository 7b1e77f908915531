package org.parallax.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;

/**
 * British "a fortnight today", "a week tomorrow", "today week": the same day one or two weeks on. SUTime gives
 * "today INTERSECT P2W", which has no day. Stateless.
 */
final class WeekHence {

    private WeekHence() {
    }

    private static final Pattern HENCE = Pattern.compile("^(?:a\\s+(week|fortnight)\\s+(today|tomorrow|yesterday)"
            + "|(today|tomorrow|yesterday)\\s+(week|fortnight))$", Pattern.CASE_INSENSITIVE);

    /** The day the mention names, counted from {@code docDate}; null for any other mention or without a date. */
    static DateRange day(String surface, LocalDate docDate) {
        if (docDate == null) return null;
        Matcher h = HENCE.matcher(surface.strip());
        if (!h.matches()) return null;
        String unit = (h.group(1) != null ? h.group(1) : h.group(4)).toLowerCase(Locale.ROOT);
        String from = (h.group(2) != null ? h.group(2) : h.group(3)).toLowerCase(Locale.ROOT);
        LocalDate base = switch (from) {
            case "tomorrow" -> docDate.plusDays(1);
            case "yesterday" -> docDate.minusDays(1);
            default -> docDate;
        };
        return DateRange.day(base.plusWeeks(unit.equals("week") ? 1 : 2));
    }
}
