package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.parallax.app.AppContext;
import org.parallax.calendar.EventFilter;
import org.parallax.model.Event;
import org.parallax.model.EventSource;

/** {@code events}: dated events by start date, with who, where, and each reporting article's sentence; filterable. */
@Command(name = "events",
        description = "List events (visits, meetings, statements) with dates, who, where and the sentences reporting them.")
final class EventsCommand extends LibraryCommand {
    @Mixin
    EventOptions options = new EventOptions();

    @Override
    protected void validate() {
        options.validate(spec());
    }

    @Override
    protected int run(AppContext ctx) {
        EventFilter filter = options.filter(ctx, spec());
        List<Event> events = ctx.calendar().events(options.fromDate(spec()), options.toDate(spec()), filter);
        if (json()) {
            printJson(events.stream().map(NlpViews::event).toList());
            return Cli.OK;
        }
        PrintWriter out = out();
        if (events.isEmpty()) {
            out.println(filter.isEmpty() && options.from == null && options.to == null
                    ? "No events yet. Run `parallax nlp --wait` to find them." : "No event matches these filters.");
        }
        for (Event e : events) {
            out.printf("%d  %s  %s (%s)%s%n", e.id(), e.kind(), e.when(), e.when().precision(), e.manual() ? "  manual" : "");
            out.println("    who:   " + String.join("; ", e.who()));
            out.println("    where: " + String.join("; ", e.where()));
            if (e.note() != null) out.println("    note:  " + e.note());
            for (EventSource s : e.sources()) {
                out.println("    article " + s.articleId() + ": " + NlpViews.quote(s.sentenceText()));
            }
        }
        out.flush();
        return Cli.OK;
    }
}
