package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

/** Names written with and without their accents are one name, shown with the accents (fresh-news entities13). */
class DiacriticsTest {
    @Test
    void aNameWithoutItsAccentsHasTheKeyOfTheAccentedName() {
        assertEquals(EntityLinker.key(EntityType.PERSON, "José Antúnez"), EntityLinker.key(EntityType.PERSON, "Jose Antunez"));
        assertEquals(EntityLinker.key(EntityType.LOCATION, "Zürich"), EntityLinker.key(EntityType.LOCATION, "Zurich"));
        assertEquals(EntityLinker.key(EntityType.ORGANIZATION, "Société Générale"),
                EntityLinker.key(EntityType.ORGANIZATION, "Societe Generale"));
        assertEquals(EntityLinker.tokens("Mr Antunez"), EntityLinker.tokens("Antúnez"));
        // a letter of its own is not an accented letter: "ø" and "o" stay apart
        assertNotEquals(EntityLinker.key(EntityType.PERSON, "Søren Berg"), EntityLinker.key(EntityType.PERSON, "Soren Berg"));
        assertNotEquals(EntityLinker.key(EntityType.PERSON, "José Antúnez"), EntityLinker.key(EntityType.PERSON, "José Antón"));
    }

    @Test
    void anEntityIsShownWithTheAccentsEvenWhenMostMentionsDropThem() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Jose Antunez", 2);
        counts.put("José Antúnez", 1);
        counts.put("Antunez", 2);
        assertEquals("José Antúnez", EntityLinker.displayName(EntityType.PERSON, counts));
        Map<String, Integer> plain = new LinkedHashMap<>();
        plain.put("Jose Antunez", 2);
        plain.put("Antunez", 1);
        assertEquals("Jose Antunez", EntityLinker.displayName(EntityType.PERSON, plain));
    }
}
