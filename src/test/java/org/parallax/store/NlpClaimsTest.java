package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;

/** Leases on pending articles on a real SQLite library: who gets which article, in what order, and when they run out. */
class NlpClaimsTest {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    @TempDir
    Path dir;
    private Database db;
    private ArticleRepository articles;
    private NlpStateRepository states;
    private NlpClaims claims;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        states = new NlpStateRepository(db);
        claims = new NlpClaims(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long article(String text) {
        ArticleMeta meta = new ArticleMeta(text.substring(0, 10), false, null, null, null, null, LocalDate.of(2023, 3, 4), null,
                null, null, "plaintext", "en");
        return articles.insert(new ArticleDraft(meta, text, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))), text, Instant.EPOCH);
    }

    @Test
    void workersGetDisjointBatchesInTheQueuesOrderLongArticlesLast() {
        long long1 = article("long one " + "x".repeat(300));
        long a = article("short article a");
        long long2 = article("long two " + "x".repeat(200));
        long b = article("short article b");
        long c = article("short article c");
        long done = article("short article done");
        states.save(new NlpState(done, "v1", "h", LocalDate.of(2023, 3, 4), NlpStatus.DONE, null, false), Instant.EPOCH);

        assertEquals(List.of(a, b), claims.claim("w1", 2, "v1", NOW, LEASE, 100));
        assertEquals(List.of(c, long2), claims.claim("w2", 2, "v1", NOW, LEASE, 100), "short ones first, long ones shortest first");
        assertEquals(List.of(a, b, long1), claims.claim("w1", 3, "v1", NOW, LEASE, 100), "a worker's own leases count towards its batch");
        assertEquals(List.of(), claims.claim("w3", 10, "v1", NOW, LEASE, 100), "nothing pending is free");
        assertEquals(Set.of(c, long2), claims.heldByOthers("w1", NOW));
        assertEquals(List.of(long1, a, b), List.copyOf(claims.heldSizes("w1", "v1", NOW).keySet()), "in the store's pending order: the run's queue orders them");
    }

    @Test
    void aLeaseRunsOutUnlessRenewedAndEndsOnlyForItsHolder() {
        long a = article("short article a");
        long b = article("short article b");
        assertEquals(List.of(a, b), claims.claim("w1", 5, "v1", NOW, LEASE, 100));
        assertFalse(claims.take(a, "w2", NOW.plus(LEASE).minusMillis(1), LEASE), "live lease");
        assertEquals(2, claims.renew("w1", NOW.plus(Duration.ofMinutes(4)), LEASE));
        assertFalse(claims.take(a, "w2", NOW.plus(LEASE).plusSeconds(1), LEASE), "renewed: still live");
        assertTrue(claims.take(a, "w2", NOW.plus(Duration.ofMinutes(9)), LEASE), "ran out: another worker takes it");
        assertEquals(List.of(b), claims.claim("w3", 5, "v1", NOW.plus(Duration.ofMinutes(9)), LEASE, 100), "w1's other lease ran out too");

        assertFalse(db.<Boolean>write(c -> claims.release(c, a, "w1")), "w1 lost it: its results are not stored");
        assertTrue(db.<Boolean>write(c -> claims.release(c, a, "w2")));
        assertEquals(Map.of(b, "w3"), claims.all());
        assertEquals(1, claims.releaseAll("w3"));
        assertEquals(Map.of(), claims.all());
    }

    @Test
    void aStoredArticleIsNoLongerClaimedAndADeletedOneDropsItsLease() {
        long a = article("short article a");
        long b = article("short article b");
        claims.claim("w1", 5, "v1", NOW, LEASE, 100);
        states.save(new NlpState(a, "v1", "h", LocalDate.of(2023, 3, 4), NlpStatus.DONE, null, false), Instant.EPOCH);
        assertEquals(List.of(b), List.copyOf(claims.heldSizes("w1", "v1", NOW).keySet()), "a held article no longer pending is not work");
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM article WHERE id = " + b);
            }
            return null;
        });
        assertEquals(Map.of(a, "w1"), claims.all());
        assertFalse(claims.take(b, "w1", NOW, LEASE), "no lease on an article that is gone");
    }
}
