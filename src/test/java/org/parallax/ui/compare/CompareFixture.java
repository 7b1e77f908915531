package org.parallax.ui.compare;

import java.nio.file.Path;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.testsupport.SharedData;

/** A library holding the shared sample pair, imported by the real ImportService and run through the NLP queue. */
final class CompareFixture {
    private CompareFixture() {
    }

    static Path samples() {
        return SharedData.samples();
    }

    /** Imports the pair into {@code ctx}; returns their ids (A, B). */
    static long[] importPair(AppContext ctx) {
        ImportReport r = ctx.imports().importPaths(List.of(samples().resolve("story1-outlet-a.txt"),
                samples().resolve("story1-outlet-b.txt")), Progress.NONE);
        List<Long> ids = r.results().stream().map(ImportResult::articleId).toList();
        new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer()).processPending(Progress.NONE);
        return new long[] {ids.get(0), ids.get(1)};
    }
}
