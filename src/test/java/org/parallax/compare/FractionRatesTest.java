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

    @Test
    void aStoreLessThanAFifthFullAndTenthsAreRates() {
        Set<Fact> used = new HashSet<>();
        // "less than a fifth" is 10% to 20%: 23% conflicts
        List<Comparison.Conflict> c = settle("The Talvo reservoir, which supplies the capital, is at 23% of capacity.",
                "The main reservoir serving the capital, Talvo, is less than a fifth full.", used);
        assertEquals(1, c.size());
        assertEquals("less than a fifth", c.get(0).b().text());
        used.clear();
        assertTrue(settle("The reservoir is at 18% of capacity.", "The reservoir is less than a fifth full.", used).isEmpty());
        assertEquals(1, used.size());
        // the other side's rate in percent already settled leaves its one fraction to the one open rate: 71% is "just over seven-tenths"
        used.clear();
        String a = "Wages took up 71% of turnover, up from 64% a year earlier.";
        String b = "Wages were just over seven-tenths of revenue, against 64 percent the season before.";
        List<Fact> xs = FactExtractor.extract(a, 0, a.length()), ys = FactExtractor.extract(b, 0, b.length());
        used.add(xs.get(1));
        used.add(ys.get(0));
        List<Comparison.Conflict> out = new ArrayList<>();
        FractionRates.settle(a, List.of(new Sentence(0, a.length())), xs, b, List.of(new Sentence(0, b.length())), ys, used, out);
        assertTrue(out.isEmpty(), out.toString());
        assertTrue(used.contains(xs.get(0)));
        // 80% is more than "just over seven-tenths" allows
        used.clear();
        assertEquals(1, settle("Wages took up 80% of turnover.", "Wages were just over seven-tenths of revenue.", used).size());
    }

    @Test
    void aFractionMoreOrLessThanSomethingIsAChangeInPercent() {
        // "a third more than planned" / "33% over budget": one change, agreeing and settled (issue 16, set 17)
        assertEquals(1, FractionRates.of("The bridge cost a third more than planned.", 0, 42).size());
        Set<Fact> used = new HashSet<>();
        assertTrue(settle("The tunnel cost 4 billion crowns, a third more than planned.", "At 4 billion crowns, the tunnel's cost was 33% over budget.",
                used).isEmpty());
        assertEquals(1, used.size());
        // and one outside the fraction conflicts
        used.clear();
        assertEquals(1, settle("Ticket prices are a quarter higher than last season.", "Ticket prices rose 40% on last season.", used).size());
        // an ordinal after "the" is no fraction
        assertTrue(FractionRates.of("It was the third more serious crash this year.", 0, 46).isEmpty());
    }

    @Test
    void halvedIsAChangeByAHalf() {
        assertEquals("~50%", FractionRates.of("The subsidy is due to be halved from April.", 0, 43).get(0).value().normalised());
        // "halved" and "fallen by 50%" of one thing agree, and the rate is settled (not listed one-sided)
        Set<Fact> used = new HashSet<>();
        assertTrue(settle("Ministers said weak demand in Asia had halved the group's export growth this year.",
                "Export growth has fallen by 50% this year as Asian demand slowed, ministers said.", used).isEmpty());
        assertEquals(1, used.size());
        // a cut by 30% is no halving: a conflict
        used.clear();
        assertEquals(1, settle("The fuel subsidy will be halved.", "The fuel subsidy will be cut by 30%.", used).size());
        // "nearly halved" reaches from 45% to 50%
        Fact f = FractionRates.of("Sales nearly halved.", 0, 20).get(0);
        assertEquals(45.0, f.lo());
        assertEquals(50.0, f.hi());
        // "behalf" and "half-time" are no halving
        assertTrue(FractionRates.of("She spoke on behalf of the union at half-time.", 0, 46).isEmpty());
    }

    @Test
    void soManyInSoManyIsARate() {
        assertEquals(20, FractionRates.of("One in five reported side effects, chiefly nausea.", 0, 49).get(0).lo() + 2.5, 1e-9);
        Set<Fact> used = new HashSet<>();
        // "One in five" is 17.5% to 22.5%: 11% conflicts
        List<Comparison.Conflict> c = settle("Side effects, mostly nausea, were reported by 11% of those taking it.",
                "One in five reported side effects, chiefly nausea.", used);
        assertEquals(1, c.size());
        assertEquals("One in five", c.get(0).b().text());
        // "nearly nine in ten" is 85% to 90%: 87.4% agrees
        used.clear();
        assertTrue(settle("The pass rate rose to 87.4% this year.", "Nearly nine in ten pupils passed, the pass rate said.", used).isEmpty());
        assertEquals(1, used.size());
        // a fraction its own sentence also gives in percent is that rate told twice: last year's 85.9% is not settled by it
        used.clear();
        String a = "The pass rate rose to 87.4%, up from 85.9% last year.";
        String b = "Nearly nine in ten students passed, with the pass rate at 87.4 per cent.";
        List<Fact> xs = FactExtractor.extract(a, 0, a.length()), ys = FactExtractor.extract(b, 0, b.length());
        used.add(xs.get(0));
        used.add(ys.get(0));
        List<Comparison.Conflict> none = new ArrayList<>();
        FractionRates.settle(a, List.of(new Sentence(0, a.length())), xs, b, List.of(new Sentence(0, b.length())), ys, used, none);
        assertTrue(none.isEmpty());
        assertEquals(2, used.size());
        // a count in a place ("one in Paris") or a percentage ("one in 10%") is none
        assertTrue(FractionRates.of("Two people died, one in Paris.", 0, 30).isEmpty());
        assertTrue(FractionRates.of("Prices rose one in 10% of shops.", 0, 32).isEmpty());
    }

    @Test
    void aRateAndAFractionOfOneWholeAreOneRate() {
        Set<Fact> used = new HashSet<>();
        // no content word is shared, but the whole the share is of is: 2.1 million
        assertTrue(settle("The increase will benefit about 2.1 million workers, roughly a quarter of them in hospitality.",
                "Around 2.1 million people earn the minimum wage, 25% of them in restaurants, hotels and bars.", used).isEmpty());
        assertEquals(1, used.size());
        // the rate's own number is no whole
        used.clear();
        assertTrue(settle("Shares jumped 25% on Wednesday morning.", "The trial enrolled 25 adults, half of whom received a placebo.", used).isEmpty());
        assertTrue(used.isEmpty());
    }
}
