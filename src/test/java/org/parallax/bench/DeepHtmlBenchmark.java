package org.parallax.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.parallax.ingest.HtmlImporter;
import org.parallax.ingest.SourceFile;
import org.parallax.model.ArticleDraft;

/**
 * How long {@link HtmlImporter} takes on a page whose one paragraph is nested N elements deep (issue 14, class 11), next
 * to the same paragraph nested 10 deep (a main class; the report goes to standard output). Each page is parsed once to
 * warm up, then {@code reps} times; the median is reported.
 * Run: {@code mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parallax.bench.DeepHtmlBenchmark [reps]}
 */
public final class DeepHtmlBenchmark {
    private static final String PARAGRAPH = "The council met on Tuesday to discuss the budget for the coming year, and the mayor spoke"
            + " at length about roads and schools in the town.";

    private DeepHtmlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.println("tag      depth   bytes   median ms   text kept");
        for (String tag : new String[] {"div", "span"}) {
            for (int depth : new int[] {10, 500, 3_000, 5_000}) {
                byte[] page = page(tag, depth).getBytes(StandardCharsets.UTF_8);
                SourceFile file = new SourceFile(Path.of("deep-" + tag + "-" + depth + ".html"), page);
                String kept = run(file);
                long[] ms = new long[reps];
                for (int r = 0; r < reps; r++) {
                    long t = System.nanoTime();
                    run(file);
                    ms[r] = (System.nanoTime() - t) / 1_000_000;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-8s %5d %7d %11d   %s%n", tag, depth, page.length, ms[reps / 2], kept);
            }
        }
    }

    private static String run(SourceFile file) {
        try {
            ArticleDraft d = new HtmlImporter().parse(file);
            return String.valueOf(d.text().contains(PARAGRAPH));
        } catch (Exception | StackOverflowError e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String page(String tag, int depth) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>Nested " + depth + "</title></head><body>");
        b.append(("<" + tag + ">").repeat(depth)).append("<p>").append(PARAGRAPH).append("</p>").append(("</" + tag + ">").repeat(depth));
        return b.append("</body></html>").toString();
    }
}
