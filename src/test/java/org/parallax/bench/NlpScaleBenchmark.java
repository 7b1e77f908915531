package org.parallax.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.NlpService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Progress;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SharedRecognizers;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.SharedData;

/**
 * NLP at library scale (issue 14); not a unit test. {@code linkingAndStoringStayFlat}: linking and storing one article
 * (CoreNLP's output for the sample pair recorded once and replayed, so only the part after recognition is timed) in
 * libraries that already know 1,000 and 10,000 entities (synthetic rows). {@code longArticle}: the real pipeline on one
 * article of {@code bench.nlpMb} MB (19 by default: the import limit's worth) of the shared samples repeated.
 * <pre>mvn -B -o -Pbench test -Dtest=NlpScaleBenchmark -Dbench.nlpMb=2 -Dbench.knownEntities=1000,10000,100000</pre>
 */
@Tag("benchmark")
class NlpScaleBenchmark {
    @TempDir
    Path dir;

    /** Replays what the real recogniser said about each text it was shown once. */
    private static final class Replay implements Recognizer {
        private final Map<String, Recognition> seen = new HashMap<>();

        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            return seen.computeIfAbsent(text, t -> SharedRecognizers.app().recognize(t, blocks, docDate));
        }

        @Override
        public String version() {
            return SharedRecognizers.app().version();
        }
    }

    @Test
    void linkingAndStoringStayFlat() {
        Replay replay = new Replay();
        // -Dbench.knownEntities=1000,10000,100000 for the library of 100k entities
        for (String k : System.getProperty("bench.knownEntities", "1000,10000").split(",")) {
            int known = Integer.parseInt(k.strip());
            try (Database db = Database.open(dir.resolve("link-" + known + ".db"))) {
                EntityRepository entities = new EntityRepository(db);
                ArticleRepository articles = new ArticleRepository(db);
                MentionRepository mentions = new MentionRepository(db);
                // one earlier article names every synthetic entity, so they are in use as a real library's are
                Random rnd = new Random(known);
                List<String> names = new ArrayList<>();
                List<EntityType> types = new ArrayList<>();
                StringBuilder filler = new StringBuilder();
                for (int i = 0; i < known; i++) {
                    EntityType type = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION).get(rnd.nextInt(3));
                    String name = word(rnd) + " " + word(rnd) + (type == EntityType.ORGANIZATION ? " Council" : "");
                    names.add(name);
                    types.add(type);
                    filler.append(name).append(" spoke.\n\n");
                }
                long fillerId = articles.insert(SampleArticles.draft(filler.toString(), "Filler", SampleArticles.A_DATE, false),
                        "filler", Instant.EPOCH);
                db.write(c -> {
                    int at = 0;
                    for (int i = 0; i < known; i++) {
                        String name = names.get(i);
                        long e = entities.create(c, types.get(i), name, List.of(name));
                        mentions.insert(c, new Mention(0, fillerId, at, at + name.length(), name, types.get(i), null, e,
                                BlockType.PARAGRAPH, MentionOrigin.AUTO, false));
                        at += name.length() + " spoke.\n\n".length();
                    }
                    return null;
                });
                int n = 40;
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ArticleDraft d = i % 2 == 0 ? SampleArticles.outletA(true) : SampleArticles.outletB(true);
                    ids.add(articles.insert(d, "bench-" + i, Instant.EPOCH));
                }
                NlpService nlp = new NlpService(db, articles, replay);
                for (int i = 0; i < 4; i++) nlp.process(ids.get(i)); // warm-up, and the replay records CoreNLP's output
                long t0 = System.nanoTime();
                for (int i = 4; i < n; i++) nlp.process(ids.get(i));
                double perArticle = (System.nanoTime() - t0) / 1e6 / (n - 4);
                long t1 = System.nanoTime();
                int listed = entities.list().size();
                double fullRead = (System.nanoTime() - t1) / 1e6;
                System.out.printf(Locale.ROOT, "NLP store: %,d known entities: %.1f ms per article (link + store); "
                        + "reading all %,d entities once takes %.1f ms%n", known, perArticle, listed, fullRead);
            }
        }
    }

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('A' + rnd.nextInt(26)));
        for (int i = 0, len = 3 + rnd.nextInt(6); i < len; i++) sb.append((char) ('a' + rnd.nextInt(26)));
        return sb.toString();
    }

    @Test
    void longArticle() throws Exception {
        double mb = Double.parseDouble(System.getProperty("bench.nlpMb", "19"));
        StringBuilder sample = new StringBuilder();
        for (String name : List.of("story1-outlet-a.txt", "story1-outlet-b.txt")) {
            sample.append(Files.readString(SharedData.sample(name), StandardCharsets.UTF_8).strip()).append("\n\n");
        }
        StringBuilder big = new StringBuilder("A long dossier\n\n");
        while (big.length() < mb * 1_000_000) big.append(sample);
        try (Database db = Database.open(dir.resolve("long.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            String text = big.toString();
            // one paragraph block: the sample's own layout rules would take the copies after its related links for boilerplate
            ArticleDraft d = SampleArticles.draft(text, "A long dossier", SampleArticles.A_DATE, false);
            long id = articles.insert(new ArticleDraft(d.meta(), text, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))),
                    "long", Instant.EPOCH);
            NlpService nlp = new NlpService(db, articles, SharedRecognizers.app());
            long t0 = System.nanoTime();
            NlpService.Summary s = nlp.processPending(Progress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "NLP of one %.1f MB article: %.0f s (%.1f s per MB), %d mentions, processed %d, "
                    + "heap max %d MB%n", text.length() / 1e6, seconds, seconds / (text.length() / 1e6),
                    nlp.mentions().forArticle(id).size(), s.processed(), Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
