package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.Progress;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.StoreException;

/**
 * Failure handling of the NLP queue over a real SQLite library: the failure is injected in the recogniser (the
 * sample recogniser over real text, throwing on the articles and tries a test names); storage, the queue's state,
 * its order and the back-off are the real code, with delays shortened to milliseconds.
 */
@Tag("contract")
class NlpRetryTest {
    private static final NlpService.RetryPolicy FAST = new NlpService.RetryPolicy(3, Duration.ofMillis(30), 2);

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
        if (db != null) db.close(); // the server pass is skipped before a library is opened when no server is named
    }

    private long insert(ArticleDraft draft) {
        return articles.insert(draft, "hash-" + draft.text().hashCode(), Instant.EPOCH);
    }

    /** The busy error SQLite gives when another process holds the write lock, as the store wraps it. */
    private static StoreException busy() {
        return new StoreException("Library library.db: [SQLITE_BUSY] The database file is locked (database is locked)",
                new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5));
    }

    /**
     * The sample recogniser, recording each call by the text's first word; {@code failure} gives, for a first word
     * and its try number (1-based), the exception to throw, or null to recognise.
     */
    private static final class Flaky implements Recognizer {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> tries = new HashMap<>();
        private final Function<String, RuntimeException> failure;
        private final SampleRecognizer inner = new SampleRecognizer();

        Flaky(Function<String, RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            String word = text.split("\\s+", 2)[0];
            calls.add(word);
            int n = tries.merge(word, 1, Integer::sum);
            RuntimeException e = failure.apply(word + "#" + n);
            if (e != null) throw e;
            return inner.recognize(text, blocks, docDate);
        }

        @Override
        public String version() {
            return "sample-1";
        }
    }

    private NlpService service(Recognizer r) {
        NlpService nlp = new NlpService(db, articles, r);
        nlp.retryPolicy(FAST);
        return nlp;
    }

    @Test
    void transientFailureIsRetriedAfterTheOtherArticlesAndEndsDone() {
        long flaky = insert(SampleArticles.draft("Ferries stopped in Lahore on Friday.", "Ferries", SampleArticles.A_DATE, false));
        insert(SampleArticles.draft("Trains ran late in Islamabad.", "Trains", SampleArticles.A_DATE, false));
        insert(SampleArticles.draft("Buses ran on time in Washington.", "Buses", SampleArticles.A_DATE, false));
        Flaky r = new Flaky(call -> call.equals("Ferries#1") || call.equals("Ferries#2") ? busy() : null);
        NlpService nlp = service(r);

        NlpService.Summary s = nlp.processPending(Progress.NONE);

        assertEquals(List.of("Ferries", "Trains", "Buses", "Ferries", "Ferries"), r.calls,
                "the busy article waits behind the others, then is tried twice more");
        assertEquals(3, s.processed());
        assertEquals(0, s.failed());
        assertEquals(0, s.remaining());
        NlpState state = nlp.states().get(flaky).orElseThrow();
        assertEquals(NlpStatus.DONE, state.status());
        assertEquals(3, state.attempts());
        assertNull(state.failure());
        assertTrue(nlp.mentions().forArticle(flaky).stream().anyMatch(m -> m.text().equals("Lahore")));
        assertEquals(0, nlp.failures().failed());
    }

    @Test
    void aRetryIsDueOnlyAfterItsDelayAndFreshArticlesGoFirst() {
        long flaky = insert(SampleArticles.draft("Ferries stopped in Lahore.", "Ferries", SampleArticles.A_DATE, false));
        Flaky r = new Flaky(call -> call.equals("Ferries#1") ? busy() : null);
        NlpService nlp = service(r);
        nlp.retryPolicy(new NlpService.RetryPolicy(3, Duration.ofHours(1), 2));
        assertFalse(nlp.process(flaky));

        NlpState state = nlp.states().get(flaky).orElseThrow();
        assertEquals(NlpStatus.FAILED, state.status());
        assertEquals(new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy"), state.failure());
        assertTrue(state.retryAfter().isAfter(Instant.now().plus(Duration.ofMinutes(59))), state.retryAfter().toString());
        assertTrue(nlp.pending().isEmpty(), "not due for an hour");
        assertEquals(1, nlp.failures().retrying());

        long fresh = insert(SampleArticles.draft("Trains ran late.", "Trains", SampleArticles.A_DATE, false));
        assertEquals(List.of(fresh, flaky), nlp.states().pending("sample-1", state.retryAfter()),
                "once due, the retry comes after the article queued meanwhile");
    }

    @Test
    void transientFailureGivesUpAfterTheLastAttempt() {
        long broken = insert(SampleArticles.draft("Ferries stopped in Lahore.", "Ferries", SampleArticles.A_DATE, false));
        long fine = insert(SampleArticles.draft("Trains ran late.", "Trains", SampleArticles.A_DATE, false));
        Flaky r = new Flaky(call -> call.startsWith("Ferries") ? new UncheckedIOException(new IOException("model cache unreadable")) : null);
        NlpService nlp = service(r);

        NlpService.Summary s = nlp.processPending(Progress.NONE);

        assertEquals(3, r.calls.stream().filter("Ferries"::equals).count(), r.calls.toString());
        assertEquals(1, s.processed());
        assertEquals(1, s.failed());
        NlpState state = nlp.states().get(broken).orElseThrow();
        assertEquals(NlpStatus.FAILED, state.status());
        assertEquals(3, state.attempts());
        assertEquals("I/O error", state.failure().reason());
        assertNull(state.retryAfter(), "no attempts left");
        assertTrue(state.error().contains("model cache unreadable"), state.error());
        assertEquals(NlpStatus.DONE, nlp.states().get(fine).orElseThrow().status());
        assertEquals(new NlpService.Failures(1, 0, Map.of("I/O error", 1)), nlp.failures());
        assertTrue(nlp.pending().isEmpty());
    }

    @Test
    void permanentFailureStaysFailedWithItsReasonUntilRetried() {
        long rejected = insert(SampleArticles.draft("Ferries stopped in Lahore.", "Ferries", SampleArticles.A_DATE, false));
        boolean[] fixed = {false};
        Flaky r = new Flaky(call -> call.startsWith("Ferries") && !fixed[0] ? new IllegalArgumentException("unsupported script") : null);
        NlpService nlp = service(r);

        NlpService.Summary s = nlp.processPending(Progress.NONE);

        assertEquals(List.of("Ferries"), r.calls, "a permanent failure is not tried again");
        assertEquals(1, s.failed());
        NlpState state = nlp.states().get(rejected).orElseThrow();
        assertEquals(new NlpFailure(NlpFailure.Kind.PERMANENT, "recogniser rejected the text"), state.failure());
        assertEquals(1, state.attempts());
        assertNull(state.retryAfter());
        assertEquals("1 article failed (recogniser rejected the text)", nlp.failures().describe(2));
        assertTrue(service(r).pending().isEmpty(), "still failed at the next start");

        assertEquals(1, nlp.retryFailed());
        assertEquals(List.of(rejected), nlp.pending());
        fixed[0] = true;
        assertEquals(0, nlp.processPending(Progress.NONE).failed());
        NlpState after = nlp.states().get(rejected).orElseThrow();
        assertEquals(NlpStatus.DONE, after.status());
        assertEquals(1, after.attempts(), "counted afresh after the user's retry");
    }

    @Test
    void cancellingWhileWaitingForARetryStopsAndLeavesItForLater() {
        long flaky = insert(SampleArticles.draft("Ferries stopped in Lahore.", "Ferries", SampleArticles.A_DATE, false));
        NlpService nlp = service(new Flaky(call -> call.equals("Ferries#1") ? busy() : null));
        nlp.retryPolicy(new NlpService.RetryPolicy(3, Duration.ofHours(1), 2));
        List<String> messages = new ArrayList<>();
        NlpService.Summary s = nlp.processPending(new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return messages.stream().anyMatch(m -> m.contains("retrying"));
            }
        });
        assertTrue(s.cancelled());
        assertEquals("Recognising entities: 1/1, retrying 1 failed shortly", messages.get(messages.size() - 1));
        assertNotNullRetry(nlp.states().get(flaky).orElseThrow());
    }

    private static void assertNotNullRetry(NlpState s) {
        assertEquals(NlpStatus.FAILED, s.status());
        assertTrue(s.retryAfter() != null, "still to be retried at the next start");
    }

    @Test
    void classifiesTransientAndPermanentFailures() {
        assertEquals("database busy", NlpService.classify(busy()).reason());
        SQLException snapshot = new SQLException("[SQLITE_BUSY_SNAPSHOT] Another connection wrote", null, 517);
        assertTrue(NlpService.classify(new StoreException("x", snapshot)).isTransient());
        assertEquals("disk full", NlpService.classify(new StoreException("x", new SQLException("[SQLITE_FULL]", null, 13))).reason());
        assertEquals(NlpFailure.Kind.PERMANENT,
                NlpService.classify(new StoreException("x", new SQLException("[SQLITE_CONSTRAINT]", null, 19))).kind());
        assertEquals(new NlpFailure(NlpFailure.Kind.TRANSIENT, "out of memory"), NlpService.classify(new OutOfMemoryError()));
        assertEquals(NlpFailure.Kind.PERMANENT, NlpService.classify(new StackOverflowError()).kind());
        assertEquals(NlpFailure.Kind.PERMANENT, NlpService.classify(new IllegalStateException("model file missing")).kind());
        assertEquals(Duration.ofSeconds(10), NlpService.RetryPolicy.DEFAULT.delayAfter(2));
    }
}
