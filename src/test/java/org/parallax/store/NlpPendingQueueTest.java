package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.testsupport.TestLibrary;

/**
 * The NLP queue kept as rows ({@code nlp_queue}, V017) says what the scan of every article said before it: the same
 * pending articles in the same order, and the same claim candidates, for a library migrated from schema 16 with
 * articles in every state, and after every kind of change on either engine.
 */
@Tag("contract")
class NlpPendingQueueTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final LocalDate D = LocalDate.of(2025, 6, 1);
    private static final long LONG_OVER = 400;
    private static final NlpFailure BUSY = new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy");
    private static final NlpFailure REJECTED = new NlpFailure(NlpFailure.Kind.PERMANENT, "recogniser rejected the text");

    @TempDir
    Path dir;

    private static long article(ArticleRepository articles, String text, LocalDate published) {
        ArticleMeta meta = new ArticleMeta(text.substring(0, 8), false, null, null, null, null, published, null, null, null,
                "plaintext", "en");
        return articles.insert(new ArticleDraft(meta, text, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))),
                "h" + text.hashCode() + text.length(), Instant.EPOCH);
    }

    private static String text(int i, boolean longOne) {
        return ("Article " + i + " tells of the harbour. ").repeat(longOne ? 20 + i % 7 : 1);
    }

    private static NlpState failed(long id, String version, LocalDate docDate, NlpFailure f, Instant retry) {
        return new NlpState(id, version, "h", docDate, NlpStatus.FAILED, "x", docDate == null, 1, f, retry);
    }

    private static NlpState done(long id, String version, LocalDate docDate) {
        return new NlpState(id, version, "h", docDate, NlpStatus.DONE, null, docDate == null);
    }

    /** One article in each state the queue knows, short and long; returns nothing, the library holds them. */
    private static void everyState(Database db) {
        ArticleRepository articles = new ArticleRepository(db);
        NlpStateRepository states = new NlpStateRepository(db);
        for (boolean longOne : new boolean[] {false, true}) {
            int k = longOne ? 100 : 0;
            article(articles, text(k + 1, longOne), D); // never recognised
            long current = article(articles, text(k + 2, longOne), D);
            states.save(done(current, "v1", D), Instant.EPOCH); // done: not pending
            long old = article(articles, text(k + 3, longOne), D);
            states.save(done(old, "v0", D), Instant.EPOCH); // done by an older pipeline
            long due = article(articles, text(k + 4, longOne), D);
            states.save(failed(due, "v1", D, BUSY, NOW.minusSeconds(10)), Instant.EPOCH); // transient, due
            long dueEarlier = article(articles, text(k + 5, longOne), null);
            states.save(failed(dueEarlier, "v1", null, BUSY, NOW.minusSeconds(60)), Instant.EPOCH); // due first
            long notDue = article(articles, text(k + 6, longOne), D);
            states.save(failed(notDue, "v1", D, BUSY, NOW.plusSeconds(60)), Instant.EPOCH); // transient, not yet due
            long permanent = article(articles, text(k + 7, longOne), D);
            states.save(failed(permanent, "v1", D, REJECTED, null), Instant.EPOCH); // waits for retryFailed
            long redated = article(articles, text(k + 8, longOne), D.plusDays(1));
            states.save(done(redated, "v1", D), Instant.EPOCH); // recognised with another date than its own now
            long dueOld = article(articles, text(k + 9, longOne), D);
            states.save(failed(dueOld, "v0", D, BUSY, NOW.minusSeconds(30)), Instant.EPOCH); // due, but outdated too
            long marked = article(articles, text(k + 10, longOne), D);
            states.save(done(marked, "v1", D), Instant.EPOCH);
            states.markPending(marked); // asked for again
        }
    }

    /** The scan's answers (the queue's meaning before V017) for a few versions, workers and long-article bounds. */
    private static List<Object> answers(Database db, boolean scan) {
        NlpStateRepository states = new NlpStateRepository(db);
        NlpClaims claims = new NlpClaims(db);
        List<Object> out = new ArrayList<>();
        for (String version : List.of("v1", "v0", "v2", "v1")) {
            for (Instant at : List.of(NOW, NOW.plusSeconds(120))) {
                out.add(inOrder(scan ? states.scanPendingSizes(version, at) : states.pendingSizes(version, at)));
                out.add(scan ? !states.scanPendingSizes(version, at).isEmpty() : states.anyPending(version, at));
                for (long longOver : List.of(LONG_OVER, 0L, Long.MAX_VALUE)) {
                    for (int n : List.of(1, 3, 50)) {
                        out.add(scan ? claims.scanCandidates("me", n, version, at.toEpochMilli(), longOver)
                                : candidates(db, claims, version, n, at, longOver));
                    }
                }
            }
        }
        return out;
    }

    /** The map's entries in its order (maps compare equal whatever their order). */
    private static List<Object> inOrder(LinkedHashMap<Long, Long> m) {
        List<Object> out = new ArrayList<>();
        m.forEach((id, bytes) -> out.add(id + ":" + bytes));
        return out;
    }

    private static List<Long> candidates(Database db, NlpClaims claims, String version, int n, Instant at, long longOver) {
        NlpStateRepository.queueReady(db, version);
        return claims.candidates("me", n, at.toEpochMilli(), longOver);
    }

    @Test
    void aLibraryFromSchemaSixteenQueuesTheSameArticlesInTheSameOrder() {
        Assumptions.assumeFalse(TestLibrary.onServer(), "a file library's migration");
        Path file = dir.resolve("old.db");
        List<Object> before;
        LinkedHashMap<Long, Long> pendingBefore;
        try (Database old = Database.open(file, "/db-schema16")) {
            assertEquals(16, old.schemaVersion());
            everyState(old);
            new NlpClaims(old).take(1, "other", NOW, Duration.ofMinutes(5)); // another worker's live lease
            before = answers(old, true);
            pendingBefore = new NlpStateRepository(old).scanPendingSizes("v1", NOW);
        }
        try (Database migrated = Database.open(file)) {
            assertEquals(Database.latestVersion(), migrated.schemaVersion());
            NlpStateRepository states = new NlpStateRepository(migrated);
            assertEquals(inOrder(pendingBefore), inOrder(states.pendingSizes("v1", NOW)), "the queue as the migration left it");
            assertEquals(14, pendingBefore.size(), "fresh, outdated, redated, marked and due articles, short and long");
            assertEquals(before, answers(migrated, false));
            assertEquals(before, answers(migrated, true), "the scan itself reads alike after the migration");
        }
    }

    @Test
    void theQueueFollowsEveryChangeAsTheScanDoes() {
        try (Database db = TestLibrary.open(dir.resolve("library.db"))) {
            everyState(db);
            ArticleRepository articles = new ArticleRepository(db);
            NlpStateRepository states = new NlpStateRepository(db);
            NlpClaims claims = new NlpClaims(db);
            Random random = new Random(17);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) ids.add(article(articles, text(200 + i, i % 5 == 0), i % 3 == 0 ? null : D));
            for (int step = 0; step < 40; step++) {
                long id = ids.get(random.nextInt(ids.size()));
                switch (step % 8) {
                    case 0 -> states.save(done(id, random.nextBoolean() ? "v1" : "v0", D), Instant.EPOCH);
                    case 1 -> states.save(failed(id, "v1", D, BUSY, NOW.plusSeconds(random.nextInt(240) - 120)), Instant.EPOCH);
                    case 2 -> articles.setPublished(id, random.nextBoolean() ? D : null, DateSource.USER);
                    case 3 -> states.markPending(id);
                    case 4 -> claims.take(id, random.nextBoolean() ? "me" : "other", NOW, Duration.ofMinutes(1));
                    case 5 -> states.save(failed(id, "v1", null, REJECTED, null), Instant.EPOCH);
                    case 6 -> {
                        if (random.nextInt(4) == 0) states.retryFailed();
                        else if (articles.delete(id)) ids.remove(Long.valueOf(id));
                    }
                    default -> ids.add(article(articles, text(300 + step, step % 16 == 7), D));
                }
                assertEquals(answers(db, true), answers(db, false), "after step " + step);
            }
            assertEquals(inOrder(states.scanPendingSizes("v1", NOW)), inOrder(states.pendingSizes("v1", NOW)));
        }
    }
}
