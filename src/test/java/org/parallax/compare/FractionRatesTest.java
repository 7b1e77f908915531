package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

class FractionRatesTest {
    private static List<Comparison.Conflict> settle(String a, String b, Set<Fact> used) {
        List<Comparison.Conflict> out = new ArrayList<>();
        FractionRates.settle(a, List.of(new Sentence(0, a.length())), FactExtractor.extract(a, 0, a.length()), b,
                List.of(new Sentence(0, b.length())), FactExtractor.extract(b, 0, b.length()), used, out);
        return out;
    }

    @Test
    void aFractionInWordsIsARateInPercent() {
        assertEquals(1, FractionRates.of("Crews had contained about a third of the fire.", 0, 46).size());
        assertEquals(1, FractionRates.of("Admissions are up by a quarter.", 0, 31).size());
        // an ordinal that counts ("a third person") is no fraction
        assertTrue(FractionRates.of("A third person was hurt.", 0, 24).isEmpty());
    }

    @Test
    void aRateAndTheOtherSidesFractionOfOneThingConflictOrAgree() {
        Set<Fact> used = new HashSet<>();
        List<Comparison.Conflict> c = settle("Hospitals reported a 30% rise in emergency admissions.", "Emergency admissions to hospitals are up by a quarter.",
                used);
        assertEquals(1, c.size());
        assertEquals("30%", c.get(0).a().text());
        assertEquals("a quarter", c.get(0).b().text());
        // "almost a third" is 28% to 33%: 31% agrees, and the rate is settled (not listed one-sided)
        used.clear();
        assertTrue(settle("Foreign students make up 31% of its student body.", "Almost a third of those enrolled are foreign students.", used).isEmpty());
        assertEquals(1, used.size());
        // a fraction of other things, in a sentence that shares no word with the rate's, is no rate of it
        used.clear();
        assertTrue(settle("Shares jumped 12% on Wednesday morning.", "The trial enrolled 31,000 adults, half of whom received a placebo.", used).isEmpty());
        assertTrue(used.isEmpty());
    }
}
