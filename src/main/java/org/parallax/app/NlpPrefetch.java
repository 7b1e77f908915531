package org.parallax.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.RecognitionLanguage;
import org.parallax.nlp.PieceRecognizer;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.store.ArticleRepository;

/**
 * Recognises the next short articles of an NLP run on worker threads, one per core, while the run's own thread stores
 * the article before them, so {@code nlp --wait} uses every core. Results are taken in the run's order and only for an
 * article whose text, blocks and date are still what was recognised; storing stays on the run's thread, one article
 * at a time, so the library ends the same as with one thread. Off (nothing ahead) on one core or for a recogniser that
 * is not {@link Recognizer#concurrent() concurrent}. One per run; {@link #close} stops what is still running.
 */
final class NlpPrefetch implements AutoCloseable {
    private record Ahead(String text, List<Block> blocks, LocalDate docDate, RecognitionLanguage language, Future<Recognition> result) {
    }

    private final ArticleRepository articles;
    private final PieceRecognizer pieces;
    private final int threads;
    private final Map<Long, Ahead> ahead = new HashMap<>();
    private final Set<Long> notAhead = new HashSet<>();
    private ExecutorService pool;

    NlpPrefetch(ArticleRepository articles, Recognizer recognizer, PieceRecognizer pieces) {
        this(articles, recognizer, pieces, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    }

    /** With {@code threads} articles recognised at once (the run's own thread among them; {@code nlp --threads}). */
    NlpPrefetch(ArticleRepository articles, Recognizer recognizer, PieceRecognizer pieces, int threads) {
        this.articles = articles;
        this.pieces = pieces;
        this.threads = recognizer.concurrent() ? threads : 1;
    }

    /** Starts recognising the first of {@code upcoming} (the run's order) not yet started, so that one per core is ahead. */
    void topUp(Iterable<Long> upcoming) {
        if (threads < 2) return;
        int looked = 0;
        for (long id : upcoming) {
            // only the next few: a long article (recognised piece by piece in the run) is read once here, not per article
            if (ahead.size() >= threads || looked++ >= 2 * threads) return;
            if (ahead.containsKey(id) || notAhead.contains(id)) continue;
            Article a = articles.get(id).orElse(null);
            if (a == null || pieces.isLong(a.text().length())) {
                notAhead.add(id);
                continue;
            }
            LocalDate docDate = a.meta().published();
            RecognitionLanguage language = articles.recognitionLanguage(id);
            ahead.put(id, new Ahead(a.text(), a.blocks(), docDate, language,
                    pool().submit(() -> pieces.recognize(a.text(), a.blocks(), docDate, language, (p, n) -> true))));
        }
    }

    /**
     * The recognition started for this article, waiting for it; null when none was started or the article changed since.
     * A failure of the recogniser is thrown as it was thrown on the worker.
     */
    Recognition take(long id, String text, List<Block> blocks, LocalDate docDate, RecognitionLanguage language)
            throws InterruptedException {
        Ahead a = ahead.remove(id);
        if (a == null) return null;
        if (!a.text().equals(text) || !a.blocks().equals(blocks) || !Objects.equals(a.docDate(), docDate) || a.language() != language) {
            a.result().cancel(true);
            return null;
        }
        try {
            return a.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "nlp-recognise-" + n.incrementAndGet());
                t.setDaemon(true); // never keeps a quitting app alive
                return t;
            });
        }
        return pool;
    }

    @Override
    public void close() {
        for (Ahead a : ahead.values()) a.result().cancel(true);
        ahead.clear();
        if (pool != null) pool.shutdownNow();
    }
}
