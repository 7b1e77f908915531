package org.parallax.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Objects;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.NlpFailure;
import org.parallax.model.Progress;
import org.parallax.nlp.PieceRecognizer;
import org.parallax.nlp.Recognizer;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.LibraryClock;
import org.parallax.store.MentionRepository;
import org.parallax.store.NlpClaims;
import org.parallax.store.NlpStateRepository;
import org.parallax.store.StoreException;

/**
 * The NLP queue. {@link #processPending} first lends undated articles the date of a near-identical dated article
 * (same story, word-shingle overlap), then runs every pending article through recognise, resolve dates, store
 * mentions, link entities and extract events, one transaction per article, reporting progress and stopping between
 * articles when cancelled; on several cores the next short articles are recognised ahead on worker threads
 * ({@link NlpPrefetch}) while this thread stores, in the same order. Pending is derived from the stored state, so
 * work left at exit resumes at the next start. A failure is classified ({@link #classify}): a transient one is tried
 * again after the other pending articles, with growing delays ({@link RetryPolicy}), a permanent one stays FAILED with
 * its reason until {@link #retryFailed()}. Every article is leased ({@link NlpLeases}) while it is recognised, so runs
 * in other processes ({@link #work} for {@code nlp --worker}) never recognise it too. Blocking: run it off the UI thread.
 */
public final class NlpService {
    private static final Logger LOG = Logger.getLogger(NlpService.class.getName());
    /** Jaccard overlap of 3-word shingles above which two bodies are one story (the sample pair measures 0.57). */
    public static final double SAME_STORY_THRESHOLD = DateBorrowing.SAME_STORY_THRESHOLD;
    /**
     * Stored articles told to {@link #onBatchStored} at once in a long run: placing a batch costs about as much as
     * placing one of its articles, and a run stopped by quitting leaves at most this many articles placed on old facts.
     */
    static final int BATCH = 100;

    /** What one run did. */
    public record Summary(int processed, int failed, int remaining, boolean cancelled, int datesBorrowed) {
    }

    private final Database db;
    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;
    private final NlpStateRepository states;
    private final Recognizer recognizer;
    private final NlpResults results;
    private final NlpQueue queue = new NlpQueue();
    private final NlpLeases leases;
    private final NlpArticleStep step;
    private volatile int threads;
    private final PieceRecognizer pieces;
    private final Clock clock;
    private volatile LongConsumer onStored = id -> { };
    private volatile Consumer<List<Long>> onBatchStored = ids -> { };
    private volatile RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

    /**
     * How often and how soon a transient failure is tried again: at most {@code maxAttempts} tries in all, the n-th
     * retry {@code firstDelay × factor^(n-1)} after the failure. The default (3 tries, 2 s then 10 s) lets a busy
     * database or a passing memory peak clear while keeping {@code nlp --wait} short.
     */
    public record RetryPolicy(int maxAttempts, Duration firstDelay, int factor) {
        public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(2), 5);

