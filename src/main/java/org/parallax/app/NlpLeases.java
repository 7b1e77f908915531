package org.parallax.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.store.LibraryClock;
import org.parallax.store.NlpClaims;
import org.parallax.store.StoreException;

/**
 * The leases of one NLP process ({@link NlpClaims}): who it is (host name and process id), how long its leases last,
 * and the heartbeat that renews them while a run goes on, so that a run in a window, {@code nlp --wait} and any number
 * of {@code nlp --worker} processes never recognise one article twice, and a dead one's articles are taken again
 * once its leases run out. Thread-safe.
 */
final class NlpLeases {
    private static final Logger LOG = Logger.getLogger(NlpLeases.class.getName());
    /** A lease outlives a stalled write or a long piece of a long article, and a dead worker is replaced soon enough. */
    static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    /** The most articles one claim asks for: a worker that dies holds at most this many until its leases run out. */
    static final int MAX_CLAIM = 64;

    private final NlpClaims claims;
    private final Clock clock;
    private volatile Duration lease = DEFAULT_LEASE;
    private ScheduledExecutorService heartbeat;
    private int claimSize;
    private long lastClaimNanos;
    private long lastClaimEnd;
    private int runs;

    NlpLeases(NlpClaims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    /** This process's name on its leases: host name and process id. */
    String worker() {
        return Self.NAME;
    }

    Duration lease() {
        return lease;
    }

    void lease(Duration length) {
        if (length.isNegative() || length.isZero()) throw new IllegalArgumentException("a lease must be positive: " + length);
        this.lease = Objects.requireNonNull(length);
    }

    /** Takes one article unless another process holds a live lease on it; true when this process holds it now. */
    boolean take(long articleId) {
        return claims.take(articleId, worker(), clock.instant(), lease);
    }

    /** Ends the lease inside the transaction storing the article's outcome; false when another process took it meanwhile. */
    boolean release(Connection c, long articleId) throws SQLException {
        return claims.release(c, articleId, worker());
    }

    /** Ends the lease on an article this run stopped working on; a library already closed (quitting) lets it run out. */
    void releaseQuietly(long articleId) {
        try {
            claims.release(articleId, worker());
        } catch (StoreException closing) {
            LOG.log(Level.FINE, "Lease on article " + articleId + " left to run out", closing);
        }
    }

    /** Ends every lease of this process (a worker stopping); a closed library lets them run out. */
    int releaseAll() {
        try {
            return claims.releaseAll(worker());
        } catch (StoreException closing) {
            LOG.log(Level.FINE, "Leases of " + worker() + " left to run out", closing);
            return 0;
        }
    }

    /**
     * Claims pending articles in the queue's order, at least {@code minimum} held in all (held ones count). A claim's
     * read costs what it returns since V017 (index ranges, not the whole library), but its write and a server's round
     * trips remain: the claim size follows {@link #nextClaimSize}, so a costly claim is made in larger batches.
     */
    void claim(int minimum, String version, long longOver) {
        long start = System.nanoTime();
        int size;
        synchronized (this) {
            claimSize = lastClaimEnd == 0 ? minimum : nextClaimSize(claimSize, minimum, lastClaimNanos, start - lastClaimEnd);
            size = claimSize;
        }
        claims.claim(worker(), size, version, clock.instant(), lease, longOver);
        long end = System.nanoTime();
        synchronized (this) {
            lastClaimNanos = end - start;
            lastClaimEnd = end;
        }
    }

    /**
     * The next claim's size: twice the last (up to {@link #MAX_CLAIM}) when the last claim took more than a twentieth
     * of the work done on its articles before this one, half (down to {@code minimum}) when it took under a hundredth.
     */
    static int nextClaimSize(int last, int minimum, long claimNanos, long workNanos) {
        if (claimNanos * 20 > workNanos) return Math.max(minimum, Math.min(MAX_CLAIM, last * 2));
        if (claimNanos * 100 < workNanos) return Math.max(minimum, last / 2);
        return Math.max(minimum, last);
    }

    /** The pending articles this process holds, with their sizes, in the pending order. */
    LinkedHashMap<Long, Long> held(String version) {
        return claims.heldSizes(worker(), version, clock.instant());
    }

    /** Removes from {@code pendingSizes} the articles another process holds a live lease on. */
    void dropHeldByOthers(Map<Long, Long> pendingSizes) {
        pendingSizes.keySet().removeAll(claims.heldByOthers(worker(), clock.instant()));
    }

    /** Starts renewing this process's leases every third of a lease (runs may overlap: the last to stop stops it). */
    synchronized void startHeartbeat() {
        if (runs++ > 0) return;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parallax-nlp-lease");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    synchronized void stopHeartbeat() {
        if (--runs > 0 || heartbeat == null) return;
        heartbeat.shutdownNow();
        heartbeat = null;
    }

    private void renew() {
        try {
            // the server's clock is measured again at each beat, so a machine's clock drifting mid-run is followed
            if (clock instanceof LibraryClock library) library.sync();
            claims.renew(worker(), clock.instant(), lease);
        } catch (RuntimeException e) {
            // a busy or unreachable library: the next beat tries again well before the lease runs out
            LOG.log(Level.WARNING, "Cannot renew the NLP leases of " + worker(), e);
        }
    }

    /** Looked up once per process, when the first lease is taken or named (the host name may need a lookup). */
    private static final class Self {
        static final String NAME = hostName() + "-" + ProcessHandle.current().pid();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
