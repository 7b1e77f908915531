package org.parallax.web;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most a fixed number of requests to one host at a time, fairly queued: the {@link Fetcher} holds a permit for each
 * request it sends (not while it follows a redirect, waits out a Retry-After or hands the body on), so a large feed
 * refresh or a long list of links never hammers a site while extraction and storage run freely in parallel.
 */
final class HostGate {
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostGate(int perHost) {
        this.perHost = perHost;
    }

    /** Waits for the host's turn; returns how long that took in nanoseconds. */
    long acquire(String host) throws FetchException {
        long t0 = System.nanoTime();
        try {
            semaphore(host).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("was interrupted");
        }
        return System.nanoTime() - t0;
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return hosts.computeIfAbsent(key, h -> new Semaphore(perHost, true));
    }
}
