package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.ingest.HtmlImporter;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.web.FetchException;
import org.parallax.web.FetchedPage;
import org.parallax.web.Fetcher;
import org.parallax.web.WebImportService;

/**
 * Web capture on the 130 real test pages served from 127.0.0.1: the time to fetch and extract each page (after one
 * warm-up pass), and the time of a whole link import (fetch, extract, the page's images from the same server, one
 * transaction). Figures go to stdout and {@code target/web-capture.txt}; the machine's load moves them, so the one
 * assertion is loose. <pre>mvn -B -o -Pbench test -Dtest=WebCaptureBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class WebCaptureBenchmark {
    @TempDir
    Path dir;

    @Test
    void fetchAndExtractEveryServedPage() throws Exception {
        List<String> names = LocalWebServer.pageNames();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Web capture: %d pages, %d cores, load %.1f, java %s%n", names.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version")));
        try (LocalWebServer web = new LocalWebServer()) {
            Fetcher fetcher = new Fetcher("Parallax/bench", Fetcher.Limits.defaults(ImportService.DEFAULT_MAX_BYTES), Clock.systemUTC());
            HtmlImporter html = new HtmlImporter();
            pass(names, web, fetcher, html, null); // warm-up: JIT, connection pool
            List<Long> fetch = new ArrayList<>();
            List<Long> extract = new ArrayList<>();
            int empty = pass(names, web, fetcher, html, new List[] {fetch, extract});
            List<Long> both = new ArrayList<>();
            for (int i = 0; i < fetch.size(); i++) both.add(fetch.get(i) + extract.get(i));
            report.append(line("fetch", fetch)).append(line("extract", extract)).append(line("fetch+extract", both));
            report.append(String.format(Locale.ROOT, "pages with no article text: %d%n", empty));

            List<Long> imports = new ArrayList<>();
            int imported = 0;
            List<String> others = new ArrayList<>();
            int images;
            try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
                WebImportService service = new WebImportService(ctx.articles(), ctx.snapshots(), (c, id) -> { }, fetcher, Clock.systemUTC());
                for (String n : names) {
                    long t0 = System.nanoTime();
                    ImportResult r = service.importUrl(web.url("/pages/" + n + "/"), ImportService.DEFAULT_MAX_BYTES);
                    imports.add(System.nanoTime() - t0);
                    if (r.status() == ImportResult.Status.IMPORTED) imported++;
                    else others.add(n + ": " + r.message());
                }
                images = ctx.snapshots().articleIds().stream().mapToInt(id -> ctx.snapshots().images(id).size()).sum();
            }
            report.append(line("whole import (with images)", imports));
            report.append(String.format(Locale.ROOT, "imported %d of %d pages, %d images stored; library %.1f MB%n", imported,
                    names.size(), images, Files.size(dir.resolve("library.db")) / 1048576.0));
            others.forEach(o -> report.append("  not imported: ").append(o).append('\n'));
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/web-capture.txt"), report.toString());
            Collections.sort(both);
            assertTrue(both.get(both.size() / 2) < Duration.ofSeconds(1).toNanos(), report.toString());
        }
    }

    /** One pass over the pages; fills {@code times} (fetch, extract) when given; returns the pages that extract to nothing. */
    private static int pass(List<String> names, LocalWebServer web, Fetcher fetcher, HtmlImporter html, List<Long>[] times)
            throws FetchException, IOException {
        int empty = 0;
        for (String n : names) {
            long t0 = System.nanoTime();
            FetchedPage page = fetcher.fetch(URI.create(web.url("/pages/" + n + "/")), Fetcher.ACCEPT_HTML);
            String text = page.text();
            long t1 = System.nanoTime();
            try {
                html.extract(text, page.finalUri().toString());
            } catch (ImportException e) {
                empty++;
            }
            long t2 = System.nanoTime();
            if (times != null) {
                times[0].add(t1 - t0);
                times[1].add(t2 - t1);
            }
        }
        return empty;
    }

    private static String line(String what, List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        long total = s.stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%-28s median %6.1f ms, p90 %6.1f ms, max %7.1f ms, total %6.2f s%n", what,
                s.get(s.size() / 2) / 1e6, s.get(s.size() * 9 / 10) / 1e6, s.get(s.size() - 1) / 1e6, total / 1e9);
    }
}
