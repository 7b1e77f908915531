package org.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.Importers;
import org.parallax.ingest.PlainTextImporter;
import org.parallax.ingest.SourceFile;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Measures the storage path of import and the full-text search at scale; not a unit test. It fills a fresh
 * library with {@code bench.articles} generated articles (one transaction each, as ImportService stores them),
 * then times about 200 realistic queries after a warm-up, and prints throughput, latency percentiles and file size.
 * <pre>mvn -B -o -Pbench -DskipTests test-compile exec:java -Dbench.articles=10000</pre>
 * Properties: {@code bench.articles} (10000), {@code bench.dir} (target/bench), {@code bench.seed} (42),
 * {@code bench.reuse} (false; true re-times the searches on the library an earlier run left),
 * {@code bench.each} (false; true prints the CPU time of every query),
 * {@code bench.rounds} timed rounds over the queries (3), {@code bench.files} articles imported through
 * ImportService from .txt files when the text importer is present (1000; 0 to skip).
 */
public final class ImportSearchBenchmark {
    private static final int LIMIT = 20;

    private ImportSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.articles", 10_000);
        long seed = Long.getLong("bench.seed", 42L);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int files = Integer.getInteger("bench.files", 1000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        Path lib = dir.resolve("bench-" + n + ".db");
        // bench.reuse=true times the searches again on the library a previous run left (after a store change)
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isRegularFile(lib);
        if (!reuse) deleteLibrary(lib);

        System.out.printf(Locale.ROOT, "Parallax import/search benchmark: %,d articles, seed %d, %s, %d cores, load %.1f, java %s%n",
                n, seed, lib, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        ArticleGenerator gen = new ArticleGenerator(seed, 30_000);
        try (Database db = Database.open(lib)) {
            ArticleRepository repo = new ArticleRepository(db);
            if (reuse && repo.count() == n) {
                System.out.printf(Locale.ROOT, "reusing %s with %,d articles%n", lib.getFileName(), n);
            } else {
                fill(gen, repo, n);
            }
            // a generator of its own, so the queries are the same whether the library was filled now or reused
            searches(new ArticleGenerator(seed, 30_000), repo, seed, rounds);
        }
        System.out.printf(Locale.ROOT, "library file: %.1f MB (%s, after close)%n", Files.size(lib) / 1048576.0, lib.getFileName());
        if (files > 0) importFiles(gen, dir, files);
    }

    /**
     * Inserts n articles as ImportService does (hash, duplicate check, one transaction each) and times only that:
     * articles are generated ahead in batches. Wall time suffers when the machine is busy; process CPU time during
     * the store phase shows the cost that does not depend on other load.
     */
    private static void fill(ArticleGenerator gen, ArticleRepository repo, int n) {
        long storeNanos = 0;
        long storeCpu = 0;
        long windowNanos = 0;
        long words = 0;
        long chars = 0;
        int window = Math.max(1000, n / 10);
        int batch = 500;
        long wallStart = System.nanoTime();
        for (int i = 1; i <= n; ) {
            List<ArticleDraft> drafts = new ArrayList<>(batch);
            for (int k = 0; k < batch && i + k <= n; k++) drafts.add(gen.article(i + k));
            long cpu0 = processCpu();
            for (ArticleDraft d : drafts) {
                chars += d.text().length();
                long t0 = System.nanoTime();
                String hash = ImportService.contentHash(d.text());
                if (repo.findByHash(hash).isPresent()) throw new IllegalStateException("duplicate article " + i);
                repo.insert(d, hash, Instant.now());
                long dt = System.nanoTime() - t0;
                storeNanos += dt;
                windowNanos += dt;
                if (i % window == 0) {
                    System.out.printf(Locale.ROOT, "  stored %,7d: %,6.0f articles/s over the last %,d%n", i, window / (windowNanos / 1e9), window);
                    windowNanos = 0;
                }
                i++;
            }
            storeCpu += processCpu() - cpu0;
            for (ArticleDraft d : drafts) words += d.text().split("\\s+").length;
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf(Locale.ROOT, "import (storage path, one transaction per article): %,d articles in %.1f s = %,.0f articles/s; "
                        + "%.2f ms CPU per article = %,.0f articles per CPU-second (%.1f s wall with generation)%n"
                        + "  avg %.0f words, %.1f KB text per article%n",
                n, storeNanos / 1e9, n / (storeNanos / 1e9), storeCpu / 1e6 / n, n / (storeCpu / 1e9), wall,
                words / (double) n, chars / 1024.0 / n);
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void searches(ArticleGenerator gen, ArticleRepository repo, long seed, int rounds) {
        Map<String, List<String>> queries = queries(gen, new Random(seed + 1));
        int total = queries.values().stream().mapToInt(List::size).sum();
        // warm-up: every query twice, so the page cache and the JIT are both warm
        for (int w = 0; w < 2; w++) queries.values().forEach(qs -> qs.forEach(q -> repo.search(q, LIMIT)));
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long hitsTotal = 0;
        System.out.printf(Locale.ROOT, "search: %d queries x %d rounds, limit %d, after warm-up (wall ms; cpu ms of the querying thread)%n",
                total, rounds, LIMIT);
        for (Map.Entry<String, List<String>> e : queries.entrySet()) {
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : e.getValue()) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    hits += repo.search(q, LIMIT).size();
                    ms.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                    if (Boolean.getBoolean("bench.each")) {
                        System.out.printf(Locale.ROOT, "    %8.2f ms cpu  %s%n", cpu.get(cpu.size() - 1), q);
                    }
                }
            }
            hitsTotal += hits;
            all.addAll(ms);
            allCpu.addAll(cpu);
            System.out.printf(Locale.ROOT, "  %-16s %3d queries  wall p50 %6.2f p95 %6.2f max %6.2f | cpu p50 %6.2f p95 %6.2f | hits %4.1f  e.g. %s%n",
                    e.getKey(), e.getValue().size(), pct(ms, 50), pct(ms, 95), pct(ms, 100), pct(cpu, 50), pct(cpu, 95),
                    hits / (double) ms.size(), e.getValue().get(0));
        }
        System.out.printf(Locale.ROOT, "search overall: wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms | cpu p50 %.2f ms, p95 %.2f ms "
                        + "(%d timings, avg hits %.1f)%n",
                pct(all, 50), pct(all, 95), pct(all, 99), pct(all, 100), pct(allCpu, 50), pct(allCpu, 95), all.size(),
                hitsTotal / (double) all.size());
    }

