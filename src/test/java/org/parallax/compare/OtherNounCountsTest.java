package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OtherNounCountsTest {
    private static List<Fact> counts(String s) {
        List<Fact> stated = FactExtractor.extract(s, 0, s.length());
        return FactExtractor.countedThings(s, 0, s.length(), stated);
    }

    private static List<Comparison.Conflict> settle(String a, String b, Set<Fact> used) {
        List<Comparison.Conflict> out = new ArrayList<>();
        OtherNounCounts.settle(counts(a), counts(b), used, out);
        return out;
    }

    @Test
    void oneCountUnderTwoNounsOfOneThingConflicts() {
        Set<Fact> used = new HashSet<>();
        List<Comparison.Conflict> c = settle("The factory, which opened in 1986, built 85,000 cars last year.",
                "Opened 41 years ago, the plant made 80,000 vehicles in 2026.", used);
        assertEquals(1, c.size(), c.toString());
        assertEquals("85,000", c.get(0).a().text());
        assertEquals(2, used.size());
        // agreeing values settle the count, with no conflict
        used.clear();
        assertTrue(settle("Guards found 120 inmates in the yard.", "Some 120 prisoners were in the yard.", used).isEmpty());
        assertEquals(2, used.size());
    }

    @Test
    void nounsApartOrValuesFarApartAreTwoCounts() {
        Set<Fact> used = new HashSet<>();
        // "goals" and "games" are two things
        assertTrue(settle("He scored 21 goals last season.", "He played 23 games last season.", used).isEmpty());
        // one noun's count far from the other's is another count
        assertTrue(settle("The company built 85,000 cars.", "It sold 20,000 vehicles abroad.", used).isEmpty());
        // two counts left on one side: which one is meant is unknown
        assertTrue(settle("It built 85,000 cars and 12,000 buses.", "It made 80,000 vehicles.", used).isEmpty());
        assertTrue(used.isEmpty());
    }

    @Test
    void anAreaInHectaresAndOneInAcresAreOneAreaConverted() {
        Set<Fact> used = new HashSet<>();
        assertTrue(settle("The fire has burned about 4,000 hectares of forest.", "The blaze has scorched roughly 9,900 acres.", used).isEmpty());
        assertEquals(2, used.size());
        assertEquals(1, settle("The fire has burned about 4,000 hectares.", "The blaze has scorched roughly 15,000 acres.", new HashSet<>()).size());
        // the vectors of the two units lie close, but a unit is never a noun alike in meaning
        assertTrue(OtherNounCounts.similar("hectares", "acres"));
    }
}
