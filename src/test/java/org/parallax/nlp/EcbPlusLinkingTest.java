package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.NlpService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.SharedData;

/**
 * Cross-document entity linking on ECB+ (issue 15): all 982 articles imported into one real library and run through
 * the real NLP queue (linking, storing, naming), scored against ECB+'s gold chains beside an exact-string baseline.
 * The recogniser is fed ECB+'s gold name mentions instead of CoreNLP's, so the figures measure linking alone: ECB+
 * annotates only some sentences of each article, and a name CoreNLP misses or cuts differently would count against
 * both systems alike. Figures and command: src/site/markdown/performance.md, "Cross-document entity linking on ECB+".
 */
class EcbPlusLinkingTest {
    private static final double FLOOR_B3 = 0.84;
    private static final double FLOOR_CONLL = 0.80;
    private static final double FLOOR_B3_PRECISION = 0.98;
    /** Ceilings on conflation (engine revision 68: 2.5% library-wide, 1.8% per topic, 0.1% beyond one string); lower them, never raise. */
    private static final double CEILING_CONFLATION = 0.026;
    private static final double CEILING_CONFLATION_PER_TOPIC = 0.019;
    private static final double CEILING_BEYOND_ONE_STRING = 0.002;

    @TempDir
    Path dir;

    /** Hands the queue each article's gold name mentions, typed as ECB+ types them. */
    private record GoldRecognizer(Map<String, Recognition> byText) implements Recognizer {
        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            return byText.get(text);
        }

        @Override
        public String version() {
            return "ecbplus-gold-names";
        }
    }

    @Test
    void linksAcrossTheLibraryWithoutConflatingAndRecallsAsMuchAsExactStrings() throws Exception {
        List<EcbPlusEntityGold.Doc> docs = EcbPlusEntityGold.read(SharedData.path("same-story/ECB+_LREC2014/ECB+"));
        assertEquals(982, docs.size());
        Map<String, Recognition> byText = new HashMap<>();
        for (EcbPlusEntityGold.Doc d : docs) {
            List<RawMention> raw = new ArrayList<>();
            for (EcbPlusEntityGold.GoldMention m : d.mentions()) {
                raw.add(new RawMention(m.start(), m.end(), m.text(), m.type(), m.type().name(), null, null));
            }
            byText.put(d.text(), new Recognition(d.sentences(), raw));
        }
        List<String> gold = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        List<String> topic = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("ecbplus.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            List<Long> ids = new ArrayList<>();
            for (EcbPlusEntityGold.Doc d : docs) {
                ArticleDraft draft = SampleArticles.draft(d.text(), d.name(), LocalDate.of(2008, 1, 1), false);
                ids.add(articles.insert(new ArticleDraft(draft.meta(), d.text(),
                        List.of(new Block(BlockType.PARAGRAPH, 0, d.text().length()))), d.name(), Instant.EPOCH));
            }
            NlpService.Summary s = new NlpService(db, articles, new GoldRecognizer(byText)).processPending(Progress.NONE);
            assertEquals(0, s.failed());
            MentionRepository mentions = new MentionRepository(db);
            for (int k = 0; k < docs.size(); k++) {
                Map<String, Long> entityAt = new HashMap<>();
                for (Mention m : mentions.forArticle(ids.get(k))) {
                    if (m.entityId() != null) entityAt.put(m.start() + ":" + m.end(), m.entityId());
                }
                List<EcbPlusEntityGold.GoldMention> ms = docs.get(k).mentions();
                for (int i = 0; i < ms.size(); i++) {
                    EcbPlusEntityGold.GoldMention m = ms.get(i);
                    if (!m.crossDoc()) continue;
                    topic.add(docs.get(k).name().split("_")[0] + "/");
                    gold.add(m.chain());
                    Long e = entityAt.get(m.start() + ":" + m.end());
                    linked.add(e != null ? "e" + e : "unlinked " + k + ":" + i);
                    exact.add(m.text());
                }
            }
        }
        if (Boolean.getBoolean("ecb.debug")) {
            Map<String, java.util.TreeMap<String, Integer>> by = new java.util.TreeMap<>();
            for (int i = 0; i < gold.size(); i++) by.computeIfAbsent(linked.get(i), x -> new java.util.TreeMap<>()).merge(gold.get(i) + "=" + exact.get(i), 1, Integer::sum);
            by.forEach((e, m) -> {
                if (m.keySet().stream().map(x -> x.split("=")[0]).distinct().count() > 1) System.out.println("CONFL " + e + " " + m);
            });
        }
        CorefScores ours = CorefScores.score(gold, linked, exact);
        CorefScores baseline = CorefScores.score(gold, exact, exact);
        CorefScores oursTopic = CorefScores.score(prefixed(topic, gold), prefixed(topic, linked), exact);
        CorefScores baselineTopic = CorefScores.score(prefixed(topic, gold), prefixed(topic, exact), exact);
        System.out.println("per topic:\n" + baselineTopic.row("exact string") + "\n" + oursTopic.row("Parallax linker"));
        System.out.printf("ECB+ cross-document entity linking: %d gold name mentions in %d gold chains%n"
                + "| system | MUC R | MUC F1 | B3 P | B3 R | B3 F1 | CEAF-e F1 | CoNLL F1 | conflation | beyond one string | entities |%n%s%n%s%n",
                ours.mentions(), ours.goldChains(), baseline.row("exact string"), ours.row("Parallax linker"));
        assertTrue(ours.b3R() >= baseline.b3R(), "B3 recall no worse than exact strings");
        assertTrue(ours.mucR() >= baseline.mucR(), "MUC recall no worse than exact strings");
        // ECB+ gives one place or product of two events two instance ids ("Athens", "MacBook Pro"): identical strings
        // join those, so the linker is held to no more than exact strings there and under 2% for joins it makes itself
        assertTrue(ours.conflation() <= baseline.conflation(), "conflation " + ours.conflation());
        assertTrue(ours.conflationBeyondSameString() < 0.02, "conflation beyond one string " + ours.conflationBeyondSameString());
        assertTrue(oursTopic.conflationBeyondSameString() < 0.02, "per topic " + oursTopic.conflationBeyondSameString());
        // floors at what the linker reached when this test was written (performance.md); raise them, never lower
        assertTrue(ours.b3() >= FLOOR_B3, "B3 F1 " + ours.b3());
        assertTrue(ours.conll() >= FLOOR_CONLL, "CoNLL F1 " + ours.conll());
        assertTrue(ours.b3P() >= FLOOR_B3_PRECISION, "B3 precision " + ours.b3P());
        assertTrue(ours.conflation() <= CEILING_CONFLATION, "conflation " + ours.conflation());
        assertTrue(oursTopic.conflation() <= CEILING_CONFLATION_PER_TOPIC, "per topic " + oursTopic.conflation());
        assertTrue(ours.conflationBeyondSameString() <= CEILING_BEYOND_ONE_STRING, "beyond one string " + ours.conflationBeyondSameString());
    }

    private static List<String> prefixed(List<String> prefixes, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) out.add(prefixes.get(i) + keys.get(i));
        return out;
    }

}
