package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

class RanksTest {
    private static List<Integer> ranks(String s) {
        return Ranks.of(s, 0, s.length()).stream().map(f -> (int) f.lo()).toList();
    }

    private static List<Comparison.Conflict> settle(String a, String b, Set<Integer> seen) {
        List<Comparison.Conflict> out = new ArrayList<>();
        Ranks.settle(a, List.of(new Sentence(0, a.length())), b, List.of(new Sentence(0, b.length())), seen, out);
        return out;
    }

    @Test
    void ordinalsFromSecondOnAreRanks() {
        assertEquals(List.of(5), ranks("Okafor was fifth at the last world championships in 2025."));
        assertEquals(List.of(51), ranks("The university slipped to 51st place last year."));
        assertEquals(List.of(3), ranks("It was the bank's third increase this year."));
        // no rank: "first", a fraction, a day of a month, a century, a name
        assertTrue(ranks("It is the country's first medal.").isEmpty());
        assertTrue(ranks("Crews had contained about a third of the fire.").isEmpty());
        assertTrue(ranks("Two thirds of the members agreed.").isEmpty());
        assertTrue(ranks("The vote is on March 3rd.").isEmpty());
        assertTrue(ranks("The bridge was built in the 19th century.").isEmpty());
        assertTrue(ranks("The shop on Fifth Avenue closed.").isEmpty());
    }

    @Test
    void theOneRankEachSideOfAPairGivesConflictsWhenTheyDiffer() {
        List<Comparison.Conflict> c = settle("Okafor was fifth at the last world championships in 2025.",
                "Two years ago she came sixth in the world final.", new HashSet<>());
        assertEquals(1, c.size());
        assertEquals("fifth", c.get(0).a().text());
        assertEquals("sixth", c.get(0).b().text());
        // the same rank, or a rank only one side gives ("the bronze medal" / "finished third"), is no conflict
        assertTrue(settle("It was ranked 51st.", "It came 51st.", new HashSet<>()).isEmpty());
        assertTrue(settle("Okafor won the bronze medal.", "Okafor finished third.", new HashSet<>()).isEmpty());
        // two ranks on one side: which one is meant is unknown
        assertTrue(settle("She was fifth in 2025 and fourth in 2023.", "She came sixth two years ago.", new HashSet<>()).isEmpty());
    }
}
