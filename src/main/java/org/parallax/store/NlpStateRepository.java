package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.model.NlpFailure;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.RecognitionLanguage;

/**
 * The NLP queue's state per article. An article is pending when it has no state, when its state was computed by
 * another pipeline version or with another document date than the article's publication date now, or when it was
 * explicitly marked PENDING. So articles left at exit are found again. A FAILED article whose failure was transient is
 * pending again once its {@code retry_after} has passed (after the fresh ones, so a retry never holds up the queue);
 * other failures wait for {@link #retryFailed()}. Triggers keep that meaning as rows of {@code nlp_queue} (V017), so
 * the pending list is read from indexes at the cost of its length, not of the library's size.
 */
public final class NlpStateRepository {
    private final Database db;

    public NlpStateRepository(Database db) {
        this.db = db;
    }

    /**
     * Whether article {@code a} (joined with its state {@code s}) is pending: parameters pipeline version, now (epoch
     * ms). Shared with {@link NlpClaims}, which claims pending articles for a worker. Portable SQL (both engines).
     */
    static final String PENDING = "(s.article_id IS NULL OR s.status = 'PENDING' OR s.pipeline_version <> ? "
            + "OR s.doc_date IS DISTINCT FROM a.published OR (s.status = 'FAILED' AND s.retry_after <= ?))";
    /** The order of pending articles, fresh ones oldest first, then due retries: parameter pipeline version. */
    static final String PENDING_ORDER = "CASE WHEN s.status = 'FAILED' AND s.pipeline_version = ? "
            + "AND s.doc_date IS NOT DISTINCT FROM a.published THEN s.retry_after END NULLS FIRST, a.id";

    /** Ids of the articles the pipeline {@code version} still has to process now: fresh ones oldest first, then due retries. */
    public List<Long> pending(String version) {
        return pending(version, Instant.now());
    }

    /**
     * Ids of the articles the pipeline {@code version} has to process at {@code now}: never processed, outdated or
     * marked PENDING first (oldest first), then transient failures whose retry time has come (earliest first).
     */
    public List<Long> pending(String version, Instant now) {
        return new ArrayList<>(pendingSizes(version, now).keySet());
    }

