package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.Sentence;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.text.Sentences;
import org.parallax.testsupport.SharedData;

/**
 * Issue 14, "At 100,000 articles": a generated library of {@code bench.large.articles} articles (100,000 by default)
 * opened in a child JVM with a 2 GB heap the way the window opens it ({@link LargeLibraryProbe}), its story index not
 * built yet (as a library from before schema 5 is), so the first article's other versions start a whole-library build
 * in the background lane while recognition runs beside it. Records the time to the first article, to searches and to
 * articles opened meanwhile, and fails on an OutOfMemoryError. Articles are real news text recombined: each story
 * takes an ECB+ report (or one of the sample pair) and its versions keep most of its sentences, in order, with a few
 * sentences of other reports mixed in, under other outlets and dates.
 * <pre>mvn -B -o -Pbench test -Dtest=LargeLibraryBenchmark -Dbench.large.articles=20000 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Properties: {@code bench.large.articles}, {@code bench.large.wait} (seconds to wait for the story index after the
 * reads, 1800), {@code bench.dir} (target/bench; the generated library is kept there and reused).
 */
@Tag("benchmark")
class LargeLibraryBenchmark {
    static final String[] OUTLETS = {"Dawn", "The News", "Reuters", "Associated Press", "BBC News", "Al Jazeera",
            "The Guardian", "Deutsche Welle"};

    @Test
    void opensInATwoGigabyteHeapAndAnswersReadsWhileTheBackgroundLaneWorks() throws Exception {
        int n = Integer.getInteger("bench.large.articles", 100_000);
        int wait = Integer.getInteger("bench.large.wait", 1800);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        Path pristine = dir.resolve("large-" + n + ".db");
        if (!Files.exists(pristine)) {
            long g0 = System.nanoTime();
            generate(pristine, n);
            System.out.printf(Locale.ROOT, "Generated %,d articles in %.1f s (%,d MB)%n", n, (System.nanoTime() - g0) / 1e9,
                    Files.size(pristine) >> 20);
        }
        Path lib = dir.resolve("large-" + n + "-run.db");
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(lib + suffix));
        Files.copy(pristine, lib, StandardCopyOption.REPLACE_EXISTING);

        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), LargeLibraryProbe.class.getName(), lib.toString(), String.valueOf(wait)));
        Path log = dir.resolve("large-" + n + "-probe.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(wait + 600L, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the probe did not end; its log: " + log);
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("RESULT ")) {
                String[] kv = line.substring(7).split(" ", 2);
                results.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        System.out.printf(Locale.ROOT, "LargeLibraryBenchmark: %,d articles, -Xmx2g, %d cores, load %.1f%n", n,
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.forEach((k, v) -> System.out.println("  " + k + " = " + v));
        assertEquals(0, p.exitValue(), "the probe's exit; its log: " + log);
        assertFalse(Boolean.parseBoolean(results.get("out_of_memory")), "OutOfMemoryError; log: " + log);
    }

    /** Writes {@code n} articles in transactions of 2,000, as the importer stores them (blocks and search rows). */
    static void generate(Path file, int n) throws IOException {
        List<List<String>> reports = new ArrayList<>();
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) reports.add(sentences(d.article().text()));
        for (String s : List.of("story1-outlet-a.txt", "story1-outlet-b.txt")) reports.add(sentences(Files.readString(SharedData.sample(s))));
        reports.removeIf(r -> r.size() < 3);
        Random random = new Random(14);
        Path tmp = Path.of(file + ".part");
        Files.deleteIfExists(tmp);
        try (Database db = Database.open(tmp)) {
            ArticleRepository repo = new ArticleRepository(db);
            for (int from = 0; from < n; from += 2000) {
                int start = from;
                db.write(c -> {
                    for (int i = start; i < Math.min(n, start + 2000); i++) {
                        repo.insert(c, article(i, reports, random), "generated-" + i, Instant.parse("2024-01-01T00:00:00Z"));
                    }
                    return null;
                });
            }
            // as a library from before schema 5: its story index is built on its first question
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE story_state SET built = 0");
                }
                return null;
            });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : Sentences.split(text)) {
            String t = text.substring(s.start(), s.end()).replace('\n', ' ').strip();
            if (t.length() > 20) out.add(t);
        }
        return out;
    }

    /** Article {@code i}: a version of story {@code i / 3}, whose report is picked by the story's number. */
    private static ArticleDraft article(int i, List<List<String>> reports, Random random) {
        int story = i / 3;
        List<String> base = reports.get(Math.floorMod(story * 7919, reports.size()));
        List<String> body = new ArrayList<>();
        for (String s : base) {
            if (random.nextInt(10) < 8) body.add(s);
            if (random.nextInt(6) == 0) {
                List<String> other = reports.get(random.nextInt(reports.size()));
                body.add(other.get(random.nextInt(other.size())));
            }
        }
        if (body.isEmpty()) body.add(base.get(0));
        String title = body.get(0).length() > 90 ? body.get(0).substring(0, body.get(0).lastIndexOf(' ', 90)) : body.get(0);
        TextAssembler text = new TextAssembler().add(BlockType.TITLE, title);
        StringBuilder p = new StringBuilder();
        for (int k = 1; k < body.size(); k++) {
            if (p.length() > 0) p.append(' ');
            p.append(body.get(k));
            if (k % 4 == 0) {
                text.add(BlockType.PARAGRAPH, p.toString());
                p.setLength(0);
            }
        }
        if (p.length() > 0) text.add(BlockType.PARAGRAPH, p.toString());
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(Math.floorMod(story * 31, 3000) + random.nextInt(3));
        return text.build(new ArticleMeta(title, false, null, OUTLETS[i % OUTLETS.length], null, null, published,
                DateSource.FILE_HEADER, null, null, "plaintext", "en"));
    }
}
