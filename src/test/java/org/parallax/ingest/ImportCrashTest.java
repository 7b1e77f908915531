package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.BlockType;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Kills a child JVM in the middle of an import and checks that the library it leaves is sound: integrity check ok,
 * and every stored article whole (all its blocks, its search row, its full text up to the generator's end marker).
 */
class ImportCrashTest {
    private static final int STORED_BEFORE_KILL = 25;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void killedImportLeavesOnlyWholeArticles() throws Exception {
        Path library = tmp.resolve("crash.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashImportMain.class.getName(), library.toString(), tmp.resolve("files").toString(), "100000");
        pb.redirectError(tmp.resolve("child-stderr.txt").toFile());
        Process child = pb.start();
        Map<Integer, Long> reported = new TreeMap<>();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100_000);
        Thread reader = new Thread(() -> {
            try (BufferedReader br = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = br.readLine()) != null; ) lines.offer(l);
            } catch (Exception ignored) {
                // the stream ends when the child is killed
            }
        }, "crash-child-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reported.size() < STORED_BEFORE_KILL) {
                String l = lines.poll(200, TimeUnit.MILLISECONDS);
                if (l != null && l.startsWith("stored ")) {
                    String[] p = l.split(" ");
                    reported.put(Integer.parseInt(p[1]), Long.parseLong(p[2]));
                }
                if (!child.isAlive() && lines.isEmpty()) {
                    fail("child ended early (exit " + child.exitValue() + "): " + Files.readString(tmp.resolve("child-stderr.txt")));
                }
                if (System.nanoTime() > deadline) fail("child stored only " + reported.size() + " articles in 30 s");
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(!child.isAlive(), "child is gone");

        try (Database db = Database.open(library)) {
            ArticleRepository repo = new ArticleRepository(db);
            String integrity = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("ok", integrity);
            int count = repo.count();
            assertTrue(count >= reported.size(), "every article reported stored survived: " + count + " < " + reported.size());
            assertTrue(count < 100_000, "the child was killed before it finished");
            for (long id : reported.values()) assertTrue(repo.get(id).isPresent(), "reported article " + id + " is gone");

            ImportService parser = new ImportService(repo);
            List<Long> ids = db.read(c -> {
                List<Long> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM article ORDER BY id")) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
                return out;
            });
            for (long id : ids) {
                Article a = repo.get(id).orElseThrow();
                int n = Integer.parseInt(a.title().split(" ")[3]);
                Path regenerated = tmp.resolve("check-" + n + ".txt");
                Files.writeString(regenerated, CrashImportMain.article(n), StandardCharsets.UTF_8);
                String expected = parser.parse(regenerated).text();
                assertEquals(expected.length(), a.text().length(), "text length of article " + n);
                assertTrue(a.text().endsWith(CrashImportMain.endMarker(n)), "article " + n + " ends with its marker");
                assertEquals(CrashImportMain.paragraphs(n) + 1, a.blocks(BlockType.PARAGRAPH).size(), "paragraph blocks of article " + n);
                assertEquals(a.text().length(), a.blocks().get(a.blocks().size() - 1).end(), "last block reaches the end");
                String body = db.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT body FROM article_fts WHERE rowid = ?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? rs.getString(1) : null;
                        }
                    }
                });
                assertTrue(body != null && body.endsWith(CrashImportMain.endMarker(n)), "search row of article " + n);
            }
            long orphans = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT (SELECT count(*) FROM block WHERE article_id NOT IN (SELECT id FROM article))"
                                + " + (SELECT count(*) FROM article_fts WHERE rowid NOT IN (SELECT id FROM article))")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, orphans, "no blocks or search rows without their article");
            assertEquals(1, repo.search("endmark" + ids.size() / 2, 5).size(), "a stored article is found by its marker");
        }
    }
}
