package org.parallax.calendar;

import java.nio.file.Path;
import java.util.List;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.model.Event;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;

/**
 * A real library file with the two shared samples imported by the real importer and processed by the real NLP queue
 * (with the test recogniser {@link SampleRecognizer}; the CoreNLP engine has its own end-to-end tests).
 */
public final class SampleLibrary {
    public final AppContext ctx;
    public final long outletA;
    public final long outletB;
    public final NlpService nlp;

    private SampleLibrary(AppContext ctx, long a, long b, NlpService nlp) {
        this.ctx = ctx;
        this.outletA = a;
        this.outletB = b;
        this.nlp = nlp;
    }

    public static SampleLibrary open(Path libraryFile) {
        AppContext ctx = TestLibrary.context(libraryFile);
        ImportReport report = ctx.imports().importPaths(List.of(SampleArticles.dir().resolve("story1-outlet-a.txt"),
                SampleArticles.dir().resolve("story1-outlet-b.txt")), Progress.NONE);
        List<Long> ids = report.importedIds();
        if (ids.size() != 2) throw new IllegalStateException("samples did not import: " + report.summary());
        NlpService nlp = new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        return new SampleLibrary(ctx, ids.get(0), ids.get(1), nlp);
    }

    public static Event find(List<Event> events, String when) {
        return events.stream().filter(e -> e.when().toString().equals(when)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + when + " in " + events));
    }
}
