package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * The queue's order and controls over a real library (issue 14 at 100,000 articles): the article being read goes
 * first, pause stops a run and resume continues it, overall progress survives a restart, and linking between articles
 * sees manual entity edits made meanwhile.
 */
@Tag("contract")
class NlpQueueTest {
    @TempDir
    Path dir;
    private Database db;
    private ArticleRepository articles;

    @BeforeEach
    void open() {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> insertCopies(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add(articles.insert(SampleArticles.outletA(false), "copy-" + i, Instant.EPOCH));
        return ids;
    }

    @Test
    void thePrioritisedArticleIsRecognisedFirstEvenDuringARun() {
        List<Long> ids = insertCopies(4);
        NlpService nlp = new NlpService(db, articles, new SampleRecognizer());
        List<Long> stored = new ArrayList<>();
        nlp.onStored(id -> {
            stored.add(id);
            if (stored.size() == 1) nlp.prioritise(List.of(ids.get(2), ids.get(3))); // the reader opened an article
        });
        nlp.prioritise(ids.get(3));
        nlp.processPending(Progress.NONE);
        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(0), ids.get(1)), stored);
    }

    @Test
    void pauseStopsTheRunAndResumeFinishesIt() {
        insertCopies(3);
        NlpService nlp = new NlpService(db, articles, new SampleRecognizer());
        nlp.onStored(id -> nlp.pause());
        List<List<Long>> batches = new ArrayList<>();
        nlp.onBatchStored(batches::add);
        NlpService.Summary first = nlp.processPending(Progress.NONE);
        assertTrue(first.cancelled() && nlp.isPaused());
        assertEquals(1, first.processed());
        assertEquals(1, batches.size(), "a paused run still tells the stories of the article it stored: " + batches);
        assertEquals(1, batches.get(0).size());
        assertEquals(2, first.remaining());
        assertEquals(0, nlp.processPending(Progress.NONE).processed(), "paused: nothing runs");
        nlp.onStored(id -> { });
        nlp.resume();
        NlpService.Summary rest = nlp.processPending(Progress.NONE);
        assertEquals(2, rest.processed());
        assertEquals(2, batches.size(), "the rest of the queue is one batch: " + batches);
        assertEquals(2, batches.get(1).size());
        assertEquals(0, rest.remaining());
    }

    @Test
    void overallProgressComesFromTheStoreAcrossRestarts() {
        List<Long> ids = insertCopies(3);
        new NlpService(db, articles, new SampleRecognizer()).process(ids.get(0));
        NlpService afterRestart = new NlpService(db, articles, new SampleRecognizer());
        assertEquals(new NlpService.Overall(1, 3), afterRestart.progress());
        assertEquals("Entities: 1 of 3 articles recognised", afterRestart.progress().describe());
    }

    @Test
    void linkingSeesAManualMergeMadeBetweenTwoArticles() {
        long a = articles.insert(SampleArticles.outletA(false), "a", Instant.EPOCH);
        long b = articles.insert(SampleArticles.outletB(false), "b", Instant.EPOCH);
        NlpService nlp = new NlpService(db, articles, new SampleRecognizer());
        assertTrue(nlp.process(a));
        Entity state = byName(nlp, "State Department");
        Entity usaid = byName(nlp, "US Agency for International Development");
        // the annotation screen's merge, through another repository instance, between two articles of one run
        new org.parallax.store.EntityRepository(db).merge(usaid.id(), state.id());
        assertTrue(nlp.process(b));
        List<Long> known = nlp.entities().list().stream().map(Entity::id).toList();
        for (Mention m : nlp.mentions().forArticle(b)) {
            if (m.entityId() != null) assertTrue(known.contains(m.entityId()), m + " links to a deleted entity");
        }
        assertTrue(nlp.mentions().forArticle(b).stream().anyMatch(m -> m.text().equals("State Department")
                && usaid.id() == m.entityId()), "B's State Department joins the entity it was merged into");
    }

    private static Entity byName(NlpService nlp, String name) {
        return nlp.entities().list().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
