package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.SearchPage;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.LibraryAddress;
import org.parallax.testsupport.PostgresTestServer;

/**
 * Issue 19's benchmark: a file library and a server library filled with the SAME {@code bench.team.articles}
 * generated articles (100,000 by default; {@link ArticleGenerator}, as {@link ImportSearchBenchmark}) in one run,
 * then the import rate of each and the search latency of {@link ImportSearchBenchmark#queries}'s query mix, end to
 * end through {@link ArticleRepository#searchPage} (what the window waits for). Needs {@code PARALLAX_TEST_POSTGRES}.
 * <pre>mvn -B -o -Pbench test -Dtest=TeamLibraryBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Import: as ImportService stores a parsed article ({@link ArticleRepository#storeUnlessPresent}: duplicate check and
 * insert in one transaction per article, up to eight waiting for the writer). On the server, the first
 * {@code bench.team.serial} articles (all by default) go that way; the rest in transactions of 1,000 (a bulk path,
 * reported apart). Properties: {@code bench.team.articles}, {@code bench.team.serial}, {@code bench.team.reuse}
 * (true: search the libraries an earlier run left: {@code bench.dir}/team-N.db and server database bench_team_N),
 * {@code bench.seed} (42), {@code bench.rounds} (3), {@code bench.dir} (target/bench).
 */
@Tag("benchmark")
class TeamLibraryBenchmark {
    private static final int LIMIT = 20;
    private static final int WRITE_AHEAD = 8;

