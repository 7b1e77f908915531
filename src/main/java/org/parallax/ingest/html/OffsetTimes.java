package org.parallax.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A UTC timestamp in the metadata ("2036-11-04T18:00:00.000Z") and a {@code <time datetime>} that gives the same
 * instant with the page's own offset ("2036-11-05T05:00:00+11:00"): the page prints the local day, the day the article
 * appeared for its readers.
 */
final class OffsetTimes {
    private OffsetTimes() {
    }

    /**
     * The local day of {@code stamp} as the page's {@code <time datetime>} elements with an offset other than UTC give it;
     * null when {@code stamp} is not a UTC timestamp, when no such element names the same instant, or when two of them
     * give different days.
     */
    static LocalDate localDay(Document doc, String stamp) {
        Instant utc = utc(stamp);
        if (utc == null) return null;
        LocalDate day = null;
        for (Element t : doc.select("time[datetime]")) {
            OffsetDateTime local = parse(t.attr("datetime"));
            if (local == null || local.getOffset().equals(ZoneOffset.UTC) || !local.toInstant().equals(utc)) continue;
            if (day != null && !day.equals(local.toLocalDate())) return null;
            day = local.toLocalDate();
        }
        return day;
    }

    private static Instant utc(String stamp) {
        OffsetDateTime t = parse(stamp);
        return t == null || !t.getOffset().equals(ZoneOffset.UTC) ? null : t.toInstant();
    }

    private static OffsetDateTime parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
