package org.parallax.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the date strings pages put in their metadata (ISO 8601 with or without a time
 * and zone, RFC 1123, "March 4, 2023"). The date is taken as written: a time zone never moves it to another day,
 * because the page's own date is what a reader sees printed.
 */
public final class HtmlDates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private HtmlDates() {
    }

    /** The date in {@code s}, or null when it is absent or not a date this reads. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (Pattern p : List.of(ISO, COMPACT)) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        String t = s.strip().replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : TEXT_FORMATS) {
            try {
                return f == DateTimeFormatter.RFC_1123_DATE_TIME ? ZonedDateTime.parse(t, f).toLocalDate()
                        : LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return null;
    }
}
