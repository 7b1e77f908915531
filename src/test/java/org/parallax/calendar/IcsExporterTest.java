package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Progress;

/**
 * The .ics export of the processed samples, read back by an independent parser (ical4j, strict parsing and
 * validation) and checked octet by octet.
 */
@Tag("contract")
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
        calendar.writeIcs(events, STAMP, out);
        return out.toString();
    }

    /** Parses with every relaxation off and fails on any validation error (RFC 5545 cardinalities and values). */
    private static Calendar strict(String ics) throws Exception {
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY)) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = cal.validate(true);
        assertFalse(result.hasErrors(), result + "\n" + ics);
        return cal;
    }

    private static Map<String, VEvent> bySummary(Calendar cal) {
        Map<String, VEvent> out = new HashMap<>();
        for (VEvent v : cal.<VEvent>getComponents(VEvent.VEVENT)) out.put(prop(v, Property.SUMMARY), v);
        return out;
    }

    private static String prop(VEvent v, String name) {
        return v.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    /** Every physical line is at most 75 octets, ends in CRLF and is whole UTF-8 on its own. */
    private static void assertFoldedByOctets(String ics) throws CharacterCodingException {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertTrue(ics.endsWith("\r\n"), "the last line ends in CRLF");
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at octet " + i);
                int len = i - 1 - start;
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, i - 1);
                assertTrue(len <= 75, len + " octets: " + new String(line, StandardCharsets.UTF_8));
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
                start = i + 1;
            }
        }
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR");
    }

    @Test
    void samplePairExportIsValidWithOneStampAPlaceAndShortSummaries() throws Exception {
        List<Event> events = calendar.events(null, null, EventFilter.all());
        assertTrue(events.size() >= 2, events.toString());
        String ics = export(events);
        Calendar cal = strict(ics);
        List<VEvent> vevents = cal.getComponents(VEvent.VEVENT);
        assertEquals(events.size(), vevents.size(), ics);
        assertFoldedByOctets(ics);
        Map<Long, ArticleSummary> articles = calendar.articleSummaries();
        for (VEvent v : vevents) {
            assertEquals(1, v.getProperties(Property.DTSTAMP).size(), "one DTSTAMP");
            assertEquals("20261123T120000Z", prop(v, Property.DTSTAMP));
            String summary = prop(v, Property.SUMMARY);
            assertTrue(summary.length() < 60, summary);
            Event e = events.stream().filter(x -> EventText.shortTitle(x, calendar.entitiesOf(List.of(x))).equals(summary))
                    .findFirst().orElseThrow(() -> new AssertionError("no event titled " + summary));
            // a visit or meeting has its place; a statement names its speaker only (issue 15's event roles), so no place
            if (e.kind() != EventKind.STATEMENT) {
                assertFalse(prop(v, Property.LOCATION).isBlank(), summary);
                assertTrue(e.where().contains(prop(v, Property.LOCATION)), prop(v, Property.LOCATION));
            } else {
                assertTrue(e.where().isEmpty() || e.where().contains(prop(v, Property.LOCATION)), summary);
            }
            String description = prop(v, Property.DESCRIPTION);
            for (String who : e.who()) assertTrue(description.contains(who), who + " in " + description);
            for (String where : e.where()) assertTrue(description.contains(where), where + " in " + description);
            for (EventSource s : e.sources()) {
                assertTrue(description.contains(articles.get(s.articleId()).title()), description);
                String sentence = EventText.oneLine(s.sentenceText());
                assertTrue(description.contains(sentence.substring(0, Math.min(60, sentence.length()))), description);
            }
        }

        Map<String, VEvent> parsed = bySummary(cal);
        VEvent march = parsed.get("Visit: Christopher Landberg");
        assertTrue(march != null, parsed.keySet().toString());
        assertEquals("20230306", prop(march, Property.DTSTART));
        assertEquals("Pakistan", prop(march, Property.LOCATION));
        // the February visit names the State Department first; its traveller is Chollet, who "visited Pakistan"
        VEvent feb = parsed.get("Visit: Derek Chollet");
        assertTrue(feb != null, parsed.keySet().toString());
        assertEquals("Pakistan", prop(feb, Property.LOCATION));
        assertTrue(ics.contains("PRODID:" + IcsExporter.PRODID));
    }

    @Test
    void nonAsciiTextAndSpecialCharactersRoundTrip() throws Exception {
        long zoe = lib.ctx.entities().create(EntityType.PERSON, "Zoë Ångström-Łukasiewicz", List.of());
        long city = lib.ctx.entities().create(EntityType.LOCATION, "Θεσσαλονίκη", List.of());
        String sentence = "Zoë Ångström-Łukasiewicz visited Θεσσαλονίκη; she met officials, \"quietly\" (see C:\\notes)\n"
                + "and wrote 日本語のメモ with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 – ".repeat(3) + "end.";
        Event e = calendar.add(new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2024, 5, 2)), List.of(zoe),
                List.of(city), List.of(new EventSource(lib.outletA, 0, 10, sentence)), "Ünïcödé; note, with \\ and\nbreak"));
        String ics = export(List.of(e));
        Calendar cal = strict(ics);
        assertFoldedByOctets(ics);
        VEvent v = cal.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertEquals("Visit: Zoë Ångström-Łukasiewicz", prop(v, Property.SUMMARY));
        assertEquals("Θεσσαλονίκη", prop(v, Property.LOCATION));
        String description = prop(v, Property.DESCRIPTION);
        assertTrue(description.contains("Added by hand: Ünïcödé; note, with \\ and\nbreak"), description);
        String expected = IcsExporter.shorten(EventText.oneLine(sentence), IcsExporter.SENTENCE_CHARS);
        assertTrue(description.contains("\u201c" + expected + "\u201d"), description);
        assertTrue(expected.contains("𝔘𝔫𝔦𝔠𝔬𝔡𝔢") && expected.contains("日本語"), expected);
    }

    @Test
    void foldingNeverSplitsACharacterOrAnEscape() {
        // every alignment of a 2-, 3- and 4-octet character and of an escape against the 75-octet limit
        for (String unit : List.of("é", "語", "𝔘", "\\,", "\\n")) {
            for (int pad = 0; pad < 8; pad++) {
                String line = "DESCRIPTION:" + "x".repeat(pad) + unit.repeat(60);
                String folded = IcsExporter.fold(line);
                List<String> physical = new ArrayList<>(List.of(folded.split("\r\n", -1)));
                assertEquals("", physical.remove(physical.size() - 1));
                StringBuilder unfolded = new StringBuilder();
                for (int i = 0; i < physical.size(); i++) {
                    String p = physical.get(i);
                    assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 75, p);
                    if (i > 0) {
                        assertTrue(p.startsWith(" "), p);
                        p = p.substring(1);
                    }
                    assertFalse(p.isEmpty() || Character.isLowSurrogate(p.charAt(0)), "split surrogate pair: " + physical);
                    if (i < physical.size() - 1) assertFalse(p.endsWith("\\"), "split escape: " + physical);
                    unfolded.append(p);
                }
                assertEquals(line, unfolded.toString());
            }
        }
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsExporter.text("a\\b;c,d\ne\r\nf"));
        assertEquals("tab\tkept", IcsExporter.text("tab\tkept\u0007"));
    }

    @Test
    void dayRangeVisitIsAllDayWithDtendTheDayAfterItsLastDay() throws Exception {
        Event feb = SampleLibrary.find(calendar.events(null, null, EventFilter.all()), "2023-02-16..2023-02-17");
        String ics = export(List.of(feb));
        VEvent v = strict(ics).<VEvent>getComponents(VEvent.VEVENT).get(0);
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
        VEvent v = strict(ics).<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertEquals("Meeting: talks (month)", prop(v, Property.SUMMARY));
        assertEquals("20230201", prop(v, Property.DTSTART));
        assertEquals("20230301", prop(v, Property.DTEND));
        assertTrue(prop(v, Property.DESCRIPTION).contains("month only"), prop(v, Property.DESCRIPTION));
        assertEquals("manual-" + m.id() + "@parallax", prop(v, Property.UID));
        assertTrue(v.getProperty(Property.LOCATION).isEmpty(), "no place, no LOCATION");
    }

    @Test
    void uidsAreUniqueAndStableAcrossNlpReRuns() throws Exception {
        List<Event> before = calendar.events(null, null, EventFilter.all());
        List<String> uids = uids(export(before));
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
        assertEquals(uids, uids(export(after)));
    }

    private static List<String> uids(String ics) throws Exception {
        return strict(ics).<VEvent>getComponents(VEvent.VEVENT).stream().map(v -> prop(v, Property.UID)).sorted().toList();
    }

    @Test
    void anArticleGoneFromTheLibraryIsNamedByItsId() {
        ArticleSummary kept = new ArticleSummary(1, "Talks", "Outlet", LocalDate.of(2023, 3, 4), DateSource.PAGE_METADATA, null);
        Event e = new Event(9, EventKind.STATEMENT, DateRange.day(LocalDate.of(2023, 3, 3)), List.of(), List.of(),
                List.of(), List.of(), List.of(new EventSource(1, 0, 5, "Said."), new EventSource(42, 0, 5, "Said too.")));
        String d = IcsExporter.description(e, Map.of(1L, kept));
        assertTrue(d.contains("Outlet — Talks: \u201cSaid.\u201d") && d.contains("article 42: \u201cSaid too.\u201d"), d);
    }
}
