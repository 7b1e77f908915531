package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which words are closed-class, and what of a form is a name. */
class ClosedClassTest {

    @Test
    void pronounsDeterminersAndWhWordsAreClosedClassInAnyCaseButCapitals() {
        for (String w : List.of("he", "He", "his", "him", "she", "her", "hers", "herself", "they", "Them", "it", "its", "I",
                "we", "who", "whose", "which", "that", "this", "the", "The", "a", "an", "some", "there", "someone", "he's",
                "she’d", "him ", " her")) {
            assertTrue(ClosedClass.isClosedClass(w), w);
        }
        for (String w : List.of("US", "IT", "WHO", "THE", "Howard", "Hers Inc", "the Hague", "Marren", "May", "Will", "", " ", "-")) {
            assertFalse(ClosedClass.isClosedClass(w), w);
        }
        assertTrue(ClosedClass.isClosedClass("her", null), "untagged: the list decides");
        assertTrue(ClosedClass.isClosedClass("Each", "DT"));
        assertTrue(ClosedClass.isClosedClass("whatsoever", "WDT"), "a tagged word the list does not hold");
        assertFalse(ClosedClass.isClosedClass("US", "PRP"), "capitals are an acronym whatever the tagger says");
        assertFalse(ClosedClass.isClosedClass("Howard", "NNP"));
    }

    @Test
    void aNameLosesLowerCasePronounsRunOnAtEitherEdge() {
        assertEquals("Howard", ClosedClass.nameForm("Howard - he"));
        assertEquals("Ilse Marren", ClosedClass.nameForm("Ilse Marren, her"));
        assertEquals("Marren", ClosedClass.nameForm("his Marren"));
        assertEquals("The Hague", ClosedClass.nameForm("The Hague"), "a capitalised article belongs to the name");
        assertEquals("Jack the Ripper", ClosedClass.nameForm("Jack the Ripper"), "inside a name it stays");
        assertEquals("Acme Inc.", ClosedClass.nameForm("Acme Inc."));
        assertEquals("US", ClosedClass.nameForm("US"));
        assertNull(ClosedClass.nameForm("he"));
        assertNull(ClosedClass.nameForm("The"));
        assertNull(ClosedClass.nameForm("- her -"));
        assertNull(ClosedClass.nameForm(""));
        String text = "said Howard - he added";
        assertArrayEquals(new int[] {5, 11}, ClosedClass.nameSpan(text, 5, 16));
        assertArrayEquals(new int[] {5, 13}, ClosedClass.nameSpan("said (Howard) today", 5, 13), "brackets kept");
    }
}
