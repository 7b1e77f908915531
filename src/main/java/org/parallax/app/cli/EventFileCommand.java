package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.calendar.CalendarService;
import org.parallax.model.Event;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The shared shape of the commands that write the (filtered) events to a file: the event filters, {@code --out},
 * one line or JSON object saying how many were written, and exit 1 naming the file when it cannot be written.
 */
abstract class EventFileCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Mixin
    EventOptions options = new EventOptions();

    /** Writes {@code events} in this command's format. */
    protected abstract void write(List<Event> events, CalendarService calendar, Writer out) throws IOException;

    @Override
    protected void validate() {
        options.validate(spec());
    }

    @Override
    protected int run(AppContext ctx) {
        CalendarService calendar = ctx.calendar();
        List<Event> events = calendar.events(options.fromDate(spec()), options.toDate(spec()), options.filter(ctx, spec()));
        try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            write(events, calendar, w);
        } catch (IOException e) {
            err().println("Cannot write " + outFile + ": " + e.getMessage() + ". Check the folder exists and is writable.");
            return Cli.FAILED;
        }
        if (json()) printJson(new ExportJson(outFile, events.size()));
        else out().println("Wrote " + events.size() + (events.size() == 1 ? " event" : " events") + " to " + outFile);
        return Cli.OK;
    }

    record ExportJson(Path file, int events) {
    }
}