    /** About 200 queries a reader might type, by kind. */
    static Map<String, List<String>> queries(ArticleGenerator gen, Random r) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("word, frequent", words(gen, r, 20, 60, 400));
        q.put("word, medium", words(gen, r, 30, 400, 4000));
        q.put("word, rare", words(gen, r, 30, 4000, gen.vocabularySize()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) names.add(gen.lastName());
        for (int i = 0; i < 8; i++) names.add(gen.anyLastName());
        for (int i = 0; i < 7; i++) names.add(gen.place());
        for (int i = 0; i < 7; i++) names.add(gen.anyPlace());
        q.put("name or place", names);
        List<String> and = new ArrayList<>();
        for (int i = 0; i < 25; i++) and.add(gen.word(rank(r, 60, 4000)) + " " + gen.word(rank(r, 60, 4000)));
        for (int i = 0; i < 15; i++) and.add(gen.lastName() + " " + gen.word(rank(r, 100, 2000)));
        q.put("two words (AND)", and);
        List<String> phrases = new ArrayList<>();
        while (phrases.size() < 40) {
            String[] w = gen.sentence().replaceAll("[.,]", "").split(" ");
            int at = r.nextInt(w.length - 1);
            phrases.add("\"" + w[at] + " " + w[at + 1] + "\"");
        }
        q.put("phrase", phrases);
        List<String> prefixes = new ArrayList<>();
        for (String w : words(gen, r, 15, 200, 6000)) prefixes.add(w.substring(0, Math.min(4, w.length())) + "*");
        q.put("prefix", prefixes);
        List<String> orq = new ArrayList<>();
        for (int i = 0; i < 10; i++) orq.add(gen.word(rank(r, 400, 8000)) + " OR " + gen.word(rank(r, 400, 8000)));
        q.put("two words (OR)", orq);
        return q;
    }

    private static List<String> words(ArticleGenerator gen, Random r, int count, int fromRank, int toRank) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(gen.word(rank(r, fromRank, toRank)));
        return out;
    }

    private static int rank(Random r, int from, int to) {
        return from + r.nextInt(to - from);
    }

    static double pct(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    /** The whole import path on generated .txt files, when the plain-text importer is present (after the merge). */
    private static void importFiles(ArticleGenerator gen, Path dir, int count) throws IOException {
        Path in = dir.resolve("txt");
        deleteTree(in);
        Files.createDirectories(in);
        for (int i = 0; i < count; i++) {
            ArticleDraft d = gen.article(1_000_000 + i);
            Files.writeString(in.resolve(String.format("article-%05d.txt", i)),
                    "date " + d.meta().published() + "\noutlet " + d.meta().outlet() + "\n\n" + d.text() + "\n");
        }
        Path first = in.resolve("article-00000.txt");
        if (!new PlainTextImporter().accepts(new SourceFile(first, Files.readAllBytes(first)))) {
            System.out.println("import through ImportService on .txt files: skipped (the plain-text importer is not present)");
            return;
        }
        Path lib = dir.resolve("bench-files.db");
        deleteLibrary(lib);
        try (Database db = Database.open(lib)) {
            ImportService service = new ImportService(new ArticleRepository(db), Importers.defaults(),
                    ImportService.DEFAULT_MAX_BYTES, Clock.systemUTC());
            long t0 = System.nanoTime();
            ImportReport report = service.importPaths(List.of(in), Progress.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "import through ImportService on %,d .txt files: %.1f s = %,.0f files/s (%s)%n",
                    count, s, count / s, report.summary());
        }
    }

    private static void deleteLibrary(Path lib) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(lib.resolveSibling(lib.getFileName() + suffix));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(f);
        }
    }
}
