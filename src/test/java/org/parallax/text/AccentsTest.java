package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one way accents are dropped, for names, bylines, slugs and month words. */
class AccentsTest {
    @Test
    void marksAreDroppedAndTheLettersStayComposed() {
        assertEquals("Jose Antunez", Accents.fold("José Antúnez"));
        assertEquals("Zurich", Accents.fold("Zürich"));
        assertEquals("Societe Generale", Accents.fold("Société Générale"));
        // a Greek month written with a tonos and a dialytika, as Greek pages print it
        assertEquals("Μαιου", Accents.fold("Μαΐου"));
        // a letter of its own is no accented letter
        assertEquals("Søren Łodz", Accents.fold("Søren Łódź"));
        assertEquals("Straße", Accents.fold("Straße"));
        // a Hangul syllable is no letter with a mark: it comes back whole, not as its jamo
        assertEquals("서울", Accents.fold("서울"));
    }

    @Test
    void plainTextComesBackAsItIs() {
        String s = "Gray and Kray";
        assertSame(s, Accents.fold(s));
        assertEquals("", Accents.fold(""));
    }
}
