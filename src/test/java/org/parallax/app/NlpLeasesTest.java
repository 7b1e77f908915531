package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a worker sizes its claims: larger while a claim costs much next to the work it hands out, smaller when cheap. */
class NlpLeasesTest {
    private static final long MS = 1_000_000;

    @Test
    void aSlowClaimDoublesTheNextUpToTheBound() {
        // 160 ms to claim (a 100,000-article file) against 3 articles of 90 ms recognised since the last claim
        assertEquals(8, NlpLeases.nextClaimSize(4, 4, 160 * MS, 270 * MS));
        int size = 4;
        for (int i = 0; i < 10; i++) size = NlpLeases.nextClaimSize(size, 4, 160 * MS, (size - 1) * 90 * MS);
        assertEquals(NlpLeases.MAX_CLAIM, size, "bounded, so a dead worker strands few articles");
    }

    @Test
    void aCheapClaimKeepsOrShrinksTheBatchButNeverBelowTheMinimum() {
        // 2 ms to claim (a small library) against 3 articles of 90 ms: stays at the minimum
        assertEquals(4, NlpLeases.nextClaimSize(4, 4, 2 * MS, 270 * MS));
        // grown on a large library, it shrinks again once claims are cheap
        assertEquals(32, NlpLeases.nextClaimSize(64, 4, 10 * MS, 63 * 90 * MS));
        // in between (a twentieth to a hundredth of the work): unchanged
        assertEquals(16, NlpLeases.nextClaimSize(16, 4, 30 * MS, 15 * 90 * MS));
        assertEquals(6, NlpLeases.nextClaimSize(4, 6, 0, 270 * MS), "the caller's minimum wins");
    }
}
