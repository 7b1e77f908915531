package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Leases on pending articles ({@code nlp_claim}), so that NLP runs in several processes or on several machines never
 * recognise one article twice: an article is taken by one worker until {@code claimed_until} (epoch ms); the lease is
 * renewed while the worker lives and deleted with the article's results. A dead worker's leases run out and another
 * worker takes the articles. Every claim's write is one transaction, so claims of all processes take their articles one at a time.
 */
public final class NlpClaims {
    private final Database db;

    public NlpClaims(Database db) {
        this.db = db;
    }

    /**
     * Claims for {@code worker} up to {@code limit} pending articles ({@link NlpStateRepository}'s meaning) that no other
     * worker holds a live lease on, in the NLP queue's order (articles of at most {@code longOver} bytes in the store's
     * pending order, then longer ones shortest first), until {@code now + lease}; returns their ids in that order.
     * The queue is read outside the write transaction, so no other writer of the library waits for it, from the
     * indexes of {@code nlp_queue} (V017): four index range reads of at most twice the asked number each, whatever the
     * library's size. The write then takes each candidate that is still pending and free, one indexed statement each;
     * twice the asked number are read, so a candidate another worker took meanwhile is made up for.
     */
    public List<Long> claim(String worker, int limit, String version, Instant now, Duration lease, long longOver) {
        long nowMs = now.toEpochMilli();
        List<Long> candidates = NlpStateRepository.queueReady(db, version)
                ? candidates(worker, 2 * limit, nowMs, longOver) : scanCandidates(worker, 2 * limit, version, nowMs, longOver);
        if (candidates.isEmpty()) return List.of();
        return db.write(c -> {
            List<Long> taken = new ArrayList<>();
            // still pending (another worker may have stored it since the read) and free, or this worker's own lease
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO nlp_claim (article_id, worker, claimed_until) "
                    + "SELECT a.id, CAST(? AS TEXT), CAST(? AS BIGINT) FROM article a LEFT JOIN nlp_state s ON s.article_id = a.id "
                    + "WHERE a.id = ? AND " + NlpStateRepository.PENDING + " ON CONFLICT (article_id) DO UPDATE SET worker = excluded.worker, "
                    + "claimed_until = excluded.claimed_until WHERE nlp_claim.claimed_until <= ? OR nlp_claim.worker = excluded.worker")) {
                for (long id : candidates) {
                    if (taken.size() >= limit) break;
                    ps.setString(1, worker);
                    ps.setLong(2, nowMs + lease.toMillis());
                    ps.setLong(3, id);
                    ps.setString(4, version);
                    ps.setLong(5, nowMs);
                    ps.setLong(6, nowMs);
                    if (ps.executeUpdate() == 1) taken.add(id);
                }
            }
            return taken;
        });
    }

    /** A candidate that no other worker holds a live lease on ({@code cl} joined on it): parameters now, worker. */
    private static final String FREE = "(cl.article_id IS NULL OR cl.claimed_until <= ? OR cl.worker = ?)";

    /**
     * The first {@code n} free pending articles in the claim order, read from {@code nlp_queue}'s indexes in one
     * statement (one snapshot): short fresh ones by id, short due retries by due time, then long ones by length
     * (fresh before retries at one length). Each part reads at most {@code n} index entries past the ones it skips.
     */
    List<Long> candidates(String worker, int n, long nowMs, long longOver) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
                bindCandidates(ps, worker, n, nowMs, longOver);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static final String FRESH = "FROM nlp_queue q LEFT JOIN nlp_claim cl ON cl.article_id = q.article_id WHERE q.fresh = 1 AND " + FREE;
    private static final String DUE = "FROM nlp_state s JOIN nlp_queue q ON q.article_id = s.article_id LEFT JOIN nlp_claim cl ON "
            + "cl.article_id = s.article_id WHERE " + NlpStateRepository.DUE + " AND " + FREE;
    /** {@link #candidates}' statement (package-private for the benchmark's query plans); see {@link #bindCandidates}. */
    static final String CANDIDATES = "SELECT id FROM ("
            + "SELECT * FROM (SELECT q.article_id AS id, 0 AS part, 0 AS k1, 0 AS k2 " + FRESH
            + " AND q.text_bytes <= ? ORDER BY q.article_id LIMIT ?) f0 UNION ALL "
            + "SELECT * FROM (SELECT s.article_id, 1, s.retry_after, 0 " + DUE
            + " AND q.text_bytes <= ? ORDER BY s.retry_after, s.article_id LIMIT ?) f1 UNION ALL "
            + "SELECT * FROM (SELECT q.article_id, 2, q.text_bytes, -1 " + FRESH
            + " AND q.text_bytes > ? ORDER BY q.text_bytes, q.article_id LIMIT ?) f2 UNION ALL "
            + "SELECT * FROM (SELECT s.article_id, 2, q.text_bytes, s.retry_after " + DUE
            + " AND q.text_bytes > ? ORDER BY q.text_bytes, s.retry_after, s.article_id LIMIT ?) f3"
            + ") p ORDER BY part, k1, k2, id LIMIT ?";

    static void bindCandidates(PreparedStatement ps, String worker, int n, long nowMs, long longOver) throws SQLException {
        int i = 1;
        for (int part = 0; part < 4; part++) {
            if (part % 2 == 1) ps.setLong(i++, nowMs);
            ps.setLong(i++, nowMs);
            ps.setString(i++, worker);
            ps.setLong(i++, longOver);
            ps.setInt(i++, n);
        }
        ps.setInt(i, n);
    }

    /** {@link #candidates} read by joining every article with its state (a read-only library's queue of another version). */
    List<Long> scanCandidates(String worker, int n, String version, long nowMs, long longOver) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SCAN)) {
                bindScan(ps, worker, n, version, nowMs, longOver);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** {@link #scanCandidates}' statement (the claim read until schema 16); see {@link #bindScan}. */
    static final String SCAN = "SELECT a.id FROM article a "
            + "LEFT JOIN nlp_state s ON s.article_id = a.id LEFT JOIN nlp_claim cl ON cl.article_id = a.id WHERE "
            + NlpStateRepository.PENDING + " AND " + FREE + " "
            + "ORDER BY CASE WHEN octet_length(a.text) > ? THEN octet_length(a.text) ELSE 0 END, "
            + NlpStateRepository.PENDING_ORDER + " LIMIT ?";

    static void bindScan(PreparedStatement ps, String worker, int n, String version, long nowMs, long longOver) throws SQLException {
        ps.setString(1, version);
        ps.setLong(2, nowMs);
        ps.setLong(3, nowMs);
        ps.setString(4, worker);
        ps.setLong(5, longOver);
        ps.setString(6, version);
        ps.setInt(7, n);
    }

    /**
     * Takes one article for {@code worker} until {@code now + lease} unless another worker holds a live lease on it;
     * true when {@code worker} holds it now (a lease it held already is renewed).
     */
    public boolean take(long articleId, String worker, Instant now, Duration lease) {
        long nowMs = now.toEpochMilli();
        return db.write(c -> upsert(c, articleId, worker, nowMs, nowMs + lease.toMillis()));
    }

    /** Inserts the lease, or overwrites one that ran out or is the worker's own; false when another's live lease stays. */
    private static boolean upsert(Connection c, long articleId, String worker, long nowMs, long until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO nlp_claim (article_id, worker, claimed_until) "
                + "SELECT id, CAST(? AS TEXT), CAST(? AS BIGINT) FROM article WHERE id = ? ON CONFLICT (article_id) DO UPDATE SET worker = excluded.worker, "
                + "claimed_until = excluded.claimed_until WHERE nlp_claim.claimed_until <= ? OR nlp_claim.worker = excluded.worker")) {
            ps.setString(1, worker);
            ps.setLong(2, until);
            ps.setLong(3, articleId);
            ps.setLong(4, nowMs);
            return ps.executeUpdate() == 1;
        }
    }

    /** Extends every lease {@code worker} holds to {@code now + lease} (its heartbeat); returns how many. */
    public int renew(String worker, Instant now, Duration lease) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_claim SET claimed_until = ? WHERE worker = ?")) {
                ps.setLong(1, now.toEpochMilli() + lease.toMillis());
                ps.setString(2, worker);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Ends {@code worker}'s lease on an article inside the caller's transaction (the one storing its results or its
     * failure); false when the worker no longer held it (its lease ran out and another worker took the article).
     */
    public boolean release(Connection c, long articleId, String worker) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM nlp_claim WHERE article_id = ? AND worker = ?")) {
            ps.setLong(1, articleId);
            ps.setString(2, worker);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ends {@code worker}'s lease on an article it stopped working on (it stays pending for any worker). */
    public void release(long articleId, String worker) {
        db.write(c -> release(c, articleId, worker));
    }

    /** Ends every lease {@code worker} holds (it stops); returns how many. */
    public int releaseAll(String worker) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM nlp_claim WHERE worker = ?")) {
                ps.setString(1, worker);
                return ps.executeUpdate();
            }
        });
    }

    /** The articles other workers than {@code worker} hold a live lease on at {@code now}. */
    public Set<Long> heldByOthers(String worker, Instant now) {
        return db.read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id FROM nlp_claim WHERE worker <> ? AND claimed_until > ?")) {
                ps.setString(1, worker);
                ps.setLong(2, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /**
     * The pending articles {@code worker} holds, in the pending order, each with its text length in UTF-8 bytes (as
     * {@link NlpStateRepository#pendingSizes} gives them, so the queue orders them alike).
     */
    public LinkedHashMap<Long, Long> heldSizes(String worker, String version, Instant now) {
        return db.read(c -> {
            LinkedHashMap<Long, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, octet_length(a.text) FROM nlp_claim cl "
                    + "JOIN article a ON a.id = cl.article_id LEFT JOIN nlp_state s ON s.article_id = a.id "
                    + "WHERE cl.worker = ? AND " + NlpStateRepository.PENDING + " ORDER BY " + NlpStateRepository.PENDING_ORDER)) {
                ps.setString(1, worker);
                ps.setString(2, version);
                ps.setLong(3, now.toEpochMilli());
                ps.setString(4, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** Every lease now: article id to worker (for status and tests). */
    public LinkedHashMap<Long, String> all() {
        return db.read(c -> {
            LinkedHashMap<Long, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, worker FROM nlp_claim ORDER BY article_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
            return out;
        });
    }
}
