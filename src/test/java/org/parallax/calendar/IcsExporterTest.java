package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.Progress;

/** The .ics export of the processed samples, parsed back with ical4j. */
class IcsExporterTest {
    private static final Instant STAMP = Instant.parse("2026-11-23T12:00:00Z");
    @TempDir
    Path dir;
    private SampleLibrary lib;
    private CalendarService calendar;

    @BeforeEach
    void open() {
        lib = SampleLibrary.open(dir.resolve("library.db"));
        calendar = new CalendarService(lib.ctx.database(), lib.ctx.articles());
    }

    @AfterEach
    void close() {
        lib.ctx.close();
    }

    private String export(List<Event> events) {
        StringWriter out = new StringWriter();
        new IcsExporter().write(events, calendar.articleSummaries(), STAMP, out);
        return out.toString();
    }

    private static Map<String, VEvent> parse(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> bySummary = new HashMap<>();
        for (Object c : cal.getComponents(VEvent.VEVENT)) {
            VEvent v = (VEvent) c;
            bySummary.put(v.getProperty(Property.SUMMARY).orElseThrow().getValue(), v);
        }
        return bySummary;
    }

    private static String prop(VEvent v, String name) {
        return v.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    @Test
    void roundTripKeepsEveryEventWithItsDatesSummaryAndSources() throws Exception {
        List<Event> events = calendar.events(null, null, EventFilter.all());
        String ics = export(events);
        Map<String, VEvent> parsed = parse(ics);
        assertEquals(events.size(), parsed.size(), ics);

        Event march = SampleLibrary.find(events, "2023-03-06..2023-03-07");
        VEvent v = parsed.get(EventText.summary(march));
        assertTrue(EventText.summary(march).startsWith("Visit: "), EventText.summary(march));
        assertTrue(EventText.summary(march).contains("Christopher A. Landberg"));
        assertTrue(EventText.summary(march).contains("Pakistan"));
        assertEquals("20230306", prop(v, Property.DTSTART));
        String description = prop(v, Property.DESCRIPTION);
        for (var s : march.sources()) {
            assertTrue(description.contains(EventText.oneLine(s.sentenceText())), description);
            assertTrue(description.contains(calendar.articleSummaries().get(s.articleId()).title()), description);
        }
        assertEquals(List.of(lib.outletA, lib.outletB), march.articleIds());
        assertTrue(ics.contains("\r\n"), "RFC 5545 lines end in CRLF");
        assertTrue(ics.lines().allMatch(l -> l.length() <= 75), "long lines are folded");
        assertTrue(ics.contains("PRODID:" + IcsExporter.PRODID));
    }

    @Test
    void dayRangeVisitIsAllDayWithDtendTheDayAfterItsLastDay() throws Exception {
        Event feb = SampleLibrary.find(calendar.events(null, null, EventFilter.all()), "2023-02-16..2023-02-17");
        String ics = export(List.of(feb));
        VEvent v = parse(ics).values().iterator().next();
        assertEquals("20230216", prop(v, Property.DTSTART));
        assertEquals("20230218", prop(v, Property.DTEND));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20230216"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20230218"), ics);
        assertEquals(LocalDate.of(2023, 2, 16), v.getStartDate().orElseThrow().getDate());
    }

    @Test
    void monthPrecisionEventSpansItsMonthAndSaysSo() throws Exception {
        Event m = calendar.add(new EventDraft(EventKind.MEETING, new DateRange(YearMonth.of(2023, 2).atDay(1),
                YearMonth.of(2023, 2).atEndOfMonth(), DatePrecision.MONTH), List.of(), List.of(), List.of(), "talks"));
        String ics = export(List.of(m));
        VEvent v = parse(ics).values().iterator().next();
        assertTrue(prop(v, Property.SUMMARY).endsWith("(month)"), prop(v, Property.SUMMARY));
        assertEquals("20230201", prop(v, Property.DTSTART));
        assertEquals("20230301", prop(v, Property.DTEND));
        assertTrue(prop(v, Property.DESCRIPTION).contains("month only"), prop(v, Property.DESCRIPTION));
        assertEquals("manual-" + m.id() + "@parallax", prop(v, Property.UID));
    }

    @Test
    void uidsAreUniqueAndStableAcrossNlpReRuns() throws Exception {
        List<Event> before = calendar.events(null, null, EventFilter.all());
        List<String> uids = parse(export(before)).values().stream().map(v -> prop(v, Property.UID)).sorted().toList();
        assertEquals(uids.size(), uids.stream().distinct().count());

        // re-importing re-creates the events (a re-run alone keeps them: each article's reports merge back in)
        calendar.add(new EventDraft(EventKind.MEETING, DateRange.day(LocalDate.of(2024, 1, 1)), List.of(), List.of(), List.of(), "x"));
        lib.ctx.articles().delete(lib.outletA);
        lib.ctx.articles().delete(lib.outletB);
        assertEquals(1, calendar.events(null, null, EventFilter.all()).size(), "only the manual event is left");
        lib.ctx.imports().importPaths(List.of(org.parallax.nlp.SampleArticles.dir().resolve("story1-outlet-a.txt"),
                org.parallax.nlp.SampleArticles.dir().resolve("story1-outlet-b.txt")), Progress.NONE);
        lib.nlp.processPending(Progress.NONE);
        List<Event> after = calendar.events(null, null, EventFilter.all()).stream().filter(e -> !e.manual()).toList();
        assertTrue(java.util.Collections.disjoint(before.stream().map(Event::id).toList(), after.stream().map(Event::id).toList()),
                "the events were re-created with new ids: " + before.stream().map(Event::id).toList() + " / " + after.stream().map(Event::id).toList());
        assertEquals(uids, parse(export(after)).values().stream().map(v -> prop(v, Property.UID)).sorted().toList());
    }
}
