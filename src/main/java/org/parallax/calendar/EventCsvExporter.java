package org.parallax.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.parallax.model.ArticleSummary;
import org.parallax.model.Event;

/**
 * Writes events as CSV for spreadsheets (RFC 4180: CRLF rows, every field quoted when it holds a comma, quote or line
 * break, quotes doubled). Columns: date start, date end, precision, kind, who, where, sources, manual, note; several
 * people or places are joined by "; ", several sources by a line break inside the quoted cell. Text cells (who,
 * where, sources, note: they come from imported pages and the user) that a spreadsheet would take as a formula,
 * those starting with {@code = + - @}, tab or carriage return, get a leading {@code '} as OWASP recommends for CSV
 * injection; the dates, precision, kind and manual columns are this program's own words and go as they are.
 */
public final class EventCsvExporter {
    public static final List<String> HEADER = List.of("date_start", "date_end", "precision", "kind", "who", "where",
            "sources", "manual", "note");

    public void write(List<Event> events, Map<Long, ArticleSummary> articles, Writer out) {
        try {
            row(out, HEADER);
            for (Event e : events) {
                row(out, List.of(e.when().start().toString(), e.when().end().toString(), e.when().precision().name(),
                        e.kind().name(), text(String.join("; ", e.who())), text(String.join("; ", e.where())),
                        text(String.join("\n", EventText.sourceLines(e, articles))), e.manual() ? "yes" : "no",
                        text(e.note() == null ? "" : e.note())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV file: " + e.getMessage(), e);
        }
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** A text cell a spreadsheet will show as text: one starting like a formula gets a leading {@code '}. */
    static String text(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String field(String s) {
        if (s.isEmpty()) return s;
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
