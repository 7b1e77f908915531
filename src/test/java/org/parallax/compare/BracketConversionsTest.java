package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A sum in brackets after a value is the value converted (issue 16, set 17). */
class BracketConversionsTest {
    private static List<Fact> sums(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().filter(f -> f.kind().startsWith("amount in ")).toList();
    }

    private static Fact sum(String s, String currency) {
        List<Fact> fs = sums(s).stream().filter(f -> f.kind().equals("amount in " + currency)).toList();
        assertEquals(1, fs.size(), s + " -> " + sums(s));
        return fs.get(0);
    }

    @Test
    void aSumInBracketsAfterAValueIsItsConversion() {
        String a = "She takes home €1.2 million (about £1.03 million) of the prize fund.";
        assertTrue(BracketConversions.isConversion(a, sum(a, "£")));
        assertFalse(BracketConversions.isConversion(a, sum(a, "€")));
        String b = "The line cost 3.1 billion zlotys (about €720 million), a third more than planned.";
        assertTrue(BracketConversions.isConversion(b, sum(b, "€")));
        String c = "The mission has cost €1.4 billion ($1.5 billion).";
        assertTrue(BracketConversions.isConversion(c, sum(c, "$")));
    }

    @Test
    void aSumInBracketsWithNoValueBeforeItIsNone() {
        // an aside in brackets that gives a sum of its own is a fact
        String a = "The club (which paid £40 million for him) has not commented.";
        assertFalse(BracketConversions.isConversion(a, sum(a, "£")));
        String b = "A new fee (£25) applies from May.";
        assertFalse(BracketConversions.isConversion(b, sum(b, "£")));
        // a sum not closed by the bracket is none
        String c = "The bill came to €900 (about £780 after the discount).";
        assertFalse(BracketConversions.isConversion(c, sum(c, "£")));
    }
}