    /**
     * The articles {@link #pending(String, Instant)} lists, in its order, each with the length of its text in UTF-8
     * bytes, so the queue can put long ones last. Read from {@code nlp_queue}: fresh articles by id, then due retries.
     */
    public LinkedHashMap<Long, Long> pendingSizes(String version, Instant now) {
        if (!queueReady(db, version)) return scanPendingSizes(version, now);
        return db.read(c -> {
            LinkedHashMap<Long, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, bytes FROM (SELECT article_id AS id, text_bytes AS bytes, "
                    + "0 AS grp, 0 AS due FROM nlp_queue WHERE fresh = 1 UNION ALL SELECT s.article_id, q.text_bytes, 1, s.retry_after "
                    + "FROM nlp_state s JOIN nlp_queue q ON q.article_id = s.article_id WHERE " + DUE + ") p ORDER BY grp, due, id")) {
                ps.setLong(1, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.putIfAbsent(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * Whether {@link #pendingSizes} would list anything: two index probes, however many are pending (a worker's idle
     * poll asks only this, and at 100,000 pending articles the whole list took 100-260 ms).
     */
    public boolean anyPending(String version, Instant now) {
        if (!queueReady(db, version)) return !scanPendingSizes(version, now).isEmpty();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN EXISTS (SELECT 1 FROM nlp_queue WHERE fresh = 1) "
                    + "OR EXISTS (SELECT 1 FROM nlp_state s JOIN nlp_queue q ON q.article_id = s.article_id WHERE " + DUE + ") "
                    + "THEN 1 ELSE 0 END")) {
                ps.setLong(1, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    /**
     * A due retry {@code s} with its queue row {@code q} (parameter now, epoch ms): a transient failure of the queue's
     * version whose time has come and that is not pending for another reason (those are fresh, and come first).
     */
    static final String DUE = "s.retry_after IS NOT NULL AND s.retry_after <= ? AND s.status = 'FAILED' AND q.fresh = 0";

    /**
     * {@link #pendingSizes} read by joining every article with its state, for a read-only library whose queue rows are
     * kept for another pipeline version than {@code version} (it cannot recompute them). Costs a scan of the library.
     */
    LinkedHashMap<Long, Long> scanPendingSizes(String version, Instant now) {
        return db.read(c -> {
            LinkedHashMap<Long, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, octet_length(a.text) FROM article a "
                    + "LEFT JOIN nlp_state s ON s.article_id = a.id WHERE " + PENDING + " ORDER BY " + PENDING_ORDER)) {
                ps.setString(1, version);
                ps.setLong(2, now.toEpochMilli());
                ps.setString(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * Whether {@code nlp_queue}'s fresh flags are computed for pipeline {@code version}, after recomputing them if they
     * were not (one pass over the library when the pipeline version changed, or when processes of two versions take
     * turns); false, leaving them, on a read-only library.
     */
    static boolean queueReady(Database db, String version) {
        if (version.equals(db.read(NlpStateRepository::queueVersion))) return true;
        if (db.readOnly()) return false;
        db.write(c -> {
            if (version.equals(queueVersion(c))) return null;
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_queue_version SET version = ?")) {
                ps.setString(1, version);
                ps.executeUpdate();
            }
            // only the rows whose flag changes are written (on a server every written row is a new row version)
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_queue SET fresh = 1 - fresh WHERE fresh <> CASE WHEN "
                    + "EXISTS (SELECT 1 FROM nlp_state s JOIN article a ON a.id = s.article_id WHERE s.article_id = nlp_queue.article_id "
                    + "AND s.status <> 'PENDING' AND s.pipeline_version = ? AND s.doc_date IS NOT DISTINCT FROM a.published) "
                    + "THEN 0 ELSE 1 END")) {
                ps.setString(1, version);
                ps.executeUpdate();
            }
            return null;
        });
        return true;
    }

    private static String queueVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM nlp_queue_version")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * How many articles the library holds and how many of them {@code version} has recognised for their present date
     * ({@code [recognised, total]}), read from the stored state so it holds across restarts.
     */
    public long[] recognisedOf(String version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(CASE WHEN s.status = 'DONE' "
                    + "AND s.pipeline_version = ? AND s.doc_date IS NOT DISTINCT FROM a.published THEN 1 ELSE 0 END), 0) "
                    + "FROM article a LEFT JOIN nlp_state s ON s.article_id = a.id")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new long[] {rs.getLong(2), rs.getLong(1)} : new long[] {0, 0};
                }
            }
        });
    }

    /** When the earliest transient failure of {@code version} is due to be tried again, if any is waiting. */
    public Optional<Instant> nextRetry(String version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(retry_after) FROM nlp_state "
                    + "WHERE status = 'FAILED' AND retry_after IS NOT NULL AND pipeline_version = ?")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    long at = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
                }
            }
        });
    }

    public Optional<NlpState> get(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pipeline_version, text_hash, doc_date, status, error, "
                    + "doc_date_missing, attempts, failure_kind, failure_reason, retry_after FROM nlp_state WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    String d = rs.getString(3);
                    String kind = rs.getString(8);
                    NlpFailure failure = kind == null ? null : new NlpFailure(failureKind(kind), rs.getString(9));
                    long retry = rs.getLong(10);
                    Instant retryAfter = rs.wasNull() ? null : Instant.ofEpochMilli(retry);
                    return Optional.of(new NlpState(articleId, rs.getString(1), rs.getString(2),
                            d == null ? null : LocalDate.parse(d), StoredEnum.read(NlpStatus.class, rs.getString(4)), rs.getString(5),
                            rs.getInt(6) != 0, rs.getInt(7), failure, retryAfter));
                }
            }
        });
    }

    /** Records the outcome of processing one article (inside the caller's transaction). */
    public void save(Connection c, NlpState s, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO nlp_state (article_id, pipeline_version, "
                + "text_hash, doc_date, doc_date_missing, status, error, processed_at, attempts, failure_kind, failure_reason, "
                + "retry_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                + "pipeline_version = excluded.pipeline_version, text_hash = excluded.text_hash, doc_date = excluded.doc_date, "
                + "doc_date_missing = excluded.doc_date_missing, status = excluded.status, error = excluded.error, "
                + "processed_at = excluded.processed_at, attempts = excluded.attempts, failure_kind = excluded.failure_kind, "
                + "failure_reason = excluded.failure_reason, retry_after = excluded.retry_after")) {
            ps.setLong(1, s.articleId());
            ps.setString(2, s.pipelineVersion());
            ps.setString(3, s.textHash());
            ps.setString(4, s.docDate() == null ? null : s.docDate().toString());
            ps.setInt(5, s.docDateMissing() ? 1 : 0);
            ps.setString(6, s.status().name());
            ps.setString(7, s.error());
            ps.setString(8, at.toString());
            ps.setInt(9, s.attempts());
            ps.setString(10, s.failure() == null ? null : s.failure().kind().name());
            ps.setString(11, s.failure() == null ? null : s.failure().reason());
            if (s.retryAfter() == null) ps.setNull(12, Types.INTEGER);
            else ps.setLong(12, s.retryAfter().toEpochMilli());
            ps.executeUpdate();
        }
    }

    public void save(NlpState s, Instant at) {
        db.write(c -> {
            save(c, s, at);
            return null;
        });
    }

    /** Puts an article back in the queue (for example after the user asked to re-run it), its attempts counted afresh. */
    public void markPending(long articleId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET " + REQUEUE + " WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Says which language article {@code articleId} is recognised as and, when that changes, puts it back in the queue
     * in the same transaction (its attempts counted afresh; what was recognised stays until the new run replaces it).
     * False when it was so already.
     *
     * @throws StoreException when there is no such article
     */
    public boolean setRecognitionLanguage(long articleId, RecognitionLanguage language) {
        String stored = language == RecognitionLanguage.FROM_TEXT ? null : language.name();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET recognise_as = ? WHERE id = ? AND "
                    + "recognise_as IS DISTINCT FROM ?")) {
                ps.setString(1, stored);
                ps.setLong(2, articleId);
                ps.setString(3, stored);
                if (ps.executeUpdate() == 0) {
                    try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
                        exists.setLong(1, articleId);
                        try (ResultSet rs = exists.executeQuery()) {
                            if (!rs.next()) throw new StoreException("There is no article " + articleId);
                        }
                    }
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET " + REQUEUE + " WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Puts every article with a state back in the queue (benchmarks recognising one library again); returns how many. */
    public int requeueAll() {
        return db.write(c -> {
            return requeue(c, "");
        });
    }

    /** Puts every FAILED article back in the queue, whatever its failure; returns how many. */
    public int retryFailed() {
        return db.write(c -> {
            return requeue(c, " WHERE status = 'FAILED'");
        });
    }

    /** How many FAILED articles have each reason, most common first (a failure stored without one is "unknown"). */
    public Map<String, Integer> failureReasons() {
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(failure_reason, 'unknown'), "
                    + "count(*) FROM nlp_state WHERE status = 'FAILED' GROUP BY 1 ORDER BY 2 DESC, 1")) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
            return out;
        });
    }

    /** How many FAILED articles will be tried again by themselves (transient failures with attempts left). */
    public int retrying() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM nlp_state WHERE status = 'FAILED' AND retry_after IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Requeues the states {@code where} selects; returns how many, counted apart because SQLite's update count takes in
     * the {@code nlp_queue} rows its triggers write.
     */
    private static int requeue(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM nlp_state" + where)) {
                n = rs.next() ? rs.getInt(1) : 0;
            }
            s.executeUpdate("UPDATE nlp_state SET " + REQUEUE + where);
            return n;
        }
    }

    private static final String REQUEUE = "status = 'PENDING', attempts = 0, failure_kind = NULL, failure_reason = NULL, "
            + "retry_after = NULL";

    /** A kind written by a newer version reads as permanent: this version will not retry what it does not know. */
    private static NlpFailure.Kind failureKind(String name) {
        try {
            return NlpFailure.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return NlpFailure.Kind.PERMANENT;
        }
    }

    /** Articles processed without a document date, whose relative dates stay unresolved until the user sets one. */
    public List<Long> missingDocDate() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT article_id FROM nlp_state WHERE doc_date_missing = 1 ORDER BY article_id")) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /** How many articles are in each state; articles never processed are not counted here. */
    public Map<NlpStatus, Integer> counts() {
        return db.read(c -> {
            Map<NlpStatus, Integer> out = new EnumMap<>(NlpStatus.class);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM nlp_state GROUP BY status")) {
                while (rs.next()) out.put(StoredEnum.read(NlpStatus.class, rs.getString(1)), rs.getInt(2));
            }
            return out;
        });
    }
}
