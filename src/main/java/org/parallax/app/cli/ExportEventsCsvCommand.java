package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventCsvExporter;
import org.parallax.model.Event;

/** {@code export-events-csv}: the (filtered) events as CSV for spreadsheets. */
@Command(name = "export-events-csv",
        description = "Write the events as CSV: date start, date end, precision, kind, who, where, sources, manual, note.")
final class ExportEventsCsvCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .csv file to write.")
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
            new EventCsvExporter().write(events, calendar.articleSummaries(), w);
        } catch (IOException e) {
            err().println("Cannot write " + outFile + ": " + e.getMessage() + ". Check the folder exists and is writable.");
            return Cli.FAILED;
        }
        return report(this, outFile, events.size());
    }

    record ExportJson(Path file, int events) {
    }

    static int report(LibraryCommand c, Path file, int count) {
        if (c.json()) c.printJson(new ExportJson(file, count));
        else c.out().println("Wrote " + count + (count == 1 ? " event" : " events") + " to " + file);
        return Cli.OK;
    }
}
