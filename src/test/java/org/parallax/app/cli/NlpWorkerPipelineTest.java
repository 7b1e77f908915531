package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.NlpStatus;
import org.parallax.store.Database;
import org.parallax.store.MentionRepository;
import org.parallax.store.NlpClaims;
import org.parallax.store.NlpStateRepository;

/**
 * Two {@code parallax nlp --worker} processes with the real CoreNLP pipeline (the application's own entry point, the
 * recogniser found as in production) on a few real news articles (ECB+): every article ends recognised, with mentions,
 * once between them, and no lease is left behind.
 */
class NlpWorkerPipelineTest {
    private static final int ARTICLES = 8;
    @TempDir
    Path dir;

    @Test
    void twoRealWorkersShareTheLibrary() throws Exception {
        Path library = dir.resolve("library.db");
        List<Long> ids = new ArrayList<>();
        try (AppContext ctx = AppContext.open(library)) {
            // the first article of each of the first topics: different stories, ordinary news length
            int topic = -1;
            for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
                if (d.topic() == topic) continue;
                topic = d.topic();
                Article a = d.article();
                ids.add(ctx.articles().insert(new ArticleDraft(a.meta(), a.text(), a.blocks()), "ecb-" + d.name(), Instant.EPOCH));
                if (ids.size() == ARTICLES) break;
            }
        }
        List<Process> workers = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("worker" + i + ".out");
            outs.add(out);
            workers.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1200m",
                    "-cp", System.getProperty("java.class.path"), "org.parallax.Parallax", "--library", library.toString(),
                    "nlp", "--worker", "--threads", "1", "--idle-exit", "5", "--json")
                    .redirectOutput(out.toFile()).redirectError(dir.resolve("worker" + i + ".err").toFile()).start());
        }
        int recognised = 0;
        for (int i = 0; i < 2; i++) {
            Process p = workers.get(i);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("worker " + i + " did not end: " + Files.readString(dir.resolve("worker" + i + ".err")));
            }
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("worker" + i + ".err")));
            JsonNode s = Json.mapper().readTree(Files.readString(outs.get(i)));
            assertEquals(0, s.get("failed").asInt(), s.toString());
            recognised += s.get("recognised").asInt();
        }
        assertEquals(ARTICLES, recognised, "each article recognised by exactly one of the two workers");
        try (Database db = Database.open(library)) {
            assertEquals(ARTICLES, new NlpStateRepository(db).counts().get(NlpStatus.DONE));
            assertEquals(0, new NlpClaims(db).all().size());
            MentionRepository mentions = new MentionRepository(db);
            for (long id : ids) assertFalse(mentions.forArticle(id).isEmpty(), "article " + id + " has its mentions");
        }
    }
}
