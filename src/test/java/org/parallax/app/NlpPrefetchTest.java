package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SharedRecognizers;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.TimeMlGold;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.testsupport.SharedData;

/**
 * A run that recognises the next articles on other cores ({@link NlpPrefetch}) stores what one article at a time
 * stores: the same mentions with the same entities, and the same entity list, with the real CoreNLP recogniser.
 */
class NlpPrefetchTest {
    @TempDir
    Path dir;

    @Test
    void recognisingAheadOnOtherCoresStoresWhatOneAtATimeStores() {
        assertTrue(SharedRecognizers.app().concurrent());
        List<String> together = library("ahead.db", true);
        List<String> oneByOne = library("one.db", false);
        assertTrue(together.size() > 100, "mentions stored: " + together.size());
        assertEquals(oneByOne, together);
    }

    private List<String> library(String name, boolean run) {
        try (Database db = Database.open(dir.resolve(name))) {
            ArticleRepository articles = new ArticleRepository(db);
            List<Long> ids = new ArrayList<>();
            ids.add(articles.insert(SampleArticles.outletA(true), "a", Instant.EPOCH));
            ids.add(articles.insert(SampleArticles.outletB(true), "b", Instant.EPOCH));
            List<GoldDocument> te3 = TimeMlGold.read(SharedData.path("timex-gold/Evaluation/te3-platinum-normalized"));
            for (GoldDocument d : te3.subList(0, 6)) {
                ids.add(articles.insert(SampleArticles.draft(d.text(), d.name(), d.docDate(), false), d.name(), Instant.EPOCH));
            }
            NlpService nlp = new NlpService(db, articles, SharedRecognizers.app());
            if (run) {
                assertEquals(ids.size(), nlp.processPending(Progress.NONE).processed());
            } else {
                nlp.borrowDates(); // as a run does first: outlet B takes outlet A's date
                for (long id : ids) assertTrue(nlp.process(id));
            }
            List<String> out = new ArrayList<>();
            for (long id : ids) {
                for (Mention m : nlp.mentions().forArticle(id)) {
                    String entity = m.entityId() == null ? "-" : nlp.entities().get(m.entityId()).map(Entity::name).orElse("?");
                    out.add(id + " " + m.start() + "-" + m.end() + " " + m.type() + " " + m.text() + " " + m.date() + " " + entity);
                }
            }
            for (Entity e : nlp.entities().list()) out.add(e.type() + " " + e.name() + " " + e.aliases());
            return out;
        }
    }
}
