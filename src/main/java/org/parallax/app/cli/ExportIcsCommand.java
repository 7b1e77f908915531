package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.IcsExporter;
import org.parallax.model.Event;

/** {@code export-ics}: the (filtered) events as an iCalendar file that calendar programs import. */
@Command(name = "export-ics", description = "Write the events as an iCalendar (.ics) file: all-day entries with their sources.")
final class ExportIcsCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write.")
    Path outFile;

    @Mixin
    EventOptions options = new EventOptions();

    @Override
    protected void validate() {
        options.validate(spec());
    }

    @Override
    protected int run(AppContext ctx) {
        CalendarService calendar = new CalendarService(ctx.database(), ctx.articles());
        List<Event> events = calendar.events(options.fromDate(spec()), options.toDate(spec()), options.filter(ctx, spec()));
        try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            new IcsExporter().write(events, calendar.articleSummaries(), Instant.now(), w);
        } catch (IOException e) {
            err().println("Cannot write " + outFile + ": " + e.getMessage() + ". Check the folder exists and is writable.");
            return Cli.FAILED;
        }
        return ExportEventsCsvCommand.report(this, outFile, events.size());
    }
}
