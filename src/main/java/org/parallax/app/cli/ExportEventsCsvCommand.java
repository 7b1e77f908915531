package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventCsvExporter;
import org.parallax.model.Event;
import picocli.CommandLine.Command;

/** {@code export-events-csv}: the (filtered) events as CSV for spreadsheets. */
@Command(name = "export-events-csv",
        description = "Write the events as CSV: date start, date end, precision, kind, who, where, sources, manual, note.")
final class ExportEventsCsvCommand extends EventFileCommand {
    @Override
    protected void write(List<Event> events, CalendarService calendar, Writer out) throws IOException {
        new EventCsvExporter().write(events, calendar.articleSummaries(), out);
    }
}
