package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Compares the cost of storing articles under a few settings (WAL checkpoint interval, FTS5 automerge, no FTS row,
 * one transaction for all), each on a fresh library; used to choose Database's pragmas. Run with
 * {@code mvn -B -o -Pbench -DskipTests test-compile exec:java -Dbench.main=org.parallax.bench.InsertVariants
 * -Dvariants=default,ckpt10000,automerge8,nofts,inline -Dbench.articles=3000}.
 */
public final class InsertVariants {
    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.articles", 3000);
        ArticleGenerator gen = new ArticleGenerator(7, 30_000);
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) drafts.add(gen.article(i));
        String[] variants = System.getProperty("variants", "default,ckpt10000,automerge8,default,ckpt10000,automerge8").split(",");
        for (String v : variants) {
            Path lib = Files.createTempDirectory("iv").resolve("x.db");
            try (Database db = Database.open(lib)) {
                ArticleRepository repo = new ArticleRepository(db);
                db.write(c -> {
                    try (Statement s = c.createStatement()) {
                        if (v.equals("ckpt10000")) s.execute("PRAGMA wal_autocheckpoint = 10000");
                        if (v.equals("automerge8")) s.execute("INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 8)");
                        if (v.equals("automerge2")) s.execute("INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 2)");
                        if (v.equals("am16")) s.execute("INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 16)");
                        if (v.equals("pgsz")) s.execute("INSERT INTO article_fts(article_fts, rank) VALUES('pgsz', 4000)");
                        if (v.equals("nofts")) s.execute("CREATE TEMP TRIGGER x AFTER INSERT ON article BEGIN SELECT 1; END");
                    }
                    return null;
                });
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                if (v.equals("inline")) {
                    db.write(c -> {
                        for (ArticleDraft d : drafts) {
                            repo.insert(c, d, ImportService.contentHash(d.text()), Instant.now());
                        }
                        return null;
                    });
                } else {
                    for (ArticleDraft d : drafts) {
                        String h = ImportService.contentHash(d.text());
                        repo.findByHash(h);
                        if (v.equals("nofts")) {
                            db.write(c -> {
                                try (var ps = c.prepareStatement("INSERT INTO article (content_hash, title, imported_at, text) VALUES (?,?,?,?)")) {
                                    ps.setString(1, h);
                                    ps.setString(2, d.meta().title());
                                    ps.setString(3, "x");
                                    ps.setString(4, d.text());
                                    ps.executeUpdate();
                                }
                                return null;
                            });
                        } else {
                            repo.insert(d, h, Instant.now());
                        }
                    }
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                double c = (cpu() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "%-12s %6.3f ms cpu/article  %6.0f art/cpu-s  wall %6.0f art/s  size %.1f MB%n",
                        v, c * 1000 / n, n / c, n / wall, Files.size(lib) / 1048576.0);
            }
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
