package org.parallax.calendar;

import static java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.calendarfx.model.Entry;
import impl.com.calendarfx.view.util.Util;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/**
 * The ical4j the pom declares works both for our .ics export and for CalendarFX, which was built against another
 * ical4j: an exported file is read back by ical4j, its events become CalendarFX entries, and CalendarFX's own
 * ical4j-based code (recurrence expansion in its model, the rule-to-text helper of its views) runs on them. A
 * signature CalendarFX calls that the declared ical4j lacks fails here with a NoSuchMethodError.
 */
class Ical4jCalendarFxPairingTest {
    private static final Instant STAMP = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("UTC");

    @Test
    void anExportedEventReadBackByIcal4jRecursInCalendarFx() throws Exception {
        Event visit = new Event(7, EventKind.VISIT,
                new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY),
                List.of(1L), List.of("Christopher A. Landberg"), List.of(2L), List.of("Pakistan"),
                List.of(new EventSource(1, 0, 30, "Landberg will visit Pakistan.")));
        ArticleSummary article = new ArticleSummary(1, "Talks in Islamabad", "Outlet A", LocalDate.of(2023, 3, 4),
                DateSource.PAGE_METADATA, null);
        StringWriter out = new StringWriter();
        new IcsExporter().write(List.of(visit), Map.of(1L, article), Map.of(), STAMP, out);

        Calendar ics = new CalendarBuilder().build(new StringReader(out.toString()));
        List<VEvent> events = ics.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size(), out.toString());
        VEvent v = events.get(0);
        LocalDate start = LocalDate.parse(v.getProperty(Property.DTSTART).orElseThrow().getValue(), BASIC_ISO_DATE);
        LocalDate endExclusive = LocalDate.parse(v.getProperty(Property.DTEND).orElseThrow().getValue(), BASIC_ISO_DATE);
        assertEquals(LocalDate.of(2023, 3, 6), start);
        assertEquals(LocalDate.of(2023, 3, 8), endExclusive);

        // the event, as CalendarFX would show it, repeated weekly three times: CalendarFX expands the rule with
        // ical4j's Recur (Calendar.findEntries -> Recur.getDates)
        Entry<String> entry = new Entry<>(v.getProperty(Property.SUMMARY).orElseThrow().getValue());
        entry.changeStartDate(start);
        entry.changeEndDate(endExclusive.minusDays(1));
        entry.setFullDay(true);
        String rule = "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO";
        entry.setRecurrenceRule(rule);
        com.calendarfx.model.Calendar<String> fx = new com.calendarfx.model.Calendar<>("events");
        fx.addEntry(entry);
        Map<LocalDate, List<Entry<?>>> found = new TreeMap<>(
                fx.findEntries(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30), ZONE));
        List<LocalDate> mondays = found.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(x -> x.getStartDate().equals(e.getKey())))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 20)), mondays,
                found.toString());

        // the recurrence editor's text reads the rule through Recur's getters and WeekDay
        String text = Util.convertRFC2445ToText(rule, start);
        assertTrue(text.contains("Monday") && text.contains("3"), text);
    }
}
