package org.parallax.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.Progress;
import org.parallax.nlp.DateResolver;
import org.parallax.nlp.EntityLinker;
import org.parallax.nlp.EventCandidate;
import org.parallax.nlp.EventExtractor;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.ResolvedDate;
import org.parallax.nlp.UserGazetteer;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.NlpStateRepository;
import org.parallax.store.StoreException;

/**
 * The NLP queue. {@link #processPending} first lends undated articles the date of a near-identical dated article
 * (same story, word-shingle overlap), then runs every pending article through recognise, resolve dates, store
 * mentions, link entities and extract events, one transaction per article, reporting progress and stopping between
 * articles when cancelled. Pending is derived from the stored state, so work left at exit resumes at the next start.
 * A failure is classified ({@link #classify}): a transient one is tried again after the other pending articles, with
 * growing delays ({@link RetryPolicy}), a permanent one stays FAILED with its reason until {@link #retryFailed()}.
 * Blocking: run it off the UI thread.
 */
public final class NlpService {
    private static final Logger LOG = Logger.getLogger(NlpService.class.getName());
    /** Jaccard overlap of 3-word shingles above which two bodies are one story (the sample pair measures 0.57). */
    public static final double SAME_STORY_THRESHOLD = 0.3;
    static final int SHINGLE = 3;

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
    private final DateResolver dates = new DateResolver();
    private final EntityLinker linker = new EntityLinker();
    /** The known entities between articles ({@link #knownEntities}); touched only on the writer thread. */
    private final EntityLinker.Known known = new EntityLinker.Known();
    private final EventExtractor extractor = new EventExtractor();
    private final Clock clock;
    private volatile LongConsumer onStored = id -> { };
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
        this(db, articles, recognizer, Clock.systemUTC());
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
    }

    /** Sets who is told, after the transaction, of each article whose NLP results were stored (its story may move). */
    public void onStored(LongConsumer listener) {
        this.onStored = listener;
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
     * {@code nlp --wait} ends with them settled); articles queued meanwhile go before retries. Returns early, between
     * two articles or while waiting, when {@code progress} is cancelled. {@code failed} counts the articles that
     * ended this run FAILED.
     */
    public Summary processPending(Progress progress) {
        int borrowed = borrowDates();
        RetryPolicy policy = retryPolicy;
        Map<Long, Integer> tries = new HashMap<>();
        Set<Long> failed = new HashSet<>();
        int succeeded = 0;
        int done = 0;
        int total = 0;
        while (true) {
            // an article whose failure could not even be recorded stays pending: the run's own count bounds it
            List<Long> ids = pending().stream().filter(id -> tries.getOrDefault(id, 0) < policy.maxAttempts()).toList();
            if (ids.isEmpty()) {
                Optional<Instant> next = states.nextRetry(recognizer.version());
                if (next.isEmpty()) break;
                progress.update(done, total, String.format(Locale.ROOT, "Recognising entities: %d/%d, retrying %d failed "
                        + "shortly", done, total, states.retrying()));
                if (!waitUntil(next.get(), progress)) return cancelled(succeeded, failed, done, total, borrowed);
                continue;
            }
            total = done + ids.size();
            for (long id : ids) {
                if (progress.isCancelled()) return cancelled(succeeded, failed, done, total, borrowed);
                progress.update(done, total, message(done, total));
                tries.merge(id, 1, Integer::sum);
                if (process(id)) {
                    failed.remove(id);
                    succeeded++;
                } else {
                    failed.add(id);
                }
                done++;
            }
        }
        progress.update(done, total, message(done, total));
        return new Summary(succeeded, failed.size(), pending().size(), false, borrowed);
    }

    private Summary cancelled(int succeeded, Set<Long> failed, int done, int total, int borrowed) {
        int left = total - done;
        LOG.info(() -> "NLP cancelled; " + left + " articles stay pending");
        return new Summary(succeeded, failed.size(), pending().size(), true, borrowed);
    }

    /** Sleeps until {@code at} in short steps; false when cancelled or interrupted meanwhile. */
    private boolean waitUntil(Instant at, Progress progress) {
        while (true) {
            if (progress.isCancelled()) return false;
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

    private static String message(int done, int total) {
        return String.format(Locale.ROOT, "Recognising entities: %d/%d", done, total);
    }

    /**
     * Runs one article through the pipeline and stores the results in one transaction. Returns false, with the
     * error, its classification and the attempt count recorded in its state, when recognition or storing failed; a
     * transient failure with attempts left gets a retry time, any other waits for a new pipeline version, a new date
     * or {@link #retryFailed()}.
     */
    public boolean process(long articleId) {
        Article article = articles.get(articleId).orElse(null);
        if (article == null) return true; // deleted while queued
        LocalDate docDate = article.meta().published();
        String hash = sha256(article.text());
        int attempt = states.get(articleId)
                .filter(s -> s.status() != NlpStatus.DONE && s.pipelineVersion().equals(recognizer.version()))
                .map(s -> s.attempts() + 1).orElse(1);
        try {
            Recognition recognised = recognizer.recognize(article.text(), article.blocks(), docDate);
            db.write(c -> {
                // names the user taught the library by hand are found here too, after the recogniser's own
                Recognition recognition = new UserGazetteer(new AnnotationRepository(db).gazetteer(c))
                        .apply(article.text(), article.blocks(), recognised);
                store(c, article, recognition, docDate);
                states.save(c, new NlpState(articleId, recognizer.version(), hash, docDate, NlpStatus.DONE, null,
                        docDate == null, attempt, null, null), clock.instant());
                return null;
            });
            onStored.accept(articleId);
            if (docDate == null) {
                LOG.info(() -> "Article " + articleId + " (" + article.title() + ") has no publication date: its relative "
                        + "dates stay unresolved until one is set");
            }
            return true;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            NlpFailure failure = classify(e);
            Instant retryAfter = failure.isTransient() && attempt < retryPolicy.maxAttempts()
                    ? clock.instant().plus(retryPolicy.delayAfter(attempt)) : null;
            LOG.log(Level.WARNING, "NLP failed for article " + articleId + " (" + article.title() + "), attempt " + attempt
                    + ": " + failure.reason() + (retryAfter == null ? "" : "; tried again after " + retryAfter), e);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                states.save(new NlpState(articleId, recognizer.version(), hash, docDate, NlpStatus.FAILED, error,
                        docDate == null, attempt, failure, retryAfter), clock.instant());
            } catch (StoreException saveFailed) {
                // the library refuses even the failure record (still busy, disk full): the article stays pending
                LOG.log(Level.WARNING, "Cannot record the NLP failure of article " + articleId, saveFailed);
            }
            return false;
        }
    }

    /**
     * Sorts a failure. Transient, tried again: the library busy or locked by another writer, a full disk or an I/O
     * error (storage or files the recogniser reads), and running out of memory, which on one article is more often
     * the moment's load (story grouping, another large article) than the article itself; bounded attempts stop an
     * article that always runs out. Permanent: anything else the recogniser or the pipeline throws on the text (its
     * verdict will not change on the same text), and a stack overflow (text nested too deeply for the recogniser).
     */
    public static NlpFailure classify(Throwable e) {
        if (e instanceof OutOfMemoryError) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "out of memory");
        if (e instanceof StackOverflowError) return new NlpFailure(NlpFailure.Kind.PERMANENT, "text nested too deeply");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String msg = String.valueOf(sql.getMessage());
                int code = sql.getErrorCode() & 0xff; // extended codes (SQLITE_BUSY_SNAPSHOT) keep the primary in the low byte
                if (code == 5 || code == 6 || msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED")
                        || msg.contains("database is locked")) {
                    return new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy");
                }
                if (code == 13 || msg.contains("SQLITE_FULL")) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "disk full");
                if (code == 10 || msg.contains("SQLITE_IOERR")) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "disk I/O error");
                return new NlpFailure(NlpFailure.Kind.PERMANENT, "storage error");
            }
            if (t instanceof IOException) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "I/O error");
            if (t instanceof OutOfMemoryError) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "out of memory");
        }
        if (e instanceof StoreException) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "library unavailable");
        return new NlpFailure(NlpFailure.Kind.PERMANENT, "recogniser rejected the text");
    }

    private void store(Connection c, Article article, Recognition recognition, LocalDate docDate) throws SQLException {
        long id = article.id();
        String text = article.text();
        List<Block> blocks = article.blocks();
        // what the user decided about earlier results survives the re-run
        Set<String> rejectedOrManual = new HashSet<>();
        Map<String, Long> previousEntity = new HashMap<>();
        for (Mention m : mentions.forArticle(c, id)) {
            if (m.rejected() || m.origin() == MentionOrigin.MANUAL) rejectedOrManual.add(spanKey(m.start(), m.end(), m.type()));
            else if (m.entityId() != null) previousEntity.put(spanKey(m.start(), m.end(), m.type()), m.entityId());
        }
        mentions.deleteAuto(c, id);
        events.deleteSourcesOf(c, id);

        List<ResolvedDate> resolved = dates.resolve(text, recognition.mentions(), docDate, blocks);
        List<Mention> fresh = new ArrayList<>();
        for (RawMention r : recognition.mentions()) {
            if (r.type() == null || r.type() == EntityType.DATE) continue;
            addIfAllowed(fresh, new Mention(0, id, r.start(), r.end(), text.substring(r.start(), r.end()), r.type(), null,
                    null, blockType(blocks, r.start()), MentionOrigin.AUTO, false), blocks, rejectedOrManual);
        }
        for (ResolvedDate d : resolved) {
            addIfAllowed(fresh, new Mention(0, id, d.start(), d.end(), d.text(), EntityType.DATE, d.range(), null,
                    blockType(blocks, d.start()), MentionOrigin.AUTO, false), blocks, rejectedOrManual);
        }
        fresh.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));

        EntityLinker.Known known = knownEntities(c);
        Long[] entityOf = new Long[fresh.size()];
        for (EntityLinker.Cluster cluster : linker.link(text, fresh, known)) {
            Long entityId = cluster.entityId();
            List<Integer> unassigned = new ArrayList<>();
            for (int i : cluster.members()) {
                Long before = previousEntity.get(spanKey(fresh.get(i).start(), fresh.get(i).end(), fresh.get(i).type()));
                if (before != null && known.contains(before)) entityOf[i] = before;
                else unassigned.add(i);
            }
            if (unassigned.isEmpty()) continue;
            Set<String> aliases = new LinkedHashSet<>();
            for (int i : unassigned) aliases.add(fresh.get(i).text().strip());
            if (entityId == null) {
                entityId = entities.create(c, cluster.type(), cluster.name(), cluster.aliases());
            } else {
                entities.absorb(c, entityId, cluster.name(), aliases);
            }
            for (int i : unassigned) entityOf[i] = entityId;
        }
        List<Mention> stored = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Mention m = fresh.get(i).withEntity(entityOf[i]);
            stored.add(m.withId(mentions.insert(c, m)));
        }
        entities.deleteUnused(c);

        Map<Long, String> names = entities.names(c, Arrays.stream(entityOf).filter(Objects::nonNull).toList());
        List<EventCandidate> candidates = extractor.extract(id, text, recognition.sentences(), blocks, resolved, stored, names);
        for (EventCandidate cand : candidates) {
            Event match = null;
            for (Event e : events.overlapping(c, cand.when().start(), cand.when().end())) {
                if (EventExtractor.sameEvent(cand, e)) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                events.insert(c, cand.kind(), cand.when(), cand.whoIds(), cand.whereIds(), cand.source());
            } else {
                events.addSource(c, match.id(), EventExtractor.mergedKind(match.kind(), cand.kind()),
                        EventExtractor.mergedDate(match.when(), cand.when()), cand.whoIds(), cand.whereIds(), cand.source());
            }
        }
    }

    /**
     * Every entity of the library, for linking: read whole once, then only the entities changed since the last article
     * (by this queue, a manual edit, an undo), or whole again after another process wrote; so storing one article does
     * not reread every known entity. Runs on the writer thread only.
     */
    private EntityLinker.Known knownEntities(Connection c) throws SQLException {
        Optional<Set<Long>> changed = entities.changedEntities(c);
        if (changed.isEmpty()) {
            known.clear();
            for (Entity e : entities.list(c)) known.put(e);
        } else {
            for (long entityId : changed.get()) {
                Optional<Entity> e = entities.get(c, entityId);
                if (e.isPresent()) known.put(e.get());
                else known.remove(entityId);
            }
        }
        return known;
    }

    /** Boilerplate (related links, page furniture) stays out of the entity index and the calendar. */
    private static void addIfAllowed(List<Mention> out, Mention m, List<Block> blocks, Set<String> rejectedOrManual) {
        if (m.blockType() != null && m.blockType().isBoilerplate()) return;
        if (rejectedOrManual.contains(spanKey(m.start(), m.end(), m.type()))) return;
        out.add(m);
    }

    private static BlockType blockType(List<Block> blocks, int offset) {
        return Block.at(blocks, offset).map(Block::type).orElse(null);
    }

    private static String spanKey(int start, int end, EntityType type) {
        return start + ":" + end + ":" + type;
    }

    // ---- document dates ---------------------------------------------------------------------------------

    /**
     * Lends each article without a publication date the date of the most similar dated article when their bodies
     * overlap enough to be one story, recording {@link DateSource#SAME_STORY}. A borrowed date never lends further.
     * Changing an article's date makes it pending, so its dates resolve again. Returns how many dates changed.
     */
    public int borrowDates() {
        List<ArticleSummary> all = articles.list();
        List<ArticleSummary> undated = all.stream()
                .filter(a -> a.published() == null || a.publishedSource() == DateSource.SAME_STORY).toList();
        if (undated.isEmpty()) return 0;
        Map<Long, Set<String>> donors = new HashMap<>();
        Map<Long, LocalDate> donorDates = new HashMap<>();
        for (ArticleSummary a : all) {
            if (a.published() == null || a.publishedSource() == DateSource.SAME_STORY) continue;
            articles.get(a.id()).ifPresent(full -> donors.put(a.id(), shingles(full.bodyText(), SHINGLE)));
            donorDates.put(a.id(), a.published());
        }
        int changed = 0;
        for (ArticleSummary u : undated) {
            Article full = articles.get(u.id()).orElse(null);
            if (full == null) continue;
            Set<String> mine = shingles(full.bodyText(), SHINGLE);
            long best = -1;
            double bestScore = 0;
            for (Map.Entry<Long, Set<String>> d : donors.entrySet()) {
                double j = jaccard(mine, d.getValue());
                if (j > bestScore) {
                    bestScore = j;
                    best = d.getKey();
                }
            }
            if (best >= 0 && bestScore >= SAME_STORY_THRESHOLD && !donorDates.get(best).equals(u.published())) {
                LocalDate date = donorDates.get(best);
                long donor = best;
                double score = bestScore;
                articles.setPublished(u.id(), date, DateSource.SAME_STORY);
                LOG.info(() -> String.format(Locale.ROOT, "Article %d takes the date %s of article %d (same story, overlap %.2f)",
                        u.id(), date, donor, score));
                changed++;
            }
        }
        return changed;
    }

    /** Lower-cased word {@code k}-shingles of a text. */
    public static Set<String> shingles(String text, int k) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String s : words) if (!s.isEmpty()) w.add(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + k)));
        return out;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int inter = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) if (large.contains(s)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
