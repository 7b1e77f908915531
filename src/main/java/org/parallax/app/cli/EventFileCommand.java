package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.app.OutputTarget;
import org.parallax.calendar.CalendarService;
import org.parallax.model.Event;
import picocli.CommandLine.Mixin;

/**
 * The shared shape of the commands that write the (filtered) events to a file: the event filters, {@code --out},
 * one line or JSON object saying how many were written, exit 2 when {@code --out} is refused ({@link OutFileOptions})
 * and exit 1 naming the file when it cannot be written (any old file there is left as it was).
 */
abstract class EventFileCommand extends LibraryCommand {
    @Mixin
    OutFileOptions output = new OutFileOptions();

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
        OutputTarget target = output.check(ctx, err());
        if (target == null) return Cli.USAGE;
        Path outFile = output.out;
        CalendarService calendar = ctx.calendar();
        List<Event> events = calendar.events(options.fromDate(spec()), options.toDate(spec()), options.filter(ctx, spec()));
        try {
            target.writeText(w -> write(events, calendar, w));
        } catch (OutputTarget.Refused e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err().println(target.failure(e));
            return Cli.FAILED;
        }
        if (json()) printJson(new ExportJson(outFile, events.size()));
        else out().println("Wrote " + events.size() + (events.size() == 1 ? " event" : " events") + " to " + outFile);
        return Cli.OK;
    }

    record ExportJson(Path file, int events) {
    }
}
