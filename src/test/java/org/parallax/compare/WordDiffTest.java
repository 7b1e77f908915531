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
}
