package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An age that is a thing's, not a person's (issue 16, set 18). */
class ThingAgesTest {
    private static List<Fact> ages(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().filter(f -> f.kind().startsWith("age of")).toList();
    }

    private static List<String> kinds(String s) {
        return ages(s).stream().map(Fact::kind).toList();
    }

    @Test
    void anAgeBeforeTheNounOfAThingIsNoPersons() {
        // the thing's age is kept as an unnamed age of its noun, never a named person's
        assertEquals(List.of("age of a tower"), kinds("The 160-year-old tower was lifted onto steel rails."));
        assertEquals(List.of("age of a gelding"), kinds("Ridden by her, the nine-year-old gelding beat the favourite by three lengths."));
        assertEquals(List.of("age of a gelding", "age of Dunne").stream().sorted().toList(),
                kinds("Ridden by 19-year-old Aoife Dunne, the nine-year-old gelding won.").stream().sorted().toList());
        assertEquals(List.of("age of a lighthouse"), kinds("Engineers moved the 160-year-old Hollin Head lighthouse 70 metres inland."));
        assertTrue(ThingAges.thing(" horse won", 0, 9));
    }

    @Test
    void noPersonIsAHundredAndTwenty() {
        assertEquals(List.of(), ages("The 160-year-old was lifted onto steel rails."));
        assertTrue(ThingAges.thing("", 0, 120));
        assertFalse(ThingAges.thing("", 0, 119));
    }

    @Test
    void aPersonsAgeStays() {
        assertEquals(1, ages("The 34-year-old from Norway beat Viktor Saranov.").size());
        assertEquals(1, ages("The 34-year-old rode the horse to victory.").size());
        assertEquals(1, ages("The 60-year-old House Speaker resigned on Monday.").size());
        assertEquals(1, ages("Ridden by 19-year-old Aoife Dunne, the gelding won.").size());
        assertEquals(1, ages("The 51-year-old driver was arrested.").size());
    }
}
