package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameHonorificsTest {
    @Test
    void anHonorificBeforeAFullNameIsNoPartOfIt() {
        assertEquals("Musa Danjuma", NameHonorifics.strip("Alhaji Musa Danjuma"));
        assertEquals("Lakshmi Borah", NameHonorifics.strip("Smt Lakshmi Borah"));
        assertEquals("Lesego Dintwe", NameHonorifics.strip("Honourable Lesego Dintwe"));
    }

    @Test
    void anOfficeRunBeforeAnInnerHonorificIsCutAway() {
        assertEquals("Rajesh Kumar Verma", NameHonorifics.strip("Jal Shakti Shri Rajesh Kumar Verma"));
        assertEquals(List.of("rajesh", "kumar", "verma"), NameHonorifics.words(List.of("jal", "shakti", "shri", "rajesh", "kumar", "verma")));
        assertEquals(List.of("verma"), NameHonorifics.words(List.of("shri", "verma")));
    }

    @Test
    void aShortFormOrANameWithoutHonorificStays() {
        assertEquals("Alhaji Danjuma", NameHonorifics.strip("Alhaji Danjuma"));
        assertEquals("Mrs Justice May", NameHonorifics.strip("Mrs Justice May"));
        assertEquals("Shri", NameHonorifics.strip("Shri"));
        assertEquals("Sri Mulyani Indrawati", NameHonorifics.strip("Sri Mulyani Indrawati"));
        assertEquals("Ruth Ellison", NameHonorifics.strip("Ruth Ellison"));
        assertEquals(List.of("shri"), NameHonorifics.words(List.of("shri")));
    }
}
