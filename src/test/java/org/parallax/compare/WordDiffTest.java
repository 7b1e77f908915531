package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

/** Word diffs of two sentences: writing variants are cosmetic, other words are real changes. */
class WordDiffTest {
    private static WordDiff diff(String a, String b) {
        return WordDiff.of(a, List.of(new Sentence(0, a.length())), b, List.of(new Sentence(0, b.length())));
    }

    private static void cosmeticOnly(String a, String b) {
        WordDiff d = diff(a, b);
        assertTrue(d.a().stream().allMatch(s -> s.kind() == DiffKind.COSMETIC), a + " -> " + d.a());
        assertTrue(d.b().stream().allMatch(s -> s.kind() == DiffKind.COSMETIC), b + " -> " + d.b());
    }

    private static String marked(String text, List<DiffSpan> spans, DiffKind kind) {
        return String.join("|", spans.stream().filter(s -> s.kind() == kind).map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void hyphenationIsCosmetic() {
        cosmeticOnly("A 7.3 magnitude quake struck the coast.", "A 7.3-magnitude quake struck the coast.");
        cosmeticOnly("They discussed counter-terrorism efforts.", "They discussed counterterrorism efforts.");
        WordDiff d = diff("They discussed counter-terrorism efforts.", "They discussed counterterrorism efforts.");
        assertEquals("counter-terrorism", marked("They discussed counter-terrorism efforts.", d.a(), DiffKind.COSMETIC));
    }

    @Test
    void abbreviationsWithOrWithoutDotsAreCosmetic() {
        cosmeticOnly("The US Geological Survey said so.", "The U.S. Geological Survey said so.");
        cosmeticOnly("The U.S Geological Survey said so.", "The U.S. Geological Survey said so.");
        String a = "The US Geological Survey said so.";
        assertEquals("US", marked(a, diff(a, "The U.S. Geological Survey said so.").a(), DiffKind.COSMETIC));
    }

    @Test
    void numberAndTimeFormatsAreCosmetic() {
        cosmeticOnly("The talks end at 6 p.m. on Friday.", "The talks end at 6:00 p.m. on Friday.");
        cosmeticOnly("Some 1,000 people marched.", "Some 1000 people marched.");
        cosmeticOnly("Seven people were hurt.", "7 people were hurt.");
        cosmeticOnly("Forty-three people were arrested.", "43 people were arrested.");
    }

    @Test
    void quotesAndDashesAreNoDifference() {
        WordDiff d = diff("\u201cWe will go,\u201d he said \u2014 on Tuesday.", "\"We will go,\" he said - on Tuesday.");
        assertTrue(d.a().isEmpty() && d.b().isEmpty(), d.toString());
    }

    @Test
    void otherWordsAndOtherNumbersAreRealChanges() {
        String a = "Seven people were hurt last month.", b = "Eight people were hurt in February.";
        WordDiff d = diff(a, b);
        assertEquals("Seven|last month", marked(a, d.a(), DiffKind.CHANGED));
        assertFalse(d.b().stream().anyMatch(s -> s.kind() == DiffKind.COSMETIC));
        String x = "The 7.3 magnitude quake.", y = "The 7.4 magnitude quake.";
        assertEquals("7.3", marked(x, diff(x, y).a(), DiffKind.CHANGED));
    }

    @Test
    void unitsScalesAndCurrenciesWrittenTwoWaysAreCosmetic() {
        cosmeticOnly("The quake was centred 30 kilometres south of the city.", "The quake was centred 30 km south of the city.");
        cosmeticOnly("The river rose 2.4 metres overnight.", "The river rose 2.4 m overnight.");
        cosmeticOnly("It slid down a 10-metre embankment.", "It slid down a 10 m embankment.");
        cosmeticOnly("Turnout was 61 percent.", "Turnout was 61%.");
        cosmeticOnly("They paid $4.2 billion in cash.", "They paid $4.2bn in cash.");
        cosmeticOnly("The court upheld a 2.5 million euro fine.", "The court upheld a \u20ac2.5m fine.");
        cosmeticOnly("The march began at noon.", "The march began at 12 p.m.");
        cosmeticOnly("He takes office on Aug. 1.", "He takes office on August 1.");
        // other values, other units and other words stay real changes
        String a = "Turnout was 61 percent.", b = "Turnout was 63%.";
        assertEquals("61", marked(a, diff(a, b).a(), DiffKind.CHANGED));
        String x = "The river rose 2.4 metres.", y = "The river rose 2.4 feet.";
        assertEquals("metres", marked(x, diff(x, y).a(), DiffKind.CHANGED));
        String p = "They paid $4.2 million.", q = "They paid $4.2 billion.";
        assertEquals("million", marked(p, diff(p, q).a(), DiffKind.CHANGED));
    }

    @Test
    void clockDotsAmpersandsFeetNumberAbbreviationsAndBritishSpellingsAreCosmetic() {
        cosmeticOnly("Police arrived at 3.15 p.m. on the day.", "Police arrived at 3:15 p.m. on the day.");
        cosmeticOnly("Trains between Alden & Brook were stopped.", "Trains between Alden and Brook were stopped.");
        cosmeticOnly("The water rose 5ft in the harbour.", "The water rose five feet in the harbour.");
        cosmeticOnly("He will wear the No. 7 shirt.", "He will wear the Number 7 shirt.");
        cosmeticOnly("The organisation criticised the plan.", "The organization criticized the plan.");
        // in sentences told otherwise too
        String c = "Police were called at about 3.15 p.m. after shots in the hall.", e = "Shoppers heard shots in the hall shortly after 3:15 p.m.";
        WordDiff ce = diff(c, e);
        assertFalse(marked(c, ce.a(), DiffKind.CHANGED).contains("3.15") || marked(c, ce.a(), DiffKind.ONLY_HERE).contains("3.15"), ce.toString());
        assertFalse(marked(e, ce.b(), DiffKind.CHANGED).contains("3:15") || marked(e, ce.b(), DiffKind.ONLY_HERE).contains("3:15"), ce.toString());
        // other values stay real changes
        String a = "Police arrived at 3.15 p.m.", b = "Police arrived at 3:45 p.m.";
        assertEquals("3.15 p.m", marked(a, diff(a, b).a(), DiffKind.CHANGED));
        String x = "The water rose 5ft.", y = "The water rose six feet.";
        assertEquals("5", marked(x, diff(x, y).a(), DiffKind.CHANGED));
        String p = "Trains between Alden & Brook.", q = "Trains between Alden or Brook.";
        assertEquals("&", marked(p, diff(p, q).a(), DiffKind.CHANGED));
    }

    @Test
    void degreesAndTwentyFourHourClocksWrittenTwoWaysAreCosmetic() {
        cosmeticOnly("Temperatures reached 44.1C in the city.", "Temperatures reached 44.1 degrees in the city.");
        cosmeticOnly("It was 44.1 degrees Celsius at noon.", "It was 44.1C at noon.");
        cosmeticOnly("The rocket lifted off at 14:32 on Monday.", "The rocket lifted off at 2.32 p.m. on Monday.");
        cosmeticOnly("Talks began at 14:00.", "Talks began at 2 p.m.");
        cosmeticOnly("The gates open at 09:15 today.", "The gates open at 9.15 a.m. today.");
        // another time or another temperature stays a real change
        String a = "The rocket lifted off at 14:32.", b = "The rocket lifted off at 3.32 p.m.";
        assertEquals("14:32", marked(a, diff(a, b).a(), DiffKind.CHANGED));
        String x = "Temperatures reached 44.1C.", y = "Temperatures reached 45.2 degrees.";
        assertEquals("44.1", marked(x, diff(x, y).a(), DiffKind.CHANGED));
    }

    @Test
    void wordsToldInAnotherOrderAreNotChanges() {
        String a = "The U.S. Geological Survey put the depth of the quake at 10 kilometres.";
        String b = "The quake was 10 km deep, according to the US Geological Survey.";
        WordDiff d = diff(a, b);
        assertEquals("U.S|kilometres", marked(a, d.a(), DiffKind.COSMETIC), d.toString());
        assertFalse(marked(a, d.a(), DiffKind.CHANGED).contains("Geological"), d.toString());
        assertFalse(marked(a, d.a(), DiffKind.ONLY_HERE).contains("Geological"), d.toString());
        String x = "Forty-three passengers were on board the coach.", y = "The coach was carrying 43 passengers.";
        WordDiff e = diff(x, y);
        assertEquals("Forty-three", marked(x, e.a(), DiffKind.COSMETIC), e.toString());
        String g = "US drugmaker Halberd agreed to buy Cellwerk.", h = "Halberd of the U.S. will acquire Cellwerk.";
        assertEquals("US", marked(g, diff(g, h).a(), DiffKind.COSMETIC));
        String t = "The march began at noon at Liberty Square.", u = "The march started at Liberty Square at 12 p.m.";
        assertEquals("noon", marked(t, diff(t, u).a(), DiffKind.COSMETIC));
        // a moved lone common word is still part of the rewording
        String m = "Police arrested 14 people on Saturday.", n = "On Saturday police detained 11 people.";
        WordDiff f = diff(m, n);
        assertTrue(marked(m, f.a(), DiffKind.CHANGED).contains("14") || marked(m, f.a(), DiffKind.ONLY_HERE).contains("14"), f.toString());
    }
}