        /** The wait after the {@code attempt}-th failed try (1-based). */
        public Duration delayAfter(int attempt) {
            Duration d = firstDelay;
            for (int i = 1; i < attempt; i++) d = d.multipliedBy(factor);
            return d;
        }
    }

    /** How many articles failed and the most common reasons, for the status line and {@code nlp}. */
    public record Failures(int failed, int retrying, Map<String, Integer> reasons) {
        /** "2 articles failed (database busy, out of memory)", naming the {@code top} most common reasons. */
        public String describe(int top) {
            return failed + (failed == 1 ? " article" : " articles") + " failed ("
                    + String.join(", ", reasons.keySet().stream().limit(top).toList()) + ")";
        }
    }

    public NlpService(Database db, ArticleRepository articles, Recognizer recognizer) {
        this(db, articles, recognizer, new LibraryClock(db));
    }

    public NlpService(Database db, ArticleRepository articles, Recognizer recognizer, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.mentions = new MentionRepository(db);
        this.entities = new EntityRepository(db);
        this.events = new EventRepository(db);
        this.states = new NlpStateRepository(db);
        this.recognizer = recognizer;
        this.clock = clock;
        this.results = new NlpResults(mentions, entities, events);
        this.pieces = new PieceRecognizer(recognizer, PieceRecognizer.DEFAULT_PIECE);
        this.leases = new NlpLeases(new NlpClaims(db), clock);
        this.step = new NlpArticleStep(db, articles, states, recognizer, pieces, results, leases, clock,
                new AnnotationRepository(db));
    }

    /** This process's name on the articles it leases: host name and process id. */
    public String workerId() {
        return leases.worker();
    }

    /** How long a lease lasts without renewal: how soon another worker takes the articles of one that died. */
    public void lease(Duration length) {
        leases.lease(length);
    }

    /** How many articles are recognised at once (default: one per core, at most 4, for a concurrent recogniser). */
    public void threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1: " + n);
        this.threads = n;
    }

    /** Sets who is told, after the transaction, of each article whose NLP results were stored. */
    public void onStored(LongConsumer listener) {
        this.onStored = listener;
    }

    /**
     * Sets who is told of the articles whose NLP results were stored, a batch at a time (their stories may move): a run
     * tells every {@value #BATCH} stored articles, when its queue drains and when it ends or stops, so placing them in
     * their stories is done once per batch rather than once per article; {@link #process(long)} tells at once.
     */
    public void onBatchStored(Consumer<List<Long>> listener) {
        this.onBatchStored = listener;
    }

    public MentionRepository mentions() {
        return mentions;
    }

    public EntityRepository entities() {
        return entities;
    }

    public EventRepository events() {
        return events;
    }

    public NlpStateRepository states() {
        return states;
    }

    /** Sets how transient failures are retried (tests use short delays). */
    public void retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy);
    }

    /** Ids of the articles still to process with this pipeline version now (due retries last). */
    public List<Long> pending() {
        return states.pending(recognizer.version(), clock.instant());
    }

    /** Puts every failed article back in the queue with its attempts counted afresh; returns how many. */
    public int retryFailed() {
        int n = states.retryFailed();
        LOG.info(() -> n + " failed articles queued for recognition again");
        return n;
    }

    /** The failed articles now: how many, how many will be retried by themselves, and why, most common first. */
    public Failures failures() {
        Map<String, Integer> reasons = states.failureReasons();
        int failed = reasons.values().stream().mapToInt(Integer::intValue).sum();
        return new Failures(failed, failed == 0 ? 0 : states.retrying(), reasons);
    }

    /**
     * Processes every pending article, then the transient failures as they fall due (waiting for them, so a
     * {@code nlp --wait} ends with them settled); articles queued meanwhile go before retries. The order is
     * {@link NlpQueue}'s: articles {@link #prioritise prioritised} first, long articles (recognised in pieces) after
     * all short ones. Returns early, between two articles, between two pieces of a long one or while waiting, when
     * {@code progress} is cancelled, the thread is interrupted (quitting) or the queue is {@link #pause paused}; the
     * article stopped midway stays pending. {@code failed} counts the articles that ended this run FAILED.
     */
    public Summary processPending(Progress progress) {
        return run(progress, 0);
    }

    /**
     * One pass of a worker ({@code nlp --worker}): claims a few pending articles at a time that no other process holds
     * (in the queue's order), recognises and stores them, and claims more until none is left to claim; transient
     * failures are left to whichever worker claims them when due. Ends early as {@link #processPending} does, releasing
     * the articles it still held. The caller polls again for articles imported or released later.
     */
    public Summary work(Progress progress) {
        // an idle worker polls: nothing pending spares it the run's start (date borrowing, the unused-entity sweep)
        if (!states.anyPending(recognizer.version(), clock.instant())) return new Summary(0, 0, 0, false, 0);
        return run(progress, Math.max(4, 2 * prefetchThreads() + 2));
    }

    /** Loads the recogniser's models on one short text, so a worker holds no lease while it loads them. */
    public void warmUp() {
        recognizer.recognize(WARM_UP, List.of(new Block(BlockType.PARAGRAPH, 0, WARM_UP.length())), null);
    }

    /** The text {@link #warmUp} recognises. */
    public static final String WARM_UP = "Work began in Geneva on Monday.";

    private int prefetchThreads() {
        return threads > 0 ? threads : recognizer.concurrent() ? Math.min(Runtime.getRuntime().availableProcessors(), 4) : 1;
    }

    /** A run over the pending list ({@code claimBatch} 0) or over batches of that many articles claimed at a time. */
    private Summary run(Progress progress, int claimBatch) {
        Run r = new Run();
        r.claimBatch = claimBatch;
        leases.startHeartbeat();
        try (NlpPrefetch prefetch = new NlpPrefetch(articles, recognizer, pieces, prefetchThreads())) {
            r.prefetch = prefetch;
            return run(progress, r);
        } catch (StoreException e) {
            if (!NlpQueue.isQuitting(e)) throw e;
            return cancelled(r); // the window closed the library under the run: it is quitting
        } finally {
            // a stopped or failed run's stored articles are told too: nothing else would place them again
            try {
                tellStored(r);
            } catch (StoreException closing) {
                LOG.log(Level.FINE, "The library closed before the run's last articles were placed in their stories", closing);
            }
            if (claimBatch > 0) leases.releaseAll(); // claimed, not yet recognised: free for the other workers at once
            leases.stopHeartbeat();
        }
    }

    /** One run's counts, kept outside {@link #run} so that a run stopped by an exception still reports them. */
    private static final class Run {
        final Set<Long> failed = new HashSet<>();
        int succeeded;
        int done;
        int total;
        int borrowed;
        /** Articles a worker claims at a time; 0 for a run over the whole pending list. */
        int claimBatch;
        NlpPrefetch prefetch;
        /** Stored since the batch listener was last told. */
        final List<Long> stored = new ArrayList<>();
    }

    /** Tells the batch listener of the articles stored since it was last told. */
    private void tellStored(Run r) {
        if (r.stored.isEmpty()) return;
        List<Long> ids = List.copyOf(r.stored);
        r.stored.clear();
        onBatchStored.accept(ids);
    }

    private Summary run(Progress progress, Run r) {
        if (stopped(progress)) return cancelled(r);
        r.borrowed = borrowDates();
        // entities left without mentions by manual edits since the last run (each article then sweeps only its own)
        db.write(entities::deleteUnused);
        RetryPolicy policy = retryPolicy;
        Map<Long, Integer> tries = new HashMap<>();
        Deque<Long> batch = new ArrayDeque<>();
        while (true) {
            // quitting: the library may be closing, so read nothing more
            if (Thread.currentThread().isInterrupted()) return cancelled(r);
            if (queue.takeWake() | batch.isEmpty() || r.claimBatch > 0 && batch.size() <= prefetchThreads()) {
                // an article whose failure could not even be recorded stays pending: the run's own count bounds it
                Map<Long, Long> sizes = pendingFor(r);
                sizes.keySet().removeIf(id -> tries.getOrDefault(id, 0) >= policy.maxAttempts());
                batch = queue.order(sizes, pieces::isLong);
                r.total = r.done + batch.size();
            }
            if (batch.isEmpty()) {
                tellStored(r); // the queue drained: the stories catch up before any wait for retries
                if (r.claimBatch > 0) break; // a worker leaves retries to whoever claims them when due
                Optional<Instant> next = states.nextRetry(recognizer.version());
                if (next.isEmpty()) break;
                progress.update(r.done, r.total, String.format(Locale.ROOT, "Recognising entities: %d/%d, retrying %d failed "
                        + "shortly", r.done, r.total, states.retrying()));
                if (!waitUntil(next.get(), progress)) return cancelled(r);
                continue;
            }
            if (stopped(progress)) return cancelled(r);
            progress.update(r.done, r.total, message(r.done, r.total));
            long id = queue.next(batch);
            tries.merge(id, 1, Integer::sum);
            r.prefetch.topUp(batch);
            NlpArticleStep.Outcome ok = process(id, progress, r.done, r.total, between(id, progress, r, tries, policy), r.prefetch,
                    r.claimBatch > 0);
            if (ok == NlpArticleStep.Outcome.STOPPED) return cancelled(r);
            count(r, id, ok);
            if (r.stored.size() >= BATCH) tellStored(r);
        }
        tellStored(r);
        progress.update(r.done, r.total, message(r.done, r.total));
        return new Summary(r.succeeded, r.failed.size(), pending().size(), false, r.borrowed);
    }

    /** The articles a run takes next: a worker's claimed ones, or every pending one no other process holds. */
    private Map<Long, Long> pendingFor(Run r) {
        if (r.claimBatch > 0) {
            leases.claim(r.claimBatch, recognizer.version(), pieces.maxPiece());
            return leases.held(recognizer.version());
        }
        Map<Long, Long> sizes = states.pendingSizes(recognizer.version(), clock.instant());
        leases.dropHeldByOthers(sizes);
        return sizes;
    }

    private static void count(Run r, long id, NlpArticleStep.Outcome ok) {
        if (ok == NlpArticleStep.Outcome.TAKEN) {
            r.total--; // another process has it: neither done nor failed here
            return;
        }
        if (ok == NlpArticleStep.Outcome.STORED) {
            r.failed.remove(id);
            r.succeeded++;
            r.stored.add(id);
        } else {
            r.failed.add(id);
        }
        r.done++;
    }

    /**
     * What runs between two pieces of the long article {@code longId}: short articles imported ({@link #wake}) or asked
     * for ({@link #prioritise}) since it began are recognised there, so one long article never holds them up.
     */
    private Runnable between(long longId, Progress progress, Run r, Map<Long, Integer> tries, RetryPolicy policy) {
        return () -> {
            if (!queue.takeWake() && !queue.hasPriority()) return;
            Map<Long, Long> sizes = states.pendingSizes(recognizer.version(), clock.instant());
            sizes.remove(longId);
            sizes.values().removeIf(pieces::isLong);
            sizes.keySet().removeIf(id -> tries.getOrDefault(id, 0) >= policy.maxAttempts());
            Deque<Long> shortOnes = queue.order(sizes, pieces::isLong);
            r.total += shortOnes.size();
            while (!shortOnes.isEmpty() && !stopped(progress)) {
                long id = queue.next(shortOnes);
                tries.merge(id, 1, Integer::sum);
                NlpArticleStep.Outcome ok = process(id, progress, r.done, r.total, null, null, false);
                if (ok == NlpArticleStep.Outcome.STOPPED) break; // stopped: the long article stops at its own next check
                count(r, id, ok);
            }
            r.total -= shortOnes.size();
            queue.wake(); // after the long article the run reads the pending list again
        };
    }

    /** Cancelled, interrupted (the window is quitting) or paused: stop at the next safe point. */
    private boolean stopped(Progress progress) {
        return progress.isCancelled() || queue.isPaused() || Thread.currentThread().isInterrupted();
    }

    private Summary cancelled(Run r) {
        int left = r.total - r.done;
        LOG.info(() -> "NLP " + (queue.isPaused() ? "paused" : "stopped") + "; " + left + " articles stay pending");
        int remaining;
        try {
            remaining = pending().size();
        } catch (StoreException closing) {
            remaining = left; // the library closed under us (quitting): the run's own count is the best there is
        }
        return new Summary(r.succeeded, r.failed.size(), remaining, true, r.borrowed);
    }

    /** Sleeps until {@code at} in short steps; false when cancelled or interrupted meanwhile. */
    private boolean waitUntil(Instant at, Progress progress) {
        while (true) {
            if (stopped(progress)) return false;
            long ms = Duration.between(clock.instant(), at).toMillis();
            if (ms <= 0) return true;
            try {
                Thread.sleep(Math.min(ms, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    static String message(int done, int total) {
        return String.format(Locale.ROOT, "Recognising entities: %d/%d", done, total);
    }

    /**
     * Puts these articles (the one being read and its story) before every other pending one; a run in progress takes
     * them at its next pick, after the article it is on. Articles already recognised are skipped.
     */
    public void prioritise(Collection<Long> articleIds) {
        queue.prioritise(articleIds);
        queue.wake();
    }

    public void prioritise(long articleId) {
        prioritise(List.of(articleId));
    }

    /** Makes a run in progress read the pending articles again at its next pick (articles imported meanwhile). */
    public void wake() {
        queue.wake();
    }

    /** Stops runs at their next article or piece until {@link #resume()}; the article stopped midway stays pending. */
    public void pause() {
        queue.pause();
    }

    public void resume() {
        queue.resume();
    }

    public boolean isPaused() {
        return queue.isPaused();
    }

    /** How far recognition of the whole library is, from the stored state (so it holds across restarts). */
    public record Overall(long recognised, long total) {
        /** "Entities: 5,200 of 100,000 articles recognised". */
        public String describe() {
            return String.format(Locale.ROOT, "Entities: %,d of %,d articles recognised", recognised, total);
        }
    }

    public Overall progress() {
        long[] counts = states.recognisedOf(recognizer.version());
        return new Overall(counts[0], counts[1]);
    }

    /**
     * Runs one article through the pipeline and stores the results in one transaction. Returns false, with the
     * error, its classification and the attempt count recorded in its state, when recognition or storing failed; a
     * transient failure with attempts left gets a retry time, any other waits for a new pipeline version, a new date
     * or {@link #retryFailed()}.
     */
    public boolean process(long articleId) {
        boolean ok = process(articleId, Progress.NONE, 0, 1, null, null, false) == NlpArticleStep.Outcome.STORED;
        if (ok) onBatchStored.accept(List.of(articleId));
        return ok;
    }

    private NlpArticleStep.Outcome process(long articleId, Progress progress, int done, int total, Runnable between, NlpPrefetch prefetch,
            boolean claimed) {
        return step.process(articleId, progress, done, total, between, prefetch, claimed, retryPolicy, () -> stopped(progress), onStored);
    }

    /**
     * Sorts a failure. Transient, tried again: the library busy or locked by another writer, a full disk or an I/O
     * error (storage or files the recogniser reads), and running out of memory, which on one article is more often
     * the moment's load (story grouping, another large article) than the article itself; bounded attempts stop an
     * article that always runs out. Permanent: anything else the recogniser or the pipeline throws on the text (its
     * verdict will not change on the same text), and a stack overflow (text nested too deeply for the recogniser).
     */
    public static NlpFailure classify(Throwable e) {
        return NlpClassifier.classify(e);
    }

    // ---- document dates ---------------------------------------------------------------------------------

    /**
     * Lends each article without a publication date the date of the most similar dated article when their bodies
     * overlap enough to be one story ({@link DateBorrowing}). Returns how many dates changed.
     */
    public int borrowDates() {
        return new DateBorrowing(articles).borrow();
    }

    /** Lower-cased word {@code k}-shingles of a text. */
    public static Set<String> shingles(String text, int k) {
        return DateBorrowing.shingles(text, k);
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        return DateBorrowing.jaccard(a, b);
    }
}
