package org.parallax.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.app.NlpService.RetryPolicy;
import org.parallax.model.Article;
import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.Progress;
import org.parallax.model.RecognitionLanguage;
import org.parallax.nlp.PieceRecognizer;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.UserGazetteer;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.NlpStateRepository;
import org.parallax.store.StoreException;

/**
 * One article through {@link NlpService}'s pipeline: lease it, recognise it (or take what {@link NlpPrefetch}
 * recognised ahead), then store results, state and the lease's end in one transaction, or record the failure, its
 * classification and retry time with the lease's end. Kept apart so the service holds the run's loop only.
 */
final class NlpArticleStep {
    private static final Logger LOG = Logger.getLogger(NlpService.class.getName());

    private final Database db;
    private final ArticleRepository articles;
    private final NlpStateRepository states;
    private final Recognizer recognizer;
    private final PieceRecognizer pieces;
    private final NlpResults results;
    private final NlpLeases leases;
    private final Clock clock;
    private final AnnotationRepository annotations;

    NlpArticleStep(Database db, ArticleRepository articles, NlpStateRepository states, Recognizer recognizer,
            PieceRecognizer pieces, NlpResults results, NlpLeases leases, Clock clock, AnnotationRepository annotations) {
        this.annotations = annotations;
        this.db = db;
        this.articles = articles;
        this.states = states;
        this.recognizer = recognizer;
        this.pieces = pieces;
        this.results = results;
        this.leases = leases;
        this.clock = clock;
    }

    /** How one article's processing ended; TAKEN: another process leases it (nothing done here). */
    enum Outcome { STORED, FAILED, STOPPED, TAKEN }

    /** Thrown inside the storing transaction when this process's lease ran out and another took the article. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    /**
     * {@link NlpService#process(long)} reporting progress within a long article as "Recognising entities: 37/120 — title 40%";
     * STOPPED when it stopped between two pieces or was interrupted (nothing recorded, the article stays pending).
     * The article is leased first (unless {@code claimed} in a worker's batch) and the lease ends in the transaction storing its outcome.
     */
    Outcome process(long articleId, Progress progress, int done, int total, Runnable between, NlpPrefetch prefetch, boolean claimed,
            RetryPolicy retryPolicy, BooleanSupplier stopped, LongConsumer onStored) {
        Article article = articles.get(articleId).orElse(null);
        if (article == null) return Outcome.STORED; // deleted while queued
        // a worker's batch is leased already; should the lease have run out, storing finds it gone (LeaseLost)
        if (!claimed && !leases.take(articleId)) return Outcome.TAKEN;
        LocalDate docDate = article.meta().published();
        String hash = sha256(article.text());
        int attempt = states.get(articleId)
                .filter(s -> s.status() != NlpStatus.DONE && s.pipelineVersion().equals(recognizer.version()))
                .map(s -> s.attempts() + 1).orElse(1);
        try {
            RecognitionLanguage language = articles.recognitionLanguage(articleId);
            Recognition ahead = prefetch == null ? null : prefetch.take(articleId, article.text(), article.blocks(), docDate, language);
            Recognition recognised = ahead != null ? ahead : pieces.recognize(article.text(), article.blocks(), docDate, language, (p, n) -> {
                if (p > 0 && between != null) between.run();
                if (p > 0 && stopped.getAsBoolean()) return false;
                int pct = p * 100 / n;
                progress.update((long) done * 100 + pct, Math.max(total, 1) * 100L, NlpService.message(done, total) + " — "
                        + article.title() + " " + pct + "%");
                return true;
            });
            db.write(c -> {
                if (!leases.release(c, articleId)) throw new LeaseLost(); // stored by the process that took it over
                // names the user taught the library by hand are found here too, after the recogniser's own
                Recognition recognition = new UserGazetteer(annotations.gazetteer(c))
                        .apply(article.text(), article.blocks(), recognised);
                results.store(c, article, recognition, docDate);
                states.save(c, new NlpState(articleId, recognizer.version(), hash, docDate, NlpStatus.DONE, null,
                        docDate == null, attempt, null, null), clock.instant());
                return null;
            });
            onStored.accept(articleId);
            if (docDate == null) {
                LOG.info(() -> "Article " + articleId + " (" + article.title() + ") has no publication date: its relative "
                        + "dates stay unresolved until one is set");
            }
            return Outcome.STORED;
        } catch (LeaseLost lost) {
            LOG.warning(() -> "Article " + articleId + " was taken by another worker after this one's lease ran out");
            return Outcome.TAKEN;
        } catch (CancellationException cancelled) {
            leases.releaseQuietly(articleId);
            return Outcome.STOPPED;
        } catch (InterruptedException quitting) {
            Thread.currentThread().interrupt(); // the article stays pending; its lease runs out
            return Outcome.STOPPED;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (NlpQueue.isQuitting(e)) return Outcome.STOPPED; // quitting: the article stays pending, its lease runs out
            NlpFailure failure = NlpClassifier.classify(e);
            Instant retryAfter = failure.isTransient() && attempt < retryPolicy.maxAttempts()
                    ? clock.instant().plus(retryPolicy.delayAfter(attempt)) : null;
            LOG.log(Level.WARNING, "NLP failed for article " + articleId + " (" + article.title() + "), attempt " + attempt
                    + ": " + failure.reason() + (retryAfter == null ? "" : "; tried again after " + retryAfter), e);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                NlpState state = new NlpState(articleId, recognizer.version(), hash, docDate, NlpStatus.FAILED, error,
                        docDate == null, attempt, failure, retryAfter);
                db.write(c -> {
                    leases.release(c, articleId);
                    states.save(c, state, clock.instant());
                    return null;
                });
            } catch (StoreException saveFailed) {
                // the library refuses even the failure record (still busy, disk full): the article stays pending
                LOG.log(Level.WARNING, "Cannot record the NLP failure of article " + articleId, saveFailed);
                leases.releaseQuietly(articleId);
            }
            return Outcome.FAILED;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
