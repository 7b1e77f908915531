package org.parallax.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.model.Article;
import org.parallax.model.Progress;
import org.parallax.nlp.SharedRecognizers;

/** The freshly written articles of {@code src/test/resources/fresh-news/} (see its README) as the tests read them. */
public final class FreshNews {
    private FreshNews() {
    }

    /** The folder of one set ("dates", "events", "entities") on the test class path. */
    public static Path folder(String set) {
        try {
            return Path.of(Objects.requireNonNull(FreshNews.class.getResource("/fresh-news/" + set), set).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The set's articles named {@code aNN-*.txt}, in name order. */
    public static List<Path> articles(String set) {
        try (Stream<Path> s = Files.list(folder(set))) {
            return s.filter(p -> p.getFileName().toString().matches("a\\d\\d-.*\\.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the set's {@code expected} articles into {@code ctx}'s library and runs the real NLP queue over them; the
     * stored articles by file name without ".txt".
     */
    public static Map<String, Article> importAndRecognise(AppContext ctx, String set, int expected) {
        List<Path> files = articles(set);
        assertEquals(expected, files.size(), files.toString());
        ImportReport report = ctx.imports().importPaths(files, Progress.NONE);
        assertEquals(expected, report.importedIds().size(), report.summary());
        NlpService.Summary summary = new NlpService(ctx.database(), ctx.articles(), SharedRecognizers.app()).processPending(Progress.NONE);
        assertEquals(expected, summary.processed());
        Map<String, Article> byName = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byName.put(files.get(i).getFileName().toString().replaceFirst("\\.txt$", ""),
                    ctx.articles().get(report.importedIds().get(i)).orElseThrow());
        }
        return byName;
    }

    /** Where the {@code n}-th occurrence (from 1) of {@code s} starts in {@code text}; -1 when there are fewer. */
    public static int nth(String text, String s, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) return -1;
        }
        return at;
    }
}
