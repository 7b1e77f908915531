package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.parallax.calendar.CalendarService;
import org.parallax.model.Event;
import picocli.CommandLine.Command;

/** {@code export-ics}: the (filtered) events as an iCalendar file that calendar programs import. */
@Command(name = "export-ics", description = "Write the events as an iCalendar (.ics) file: all-day entries titled by kind and main participant,"
        + " with the destination as location and everyone and the sources in the description.")
final class ExportIcsCommand extends EventFileCommand {
    @Override
    protected void write(List<Event> events, CalendarService calendar, Writer out) throws IOException {
        calendar.writeIcs(events, Instant.now(), out);
    }
}
