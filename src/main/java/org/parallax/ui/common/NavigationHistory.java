package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's one navigation history, as a browser keeps it: {@link #visit} adds a place after the current one and
 * drops whatever lay ahead; {@link #back()} and {@link #forward()} move along it. Before leaving a place its caller
 * may {@link #updateCurrent} it (where it was scrolled to), so coming back lands there. No toolkit: plain state.
 */
public final class NavigationHistory {
    /** The most places kept; the oldest go first. */
    public static final int LIMIT = 200;

    /**
     * One place: an article, a range in its article offsets ({@code start == end} for a scroll position only) and
     * the view that led there ("library", "calendar", "entities", "search", "notes", "compare", ...).
     */
    public record Entry(long articleId, int start, int end, String view) {
        /** Whether the entry names a range to mark (a jump's target) rather than a scroll position. */
        public boolean isRange() {
            return end > start;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private int current = -1;

    /** Adds {@code e} after the current place, dropping the places ahead of it (as after going back). */
    public void visit(Entry e) {
        while (entries.size() > current + 1) entries.remove(entries.size() - 1);
        entries.add(e);
        if (entries.size() > LIMIT) entries.remove(0);
        current = entries.size() - 1;
    }

    /** Replaces the current place (its scroll position changed); nothing when the history is empty. */
    public void updateCurrent(Entry e) {
        if (current >= 0) entries.set(current, e);
    }

    /** Moves one place back and returns it; empty at the start. */
    public Optional<Entry> back() {
        if (!canGoBack()) return Optional.empty();
        return Optional.of(entries.get(--current));
    }

    /** Moves one place forward and returns it; empty at the end. */
    public Optional<Entry> forward() {
        if (!canGoForward()) return Optional.empty();
        return Optional.of(entries.get(++current));
    }

    public boolean canGoBack() {
        return current > 0;
    }

    public boolean canGoForward() {
        return current >= 0 && current < entries.size() - 1;
    }

    /** The current place; empty before the first visit. */
    public Optional<Entry> current() {
        return current < 0 ? Optional.empty() : Optional.of(entries.get(current));
    }

    /** Every place kept, oldest first (for tests and a history menu). */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
