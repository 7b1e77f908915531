package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values in the one unlinked sentence each article has between the same two counterparts ({@link GapSentences}). */
class GapSentencesTest {
    private static final String LEAD_A = "The population of Varnia rose to 3.2 million last year, the census office said on Monday. ";
    private static final String LEAD_B = "Varnia's population stands at 3,200,000, according to the latest census. ";
    private static final String NEXT_A = " The capital, Dunmore, grew fastest and now has 900,000 residents.";
    private static final String NEXT_B = " Dunmore, the capital, now has 900,000 residents after growing fastest.";

    private static Comparison.Facts facts(String a, String b) {
        return new ComparisonService().compare(Samples.fromText(1, "a", a), Samples.fromText(2, "b", b)).facts();
    }

    @Test
    void aRateInTheGapBetweenTwoCounterpartsConflicts() {
        Comparison.Facts f = facts(LEAD_A + "That is an increase of 2.1% since the previous count." + NEXT_A,
                LEAD_B + "It went up by 2.6 percent over the decade." + NEXT_B);
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("2.1%", f.conflicts().get(0).a().text());
        assertEquals("2.6 percent", f.conflicts().get(0).b().text());
        assertTrue(f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
    }

    @Test
    void anAgreeingRateInTheGapIsNeitherAConflictNorOneSided() {
        Comparison.Facts f = facts(LEAD_A + "That is an increase of 2.1% since the previous count." + NEXT_A,
                LEAD_B + "It went up by 2.1 percent over the decade." + NEXT_B);
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
    }

    @Test
    void theArticlesLastSentencesAreNoGap() {
        Comparison.Facts f = facts(LEAD_A + NEXT_A.strip() + " Wages grew 4.1% over the same period.",
                LEAD_B + NEXT_B.strip() + " Unions said pay rises of at least 6 percent were needed.");
        assertTrue(f.conflicts().isEmpty(), f.toString());
        assertEquals(1, f.onlyA().size(), f.toString());
        assertEquals(1, f.onlyB().size(), f.toString());
    }
}
