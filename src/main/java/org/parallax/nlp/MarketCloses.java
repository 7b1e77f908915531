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
 * A market's close named by its weekday ("a premium of 38% to Monday's closing price", "above Friday's close") is a
 * price already known when the story is written: the last such weekday on or before the story's day, whatever the
 * clause's tense ("Vendel will pay ... a premium to Monday's closing price" in a Tuesday story is the day before, not
 * the Monday to come). Only the possessive weekday before "close" or "closing". Stateless.
 */
final class MarketCloses {

    private MarketCloses() {
    }

    private static final Pattern WEEKDAY = Pattern.compile("^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_AFTER = Pattern.compile("^['\u2019]s\\s+clos(?:e|ing)\\b", Pattern.CASE_INSENSITIVE);

    /** The weekday's last day on or before {@code docDate}; null unless the mention is such a weekday. */
    static DateRange day(String text, RawMention m, LocalDate docDate) {
        if (docDate == null) return null;
        Matcher w = WEEKDAY.matcher(text.substring(m.start(), m.end()).strip());
        if (!w.matches() || !CLOSE_AFTER.matcher(text.substring(m.end())).lookingAt()) return null;
        LocalDate day = docDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT))));
        return new DateRange(day, day, DatePrecision.DAY);
    }
}
