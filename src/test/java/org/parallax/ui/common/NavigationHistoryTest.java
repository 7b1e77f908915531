package org.parallax.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.ui.common.NavigationHistory.Entry;

class NavigationHistoryTest {
    private static Entry at(long id, int start, int end) {
        return new Entry(id, start, end, "test");
    }

    @Test
    void emptyHistoryGoesNowhere() {
        NavigationHistory h = new NavigationHistory();
        assertFalse(h.canGoBack());
        assertFalse(h.canGoForward());
        assertEquals(Optional.empty(), h.back());
        assertEquals(Optional.empty(), h.forward());
        assertEquals(Optional.empty(), h.current());
        h.updateCurrent(at(1, 0, 0));
        assertTrue(h.entries().isEmpty(), "nothing to update before a visit");
    }

    @Test
    void backAndForwardWalkTheVisitsInOrder() {
        NavigationHistory h = new NavigationHistory();
        h.visit(at(1, 0, 0));
        h.visit(at(2, 10, 20));
        h.visit(at(3, 0, 0));
        assertEquals(Optional.of(at(2, 10, 20)), h.back());
        assertEquals(Optional.of(at(1, 0, 0)), h.back());
        assertEquals(Optional.empty(), h.back());
        assertEquals(Optional.of(at(1, 0, 0)), h.current());
        assertEquals(Optional.of(at(2, 10, 20)), h.forward());
        assertEquals(Optional.of(at(3, 0, 0)), h.forward());
        assertEquals(Optional.empty(), h.forward());
    }

    @Test
    void aNewVisitAfterGoingBackDropsThePlacesAhead() {
        NavigationHistory h = new NavigationHistory();
        h.visit(at(1, 0, 0));
        h.visit(at(2, 0, 0));
        h.visit(at(3, 0, 0));
        h.back();
        h.back();
        h.visit(at(4, 5, 9));
        assertFalse(h.canGoForward());
        assertEquals(List.of(at(1, 0, 0), at(4, 5, 9)), h.entries());
        assertEquals(Optional.of(at(1, 0, 0)), h.back());
    }

    @Test
    void updatingTheCurrentPlaceIsWhatGoingBackRestores() {
        NavigationHistory h = new NavigationHistory();
        h.visit(at(1, 0, 0));
        h.updateCurrent(at(1, 400, 400)); // scrolled down before leaving
        h.visit(at(2, 0, 0));
        assertEquals(Optional.of(at(1, 400, 400)), h.back());
        assertTrue(h.canGoForward());
    }

    @Test
    void theOldestPlacesGoPastTheLimit() {
        NavigationHistory h = new NavigationHistory();
        for (int i = 0; i < NavigationHistory.LIMIT + 5; i++) h.visit(at(i, 0, 0));
        assertEquals(NavigationHistory.LIMIT, h.entries().size());
        assertEquals(5, h.entries().get(0).articleId());
        int steps = 0;
        while (h.back().isPresent()) steps++;
        assertEquals(NavigationHistory.LIMIT - 1, steps);
    }
}