    @Test
    void bothEnginesImportAndSearchTheSameArticles() throws Exception {
        int n = Integer.getInteger("bench.team.articles", 100_000);
        int serial = Math.min(n, Integer.getInteger("bench.team.serial", n));
        long seed = Long.getLong("bench.seed", 42L);
        int rounds = Integer.getInteger("bench.rounds", 3);
        boolean reuse = Boolean.getBoolean("bench.team.reuse");
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        Path file = dir.resolve("team-" + n + ".db");
        String server = serverLibrary("bench_team_" + n, reuse);

        System.out.printf(Locale.ROOT, "TeamLibraryBenchmark: %,d articles, seed %d, %d cores, load %.1f, java %s%n  file %s%n  server %s%n",
                n, seed, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), file, server);
        Map<String, String> table = new LinkedHashMap<>();
        try (Database fileDb = openFile(file, reuse); Database serverDb = Database.open(LibraryAddress.parse(server))) {
            ArticleRepository fileRepo = new ArticleRepository(fileDb);
            ArticleRepository serverRepo = new ArticleRepository(serverDb);
            if (reuse && fileRepo.count() == n && serverRepo.count() == n) {
                System.out.println("  reusing both libraries");
            } else {
                assertEquals(0, fileRepo.count() + serverRepo.count(), "both libraries start empty");
                fill(new ArticleGenerator(seed, 30_000), n, serial, fileRepo, serverRepo, serverDb, table);
                try (Connection c = PostgresTestServer.connect(server); Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE"); // what autovacuum does after a large import, now rather than when it gets to it
                }
            }
            Map<String, List<String>> queries = ImportSearchBenchmark.queries(new ArticleGenerator(seed, 30_000), new Random(seed + 1));
            double[] f = searches("file", fileRepo, queries, rounds);
            double[] s = searches("server", serverRepo, queries, rounds);
            table.put("search p50 / p95 / max, end to end (ms)", String.format(Locale.ROOT, "%.1f / %.1f / %.1f | %.1f / %.1f / %.1f",
                    f[0], f[1], f[2], s[0], s[1], s[2]));
            int differ = 0;
            List<String> examples = new ArrayList<>();
            for (List<String> qs : queries.values()) {
                for (String q : qs) {
                    int a = fileRepo.searchPage(q, LIMIT).matches();
                    int b = serverRepo.searchPage(q, LIMIT).matches();
                    if (a != b) {
                        differ++;
                        if (examples.size() < 5) examples.add(q + " (" + a + " vs " + b + ")");
                    }
                }
            }
            table.put("queries whose match count differs", differ + " of " + queries.values().stream().mapToInt(List::size).sum()
                    + (examples.isEmpty() ? "" : ", e.g. " + examples));
        }
        System.out.printf(Locale.ROOT, "%n| %,d articles | file library (SQLite) | server library (PostgreSQL) |%n|---|---|---|%n", n);
        table.forEach((k, v) -> System.out.println("| " + k + " | " + v.replace(" | ", " | ") + " |"));
        assertTrue(Files.size(file) > 0);
    }

    /** The benchmark's database on the test server: made anew (dropped first), or kept when reusing. */
    private static String serverLibrary(String name, boolean reuse) throws Exception {
        String base = PostgresTestServer.serverUrl();
        try (Connection c = PostgresTestServer.connect(base); Statement s = c.createStatement()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (exists && !reuse) s.execute("DROP DATABASE " + name);
            if (!exists || !reuse) s.execute("CREATE DATABASE " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private static Database openFile(Path file, boolean reuse) throws Exception {
        if (!reuse) for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(file + suffix));
        return Database.open(file);
    }

    /** The same articles into both libraries, timing only the store (articles are generated ahead, 500 at a time). */
    private static void fill(ArticleGenerator gen, int n, int serial, ArticleRepository file, ArticleRepository server,
                             Database serverDb, Map<String, String> table) throws Exception {
        long[] fileNanos = {0};
        long[] serverNanos = {0};
        long bulkNanos = 0;
        int batch = 500;
        for (int i = 1; i <= n; ) {
            List<ArticleDraft> drafts = new ArrayList<>(batch);
            for (int k = 0; k < batch && i + k <= n; k++) drafts.add(gen.article(i + k));
            fileNanos[0] += store(file, drafts);
            int serialHere = Math.max(0, Math.min(drafts.size(), serial - (i - 1)));
            serverNanos[0] += store(server, drafts.subList(0, serialHere));
            if (serialHere < drafts.size()) bulkNanos += bulk(serverDb, server, drafts.subList(serialHere, drafts.size()));
            i += drafts.size();
            if ((i - 1) % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  stored %,7d: file %,.0f/s, server %,.0f/s so far%n", i - 1,
                        (i - 1) / (fileNanos[0] / 1e9), Math.min(i - 1, serial) / (serverNanos[0] / 1e9));
            }
        }
        table.put("import, one transaction per article (articles/s)", String.format(Locale.ROOT, "%,.0f (%,d articles) | %,.0f (%,d articles)",
                n / (fileNanos[0] / 1e9), n, serial / (serverNanos[0] / 1e9), serial));
        if (serial < n) {
            table.put("bulk store, 1,000 articles per transaction (articles/s)", String.format(Locale.ROOT, "| %,.0f (%,d articles)",
                    (n - serial) / (bulkNanos / 1e9), n - serial));
        }
    }

    /** As ImportService hands parsed articles to the writer: one transaction each, up to eight waiting. */
    private static long store(ArticleRepository repo, List<ArticleDraft> drafts) throws Exception {
        long t0 = System.nanoTime();
        ArrayDeque<Future<ArticleRepository.Stored>> writing = new ArrayDeque<>();
        for (ArticleDraft d : drafts) {
            writing.add(repo.storeUnlessPresent(d, ImportService.contentHash(d.text()), Instant.now()));
            while (writing.size() > WRITE_AHEAD) assertTrue(writing.poll().get().isNew());
        }
        while (!writing.isEmpty()) assertTrue(writing.poll().get().isNew());
        return System.nanoTime() - t0;
    }

    private static long bulk(Database db, ArticleRepository repo, List<ArticleDraft> drafts) {
        long t0 = System.nanoTime();
        for (int from = 0; from < drafts.size(); from += 1000) {
            List<ArticleDraft> part = drafts.subList(from, Math.min(drafts.size(), from + 1000));
            db.write(c -> {
                for (ArticleDraft d : part) repo.insert(c, d, ImportService.contentHash(d.text()), Instant.now());
                return null;
            });
        }
        return System.nanoTime() - t0;
    }

    /** p50, p95 and max (ms) of every query, {@code rounds} times after two warm-up rounds; prints each kind. */
    private static double[] searches(String engine, ArticleRepository repo, Map<String, List<String>> queries, int rounds) {
        for (int w = 0; w < 2; w++) queries.values().forEach(qs -> qs.forEach(q -> repo.searchPage(q, LIMIT)));
        List<Double> all = new ArrayList<>();
        Map<String, Double> worst = new java.util.HashMap<>(); // each query's slowest timing, to name what sets the p95
        for (Map.Entry<String, List<String>> e : queries.entrySet()) {
            List<Double> ms = new ArrayList<>();
            String slowest = "";
            double max = -1;
            for (int r = 0; r < rounds; r++) {
                for (String q : e.getValue()) {
                    long t0 = System.nanoTime();
                    SearchPage page = repo.searchPage(q, LIMIT);
                    double t = (System.nanoTime() - t0) / 1e6;
                    ms.add(t);
                    worst.merge(q, t, Math::max);
                    if (t > max) {
                        max = t;
                        slowest = q + " (" + page.matches() + " matches)";
                    }
                }
            }
            all.addAll(ms);
            System.out.printf(Locale.ROOT, "  %-6s %-16s %3d queries  p50 %6.2f p95 %6.2f max %6.2f ms  slowest: %s%n", engine, e.getKey(),
                    e.getValue().size(), ImportSearchBenchmark.pct(ms, 50), ImportSearchBenchmark.pct(ms, 95), max, slowest);
        }
        double[] out = {ImportSearchBenchmark.pct(all, 50), ImportSearchBenchmark.pct(all, 95), ImportSearchBenchmark.pct(all, 100)};
        StringBuilder top = new StringBuilder();
        worst.entrySet().stream().filter(w -> w.getValue() >= out[1]).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(w -> top.append(String.format(Locale.ROOT, " %s %.0f;", w.getKey(), w.getValue())));
        System.out.printf(Locale.ROOT, "  %-6s at or above the p95 (slowest timing of each query, ms):%s%n", engine, top);
        System.out.printf(Locale.ROOT, "  %-6s overall: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d timings)%n", engine, out[0], out[1], out[2],
                all.size());
        return out;
    }
}
