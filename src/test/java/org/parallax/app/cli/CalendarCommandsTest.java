package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.calendar.SampleLibrary;

/** {@code events} with its filters, {@code export-ics} and {@code export-events-csv} on a library holding the processed samples. */
@Tag("contract")
class CalendarCommandsTest {
    @TempDir
    Path dir;
    private Path library;
    private long a;
    private long b;

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", TestLibrary.address(library)));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void fill() {
        library = dir.resolve("library.db");
        SampleLibrary lib = SampleLibrary.open(library);
        a = lib.outletA;
        b = lib.outletB;
        lib.ctx.close();
    }

    private List<String> dates(Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        List<String> out = new ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(r.out())) out.add(e.get("start").asText() + ".." + e.get("end").asText());
        return out;
    }

    @Test
    void eventsFilterByDatesEntityAndStory() throws Exception {
        assertEquals(List.of("2023-02-16..2023-02-17", "2023-03-03..2023-03-03", "2023-03-06..2023-03-07"), dates(cli("events", "--json")));
        assertEquals(List.of("2023-03-03..2023-03-03", "2023-03-06..2023-03-07"), dates(cli("events", "--json", "--from", "2023-03-01")));
        assertEquals(List.of("2023-02-16..2023-02-17"), dates(cli("events", "--json", "--to", "2023-02-28")));
        assertEquals(List.of("2023-02-16..2023-02-17"), dates(cli("events", "--json", "--entity", "Chollet", "--kind", "VISIT")));
        assertEquals(3, dates(cli("events", "--json", "--story", String.valueOf(a))).size(), "both samples are one story");
        assertEquals(3, dates(cli("--json", "events", "--article", String.valueOf(b))).size());
        JsonNode first = new ObjectMapper().readTree(cli("events", "--json").out()).get(0);
        assertEquals(false, first.get("manual").asBoolean());
    }

    @Test
    void badFiltersAreUsageErrorsThatSayWhy() {
        Run date = cli("events", "--from", "March");
        assertEquals(Cli.USAGE, date.exit());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
        Run order = cli("events", "--from", "2023-03-02", "--to", "2023-03-01");
        assertEquals(Cli.USAGE, order.exit());
        Run nobody = cli("events", "--entity", "Nobody Atall");
        assertEquals(Cli.USAGE, nobody.exit());
        assertTrue(nobody.err().contains("No entity is named like"), nobody.err());
        assertEquals(Cli.USAGE, cli("events", "--story", "999").exit());
    }

    @Test
    void exportIcsWritesAParsableCalendarOfTheStory() throws Exception {
        Path ics = dir.resolve("story.ics");
        Run r = cli("export-ics", "--out", ics.toString(), "--story", String.valueOf(a));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote 3 events to"), r.out());
        Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(ics, StandardCharsets.UTF_8)));
        List<VEvent> events = cal.getComponents(VEvent.VEVENT);
        assertEquals(3, events.size());
        VEvent march = events.stream().filter(v -> v.getProperty(Property.DTSTART).orElseThrow().getValue().equals("20230306"))
                .findFirst().orElseThrow();
        assertEquals("20230308", march.getProperty(Property.DTEND).orElseThrow().getValue());
    }

    @Test
    void exportCsvWritesOneRowPerEventAndJsonSaysWhere() throws Exception {
        Path csv = dir.resolve("events.csv");
        Run r = cli("--json", "export-events-csv", "--out", csv.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.get("events").asInt());
        assertEquals(csv.toString(), json.get("file").asText());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("date_start,date_end,precision,kind,who,where,sources,manual,note\r\n"), text);
        assertTrue(text.contains("2023-03-06,2023-03-07,DAY,VISIT,"), text);
    }

    @Test
    void unwritableOutputFailsWithTheFileNamed() {
        Path missing = dir.resolve("no-such-folder").resolve("x.ics");
        Run r = cli("export-ics", "--out", missing.toString());
        assertEquals(Cli.FAILED, r.exit());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }
}
