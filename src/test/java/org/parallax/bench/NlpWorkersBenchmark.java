package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.LibraryLocation;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.LibraryAddress;
import org.parallax.store.NlpStateRepository;

/**
 * NLP throughput of {@code parallax nlp --worker} with one worker process and with two, each pinned to its own core
 * with {@code taskset -c 0} / {@code -c 1} (standing in for a machine each; unpinned, with a note, where util-linux's
 * taskset is missing), real CoreNLP pipeline, on the first {@code bench.articles} (default 150) ECB+ news articles, or
 * with {@code -Dbench.corpus=generated} on the first {@code bench.articles} generated articles ({@link ArticleGenerator},
 * seed {@code bench.seed}, 42: the articles of {@link TeamLibraryBenchmark} and {@link ImportSearchBenchmark}).
 * The rate is read from the library itself: articles stored between the first and the last stored article
 * ({@code nlp_state.processed_at}), so JVM start and model loading, the same for any number of workers, stay out; and
 * over the second half of the stored articles, which shows each worker's JIT warm-up (on a short run about half a
 * worker's CPU: see performance.md). That second half is one worker's articles n/2..n but each of two workers' n/4..n/2,
 * less warmed, so its ratio is no steady-state ratio.
 * The library is a fresh SQLite file, or the (empty) library at {@code -Dbench.library=ADDRESS}
 * (e.g. {@code postgresql://parallax@127.0.0.1:55430/bench}, password from ~/.pgpass). Both runs recognise the same
 * texts from the same start: a file library is copied fresh for each run; for a server library give two empty
 * databases, {@code -Dbench.library=ADDRESS1,ADDRESS2}, one per run, both filled the same way (with one address its
 * articles are put back in the queue between the runs, and the second run links against the first run's entities).
 * With {@code -Dbench.jfr=DIR} each worker records a JFR profile ({@code settings=profile}) into DIR.
 * <pre>mvn -B -o -Pbench test -Dtest=NlpWorkersBenchmark [-Dbench.articles=150] [-Dbench.corpus=ecb|generated]
 *     [-Dbench.library=ADDRESS[,ADDRESS2]] [-Dbench.jfr=DIR]</pre>
 */
@Tag("benchmark")
class NlpWorkersBenchmark {
    @TempDir
    Path dir;

