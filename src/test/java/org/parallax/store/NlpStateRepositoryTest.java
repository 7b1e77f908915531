package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.RecognitionLanguage;

@Tag("contract")
class NlpStateRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ArticleRepository articles;
    private NlpStateRepository states;

    @BeforeEach
    void open() {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        states = new NlpStateRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long article(String text, LocalDate published) {
        ArticleMeta meta = new ArticleMeta(text, false, null, null, null, null, published, null, null, null, "plaintext", "en");
        return articles.insert(new ArticleDraft(meta, text, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))), text, Instant.EPOCH);
    }

    private void done(long id, String version, LocalDate docDate) {
        states.save(new NlpState(id, version, "h", docDate, NlpStatus.DONE, null, docDate == null), Instant.EPOCH);
    }

    @Test
    void pendingIsDerivedFromVersionAndDocumentDate() {
        LocalDate d = LocalDate.of(2023, 3, 4);
        long a = article("dated", d);
        long b = article("undated", null);
        long c = article("never processed", d);
        done(a, "v1", d);
        done(b, "v1", null);
        assertEquals(List.of(c), states.pending("v1"));
        assertEquals(List.of(a, b, c), states.pending("v2"), "an upgrade re-runs old articles");

        articles.setPublished(b, d, DateSource.USER);
        assertEquals(List.of(b, c), states.pending("v1"), "a date set later makes the article pending");
        articles.setPublished(a, null, DateSource.NONE);
        assertEquals(List.of(a, b, c), states.pending("v1"));
    }

    @Test
    void sayingAnArticlesLanguageStoresItAndQueuesTheArticleAgainOnlyWhenItChanges() {
        LocalDate d = LocalDate.of(2023, 3, 4);
        long a = article("Ein Artikel", d);
        long b = article("another", d);
        done(a, "v1", d);
        done(b, "v1", d);
        assertEquals(RecognitionLanguage.FROM_TEXT, articles.recognitionLanguage(a), "nothing said: decided from the text");
        assertTrue(states.pending("v1").isEmpty());

        assertTrue(states.setRecognitionLanguage(a, RecognitionLanguage.ENGLISH));
        assertEquals(RecognitionLanguage.ENGLISH, articles.recognitionLanguage(a));
        assertEquals(RecognitionLanguage.FROM_TEXT, articles.recognitionLanguage(b), "the other article is untouched");
        assertEquals(List.of(a), states.pending("v1"), "the article is recognised again");
        assertEquals(NlpStatus.PENDING, states.get(a).orElseThrow().status());

        done(a, "v1", d);
        assertFalse(states.setRecognitionLanguage(a, RecognitionLanguage.ENGLISH), "said already: no change");
        assertTrue(states.pending("v1").isEmpty(), "and no second run");

        assertTrue(states.setRecognitionLanguage(a, RecognitionLanguage.OTHER));
        assertEquals(RecognitionLanguage.OTHER, articles.recognitionLanguage(a));
        done(a, "v1", d);
        assertTrue(states.setRecognitionLanguage(a, RecognitionLanguage.FROM_TEXT), "back to the default");
        assertEquals(RecognitionLanguage.FROM_TEXT, articles.recognitionLanguage(a));
        assertEquals(List.of(a), states.pending("v1"));

        long never = article("never recognised", d);
        assertTrue(states.setRecognitionLanguage(never, RecognitionLanguage.OTHER), "an article not yet recognised keeps its place");
        assertEquals(List.of(a, never), states.pending("v1"));
        StoreException gone = assertThrows(StoreException.class, () -> states.setRecognitionLanguage(999_999, RecognitionLanguage.ENGLISH));
        assertTrue(gone.getMessage().contains("999999"), gone.getMessage());
        assertEquals(RecognitionLanguage.FROM_TEXT, articles.recognitionLanguage(999_999));
    }

    @Test
    void failedArticlesWaitUntilMarkedPending() {
        long a = article("x", null);
        states.save(new NlpState(a, "v1", "h", null, NlpStatus.FAILED, "boom", true), Instant.EPOCH);
        assertTrue(states.pending("v1").isEmpty());
        assertEquals("boom", states.get(a).orElseThrow().error());
        states.markPending(a);
        assertEquals(List.of(a), states.pending("v1"));
        assertEquals(1, states.counts().get(NlpStatus.PENDING));
    }

    @Test
    void failuresAreCountedByReasonAndRequeuedTogether() {
        long a = article("a", null);
        long b = article("b", null);
        long c = article("c", null);
        NlpFailure busy = new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy");
        NlpFailure rejected = new NlpFailure(NlpFailure.Kind.PERMANENT, "recogniser rejected the text");
        Instant later = Instant.parse("2030-01-01T00:00:00Z");
        states.save(new NlpState(a, "v1", "h", null, NlpStatus.FAILED, "x", true, 1, busy, later), Instant.EPOCH);
        states.save(new NlpState(b, "v1", "h", null, NlpStatus.FAILED, "x", true, 3, busy, null), Instant.EPOCH);
        states.save(new NlpState(c, "v1", "h", null, NlpStatus.FAILED, "x", true, 1, rejected, null), Instant.EPOCH);

        assertEquals(List.of("database busy", "recogniser rejected the text"), List.copyOf(states.failureReasons().keySet()));
        assertEquals(Map.of("database busy", 2, "recogniser rejected the text", 1), states.failureReasons());
        assertEquals(1, states.retrying());
        assertEquals(later, states.nextRetry("v1").orElseThrow());
        assertTrue(states.pending("v1", later.minusMillis(1)).isEmpty());
        assertEquals(List.of(a), states.pending("v1", later));

        assertEquals(3, states.retryFailed());
        assertEquals(List.of(a, b, c), states.pending("v1"));
        NlpState requeued = states.get(b).orElseThrow();
        assertEquals(0, requeued.attempts());
        assertEquals(null, requeued.failure());
        assertTrue(states.nextRetry("v1").isEmpty());
        assertTrue(states.failureReasons().isEmpty());
    }

    @Test
    void failuresStoredBeforeSchemaSevenAreClassifiedByTheMigration() throws Exception {
        // a file library written at schema 6: no server library was ever at that schema
        org.junit.jupiter.api.Assumptions.assumeFalse(TestLibrary.onServer(), "a file library's migration");
        Path file = dir.resolve("old.db");
        long busy;
        long rejected;
        try (Database old = Database.open(file, "/db-schema6")) {
            ArticleRepository oldArticles = new ArticleRepository(old);
            ArticleMeta meta = new ArticleMeta("t", false, null, null, null, null, null, null, null, null, "plaintext", "en");
            busy = oldArticles.insert(new ArticleDraft(meta, "one", List.of()), "1", Instant.EPOCH);
            rejected = oldArticles.insert(new ArticleDraft(meta, "two", List.of()), "2", Instant.EPOCH);
            old.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO nlp_state (article_id, pipeline_version, text_hash, status, error) VALUES (" + busy
                            + ", 'v1', 'h', 'FAILED', 'StoreException: Library x: [SQLITE_BUSY] The database file is locked')");
                    s.execute("INSERT INTO nlp_state (article_id, pipeline_version, text_hash, status, error) VALUES (" + rejected
                            + ", 'v1', 'h', 'FAILED', 'IllegalStateException: model file missing')");
                }
                return null;
            });
        }
        try (Database migrated = Database.open(file)) {
            NlpStateRepository s = new NlpStateRepository(migrated);
            assertEquals(List.of(busy), s.pending("v1"), "the busy failure is tried again at once; the other waits");
            assertEquals(new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy"), s.get(busy).orElseThrow().failure());
            assertEquals(NlpFailure.Kind.PERMANENT, s.get(rejected).orElseThrow().failure().kind());
            assertEquals(1, s.get(rejected).orElseThrow().attempts());
        }
    }

    @Test
    void stateGoesWithItsArticle() {
        long a = article("x", null);
        done(a, "v1", null);
        articles.delete(a);
        assertTrue(states.get(a).isEmpty());
    }
}
