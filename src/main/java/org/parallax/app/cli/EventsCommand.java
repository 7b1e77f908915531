package org.parallax.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.AppContext;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.store.EventRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code events}: dated events by start date, with who, where, and each reporting article's sentence. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List events (visits, meetings, statements) with dates, who, where and the sentences reporting them.")
public final class EventsCommand implements Callable<Integer> {
    @Option(names = "--library", paramLabel = "FILE", description = "The library file (default: $PARALLAX_LIBRARY or the user data folder).")
    Path library;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = NlpViews.open(library)) {
            List<Event> events = new EventRepository(ctx.database()).list();
            if (json) {
                NlpViews.printJson(out, events.stream().map(NlpViews::event).toList());
                return 0;
            }
            if (events.isEmpty()) out.println("No events yet. Run `parallax nlp --wait` to find them.");
            for (Event e : events) {
                out.printf("%d  %s  %s (%s)%n", e.id(), e.kind(), e.when(), e.when().precision());
                out.println("    who:   " + String.join("; ", e.who()));
                out.println("    where: " + String.join("; ", e.where()));
                for (EventSource s : e.sources()) {
                    out.println("    article " + s.articleId() + ": " + NlpViews.quote(s.sentenceText()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