    @Test
    void oneWorkerAgainstTwo() throws Exception {
        int n = Integer.getInteger("bench.articles", 150);
        // one address, or two (comma between): the second is the two workers' own library, filled the same way, so
        // both runs start from the same empty entity table and story index
        String[] addresses = System.getProperty("bench.library", dir.resolve("bench.db").toString()).split(",");
        String address = addresses[0].strip();
        String second = addresses.length > 1 ? addresses[1].strip() : null;
        boolean generated = "generated".equals(System.getProperty("bench.corpus", "ecb"));
        String described = fill(address, n, generated);
        if (second != null) fill(second, n, generated);
        long words;
        try (Database db = Database.open(LibraryLocation.resolveAddress(address))) {
            n = new ArticleRepository(db).count();
            words = db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT text FROM article"); ResultSet rs = s.executeQuery()) {
                    long w = 0;
                    while (rs.next()) w += rs.getString(1).split("\\s+").length;
                    return w;
                }
            });
        }
        String corpus = generated ? "generated (ArticleGenerator, seed " + Long.getLong("bench.seed", 42L) + ")" : "ECB+";
        boolean pinned = Files.isExecutable(Path.of("/usr/bin/taskset")) || Files.isExecutable(Path.of("/bin/taskset"));
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "NLP workers on %s, %d %s articles (%.0f words each on average), real CoreNLP "
                + "pipeline, %s; load average before %s%n", described, n, corpus, words / (double) n, pinned ? "each worker pinned to its own core (taskset)"
                : "NOT pinned: taskset (util-linux) is missing", Files.readString(Path.of("/proc/loadavg")).strip()));
        // a file library is copied fresh for each run; a server library is the second address given, or else put back
        // in the queue between the runs
        boolean file = LibraryLocation.resolveAddress(address) instanceof LibraryAddress.File;
        double[] one = run(file ? copy(address, "one") : address, 1, pinned, n, report);
        if (!file && second == null) requeue(LibraryLocation.resolveAddress(address));
        double[] two = run(file ? copy(address, "two") : second != null ? second : address, 2, pinned, n, report);
        report.append(String.format(Locale.ROOT, "two workers / one: %.2fx first to last stored, %.2fx over the second half "
                + "(target >= 1.7x); load average after %s%n", two[0] / one[0], two[1] / one[1],
                Files.readString(Path.of("/proc/loadavg")).strip()));
        System.out.println(report);
    }

    /** Fills the library at {@code address} with the benchmark's articles when it is empty; returns its description. */
    private static String fill(String address, int n, boolean generated) {
        try (Database db = Database.open(LibraryLocation.resolveAddress(address))) {
            ArticleRepository articles = new ArticleRepository(db);
            if (articles.count() == 0) {
                if (generated) {
                    // as ImportSearchBenchmark fills its library: articles 1..n of the seeded generator
                    ArticleGenerator gen = new ArticleGenerator(Long.getLong("bench.seed", 42L), 30_000);
                    for (int i = 1; i <= n; i++) {
                        ArticleDraft d = gen.article(i);
                        articles.insert(d, ImportService.contentHash(d.text()), Instant.EPOCH);
                    }
                } else {
                    int i = 0;
                    for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
                        if (i++ == n) break;
                        Article a = d.article();
                        articles.insert(new ArticleDraft(a.meta(), a.text(), a.blocks()), "ecb-" + d.name(), Instant.EPOCH);
                    }
                }
            }
            return db.describe();
        }
    }

    /**
     * Runs {@code workers} worker processes to the end; returns articles per second between the first and the last
     * stored article, and over the second half of them.
     */
    private double[] run(String address, int workers, boolean pinned, int n, StringBuilder report)
            throws IOException, InterruptedException {
        LibraryAddress library = LibraryLocation.resolveAddress(address);
        List<Process> ps = new ArrayList<>();
        long ticks0 = childTicks();
        long t0 = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            List<String> cmd = new ArrayList<>();
            if (pinned) cmd.addAll(List.of("taskset", "-c", Integer.toString(i)));
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
            String jfr = System.getProperty("bench.jfr");
            if (jfr != null) {
                Files.createDirectories(Path.of(jfr));
                cmd.add("-XX:FlightRecorderOptions=stackdepth=2048");
                cmd.add("-XX:StartFlightRecording=settings=profile,filename="
                        + Path.of(jfr, "worker-" + workers + "-" + i + ".jfr").toAbsolutePath());
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.parallax.Parallax", "--library", address, "nlp",
                    "--worker", "--threads", "1", "--idle-exit", "3", "--json"));
            Path log = dir.resolve("worker-" + workers + "-" + i + ".log");
            ps.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (Process p : ps) {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("worker failed");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (childTicks() - ticks0) / 100.0;
        try (Database db = Database.open(library)) {
            List<Long> stored = db.read(c -> {
                List<Long> at = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT processed_at FROM nlp_state WHERE status = 'DONE' "
                        + "ORDER BY processed_at"); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) at.add(Instant.parse(rs.getString(1)).toEpochMilli());
                }
                return at;
            });
            if (stored.size() != n) throw new IllegalStateException(stored.size() + " of " + n + " articles recognised");
            double span = (stored.get(n - 1) - stored.get(0)) / 1000.0;
            double rate = (n - 1) / span;
            // the second half: most of a worker's JIT warm-up falls in the first (one worker's second half is its
            // articles n/2..n, each of two workers' n/4..n/2)
            int half = n / 2;
            double late = (n - 1 - half) / ((stored.get(n - 1) - stored.get(half)) / 1000.0);
            report.append(String.format(Locale.ROOT, "  %d worker%s: %.2f articles/s between first and last stored "
                    + "(%.1f s), %.2f articles/s over the second half; %.1f s wall with JVM start, model load and 3 s idle "
                    + "exit; %.1f CPU-s in all (%.0f ms per article with start and model load)%n", workers,
                    workers == 1 ? "" : "s", rate, span, late, wall, cpu, cpu * 1000 / n));
            return new double[] {rate, late};
        }
    }

    /** cutime + cstime of this process (its reaped children's CPU: taskset execs java in place), in 1/100 s. */
    private static long childTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]);
    }

    /** A copy of the imported (closed, checkpointed) library file for one run. */
    private String copy(String template, String name) throws IOException {
        Path to = dir.resolve(name + ".db");
        Files.copy(Path.of(template), to);
        return to.toString();
    }

    private static void requeue(LibraryAddress library) {
        try (Database db = Database.open(library)) {
            new NlpStateRepository(db).requeueAll();
        }
    }
}
