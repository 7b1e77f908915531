package org.parallax.app;

import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.parallax.store.StoreException;

/**
 * The order in which {@link NlpService} takes pending articles, and the requests that change it while a run goes on:
 * articles asked for ({@link #prioritise}) first, the most recent request first; then articles short enough for one
 * piece in the store's order; then long ones, shortest first, so one huge article never holds up the rest.
 * {@link #wake()} makes the run read the pending list again at its next pick (new imports get in before long ones);
 * {@link #pause()} stops the run between articles or pieces. Thread-safe: requests come from any thread.
 */
final class NlpQueue {
    private final Set<Long> priority = new LinkedHashSet<>();
    private volatile boolean paused;
    private volatile boolean woken;

    /** Puts {@code ids} before everything else, in the given order, ahead of earlier requests. */
    synchronized void prioritise(Collection<Long> ids) {
        Set<Long> next = new LinkedHashSet<>(ids);
        next.addAll(priority);
        priority.clear();
        priority.addAll(next);
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    boolean isPaused() {
        return paused;
    }

    void wake() {
        woken = true;
    }

    /** True once after each {@link #wake()}: the caller reads the pending list again. */
    boolean takeWake() {
        boolean w = woken;
        woken = false;
        return w;
    }

    /** The pending ids ({@code sizes}: id to text length, in the store's order) in the order to process them. */
    Deque<Long> order(Map<Long, Long> sizes, LongPredicate isLong) {
        Deque<Long> out = new ArrayDeque<>();
        List<Long> longOnes = new ArrayList<>();
        for (Map.Entry<Long, Long> e : sizes.entrySet()) {
            if (isLong.test(e.getValue())) longOnes.add(e.getKey());
            else out.add(e.getKey());
        }
        longOnes.sort((a, b) -> Long.compare(sizes.get(a), sizes.get(b)));
        out.addAll(longOnes);
        return out;
    }

    /** Whether an article was asked for and not yet taken. */
    synchronized boolean hasPriority() {
        return !priority.isEmpty();
    }

    /** Removes and returns the next id of {@code batch}: a prioritised one when the batch holds one, else its head. */
    synchronized long next(Deque<Long> batch) {
        for (Iterator<Long> it = priority.iterator(); it.hasNext();) {
            Long id = it.next();
            it.remove();
            if (batch.remove(id)) return id;
        }
        return batch.removeFirst();
    }

    /**
     * Whether a failure is the thread being stopped rather than the article's fault: the window interrupts its
     * workers and closes the library when it quits, which CoreNLP and the store report as their own exceptions.
     */
    static boolean isQuitting(Throwable e) {
        if (Thread.currentThread().isInterrupted()) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Database.ensureOpen's refusal once the window has closed the library
            if (t instanceof StoreException && String.valueOf(t.getMessage()).endsWith(" is closed")) return true;
            if (t instanceof InterruptedException || t instanceof ClosedByInterruptException
                    || t.getClass().getSimpleName().equals("RuntimeInterruptedException")) {
                return true;
            }
        }
        return false;
    }
}
