package org.parallax.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.LibraryLocation;
import org.parallax.bench.ArticleGenerator;
import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;

/**
 * The NLP queue's reads at library scale, before and after V017 on one library: a worker's claim read (32 candidates,
 * as a claim of 16) and the whole pending list ({@code pendingSizes}), each by the scan of every article the queue
 * used until schema 16 ({@link NlpClaims#scanCandidates}, {@link NlpStateRepository#scanPendingSizes}) and from the
 * {@code nlp_queue} indexes, with every article pending (just imported) and with 90% recognised. Prints wall p50 / p95
 * of 25 reads each and the query plans. The library holds {@code bench.articles} (default 100,000) generated articles
 * ({@link ArticleGenerator}, seed 42, as the other library benchmarks), a fresh file, or the empty server database at
 * {@code -Dbench.library=postgresql://...}.
 * <pre>mvn -B -o -Pbench test -Dtest=NlpQueueBenchmark [-Dbench.articles=100000] [-Dbench.library=ADDRESS]</pre>
 */
@Tag("benchmark")
class NlpQueueBenchmark {
    private static final int READS = 25;
    private static final long LONG_OVER = 20_000;
    @TempDir
    Path dir;

    @Test
    void claimAndPendingReads() {
        int n = Integer.getInteger("bench.articles", 100_000);
        String address = System.getProperty("bench.library", dir.resolve("bench.db").toString());
        try (Database db = Database.open(LibraryLocation.resolveAddress(address))) {
            ArticleRepository articles = new ArticleRepository(db);
            long start = System.nanoTime();
            if (articles.count() == 0) {
                ArticleGenerator gen = new ArticleGenerator(42L, 30_000);
                for (int from = 1; from <= n; from += 500) {
                    int first = from;
                    db.write(c -> {
                        for (int i = first; i < first + 500 && i <= n; i++) {
                            ArticleDraft d = gen.article(i);
                            articles.insert(c, d, ImportService.contentHash(d.text()), Instant.EPOCH);
                        }
                        return null;
                    });
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d articles (%.0f s to fill)%n", db.describe(), articles.count(),
                    (System.nanoTime() - start) / 1e9);
            if (db.engine() == Database.Engine.POSTGRESQL) analyze(db);
            NlpStateRepository states = new NlpStateRepository(db);
            NlpClaims claims = new NlpClaims(db);
            Instant now = Instant.now();
            NlpStateRepository.queueReady(db, "v1");
            measure(db, "all pending", states, claims, now);
            // 90% recognised at v1, as a library whose import the workers have mostly caught up with
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO nlp_state (article_id, pipeline_version, text_hash, doc_date, status) "
                            + "SELECT id, 'v1', 'h', published, 'DONE' FROM article WHERE id % 10 <> 0");
                }
                return null;
            });
            if (db.engine() == Database.Engine.POSTGRESQL) analyze(db);
            measure(db, "90% recognised", states, claims, now);
            plans(db, now);
        }
    }

    private static void analyze(Database db) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    private static void measure(Database db, String what, NlpStateRepository states, NlpClaims claims, Instant now) {
        long ms = now.toEpochMilli();
        Assertions.assertEquals(claims.scanCandidates("w", 32, "v1", ms, LONG_OVER), claims.candidates("w", 32, ms, LONG_OVER));
        int pending = states.pendingSizes("v1", now).size();
        System.out.printf(Locale.ROOT, "%s, %s (%d pending):%n", db.engine(), what, pending);
        report("  claim read, scan   ", () -> claims.scanCandidates("w", 32, "v1", ms, LONG_OVER));
        report("  claim read, queue  ", () -> {
            NlpStateRepository.queueReady(db, "v1");
            return claims.candidates("w", 32, ms, LONG_OVER);
        });
        report("  pendingSizes, scan ", () -> states.scanPendingSizes("v1", now));
        report("  pendingSizes, queue", () -> states.pendingSizes("v1", now));
    }

    private static void report(String label, Supplier<Object> read) {
        for (int i = 0; i < 3; i++) read.get(); // warm the statement cache and the pages
        double[] t = new double[READS];
        for (int i = 0; i < READS; i++) {
            long s = System.nanoTime();
            read.get();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%s p50 %8.2f ms  p95 %8.2f ms%n", label, t[READS / 2], t[(int) Math.ceil(READS * 0.95) - 1]);
    }

    private static void plans(Database db, Instant now) {
        boolean server = db.engine() == Database.Engine.POSTGRESQL;
        String explain = server ? "EXPLAIN (ANALYZE, COSTS OFF) " : "EXPLAIN QUERY PLAN ";
        for (boolean scan : new boolean[] {true, false}) {
            List<String> lines = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(explain + (scan ? NlpClaims.SCAN : NlpClaims.CANDIDATES))) {
                    if (scan) NlpClaims.bindScan(ps, "w", 32, "v1", now.toEpochMilli(), LONG_OVER);
                    else NlpClaims.bindCandidates(ps, "w", 32, now.toEpochMilli(), LONG_OVER);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(server ? rs.getString(1) : rs.getString(4));
                    }
                }
                return out;
            });
            System.out.println("plan, claim read by " + (scan ? "scan" : "queue") + ":");
            lines.forEach(l -> System.out.println("  " + l));
        }
    }
}
