package org.parallax.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.Event;

/**
 * Writes events as an iCalendar (RFC 5545) file with ical4j. Every event is an all-day VEVENT: DTSTART its first day,
 * DTEND the day after its last (DTEND is exclusive). Week-, month- and year-precision events are exported over their
 * whole period with "(week)", "(month)" or "(year)" in the SUMMARY, so they are never mistaken for a dated day.
 * SUMMARY names who and where, DESCRIPTION lists each source as outlet, title and sentence. The UID of a pipeline event
 * hashes its kind, dates and participants, so it stays the same across NLP re-runs and re-exports; a manual event's
 * UID is its id.
 */
public final class IcsExporter {
    public static final String PRODID = "-//Parallax//Parallax calendar export//EN";

    /** Builds the calendar; {@code stamp} is the DTSTAMP of every event (when the file was made). */
    public Calendar calendar(List<Event> events, Map<Long, ArticleSummary> articles, Instant stamp) {
        Calendar cal = new Calendar()
                .withProdId(PRODID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        Set<String> uids = new HashSet<>();
        for (Event e : events) {
            VEvent v = new VEvent(e.when().start(), e.when().end().plusDays(1), EventText.summary(e));
            String uid = uid(e);
            if (!uids.add(uid)) uid = uid.replace("@", "-" + e.id() + "@");
            v.add(new Uid(uid));
            v.add(new DtStamp(stamp));
            v.add(new Description(description(e, articles)));
            v.add(new Categories(EventText.kindLabel(e.kind())));
            cal.add(v);
        }
        return cal;
    }

    /** Writes the .ics text (CRLF line ends and folding, as RFC 5545 asks). */
    public void write(List<Event> events, Map<Long, ArticleSummary> articles, Instant stamp, Writer out) {
        try {
            new CalendarOutputter(false).output(calendar(events, articles, stamp), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the calendar file: " + e.getMessage(), e);
        }
    }

    static String description(Event e, Map<Long, ArticleSummary> articles) {
        List<String> lines = new ArrayList<>();
        if (e.when().precision() != DatePrecision.DAY) {
            lines.add("Date known to the " + e.when().precision().name().toLowerCase(Locale.ROOT) + " only: " + e.when());
        }
        if (e.manual()) lines.add("Added by hand" + (e.note() == null ? "." : ": " + e.note()));
        if (!e.sources().isEmpty()) lines.add("Sources:");
        for (String s : EventText.sourceLines(e, articles)) lines.add("- " + s);
        return String.join("\n", lines);
    }

    /** Stable across re-runs: the content of a pipeline event, the id of a manual one. */
    static String uid(Event e) {
        if (e.manual()) return "manual-" + e.id() + "@parallax";
        String key = e.kind() + "|" + e.when().start() + "|" + e.when().end() + "|" + e.when().precision() + "|"
                + String.join(",", e.who()) + "|" + String.join(",", e.where());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "event-" + HexFormat.of().formatHex(h, 0, 12) + "@parallax";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }
}
