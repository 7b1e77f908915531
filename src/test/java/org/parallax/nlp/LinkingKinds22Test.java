package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking and typing rules of the entities round of stop 46 (issue 15 item 2, fresh-news entities17): a pen name
 * (PenNames), a name before "'s Law" (Awards), a town before a bakery, a place cut from "the Church of X". Invented
 * sentences.
 */
class LinkingKinds22Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aPenNameIsTheWriter() {
        // the headline's pen name is no writer for the body's "known as R. V. Dale"
        String text = "R. V. Dale was a teacher\n\nThe poet known as R. V. Dale is Ann Kemp, a teacher. Kemp wrote six books as Dale."
                + " Tom Ward writes as Max Orr.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "R. V. Dale", EntityType.PERSON, "R. V. Dale", EntityType.PERSON, "Ann Kemp", EntityType.PERSON,
                "Kemp", EntityType.PERSON, "Dale", EntityType.PERSON, "Tom Ward", EntityType.PERSON, "Max Orr", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 4));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 5), EntityLinkerTest.clusterOf(clusters, 6));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 5));
        // no cue, no join: two writers side by side
        String two = "Ann Kemp met R. V. Dale. Dale is a poet.";
        List<Mention> ts = EntityLinkerTest.mentions(two, "Ann Kemp", EntityType.PERSON, "R. V. Dale", EntityType.PERSON,
                "Dale", EntityType.PERSON);
        List<EntityLinker.Cluster> tc = linker.link(two, ts, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(tc, 0), EntityLinkerTest.clusterOf(tc, 1));
    }

    @Test
    void aNameBeforeItsLawIsTheLawNotThePerson() {
        String text = "Hartley's Law passed. Hartley's family cheered. Moore's Law still holds. Under Hartley's law, it is legal.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Hartley", EntityType.PERSON, "Hartley", EntityType.PERSON, "Moore",
                EntityType.PERSON, "Hartley", EntityType.PERSON);
        Mention law = Awards.wholeAward(text, ms.get(0));
        assertEquals("Hartley's Law", law.text());
        assertEquals(EntityType.MISC, law.type());
        assertEquals("Moore's Law", Awards.wholeAward(text, ms.get(2)).text());
        // the man's family, and a law in lower case, stay his
        assertNull(Awards.wholeAward(text, ms.get(1)));
        assertNull(Awards.wholeAward(text, ms.get(3)));
    }

    @Test
    void aTownBeforeABakeryIsAPlace() {
        String text = "Halford makes pies at its Wigan bakery. The Leith brewery closed. Wigan bakery staff went home.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Wigan", EntityType.ORGANIZATION, "Leith", EntityType.ORGANIZATION,
                "Wigan", EntityType.ORGANIZATION);
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(0), ms));
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(1), ms));
        // without "its" or "the" before it, the word is left as typed
        assertNull(TypeCues.retype(text, ms.get(2), ms));
    }

    @Test
    void aPlaceCutFromTheChurchOfItIsTheChurch() {
        String text = "The review is for the Church of England. The Bank of Japan held rates. Leeds beat the Bank of England XI."
                + " She flew to England. The Archbishop of Wales spoke.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "England", EntityType.LOCATION, "Japan", EntityType.LOCATION, "England",
                EntityType.LOCATION, "England", EntityType.LOCATION, "Wales", EntityType.LOCATION);
        Mention church = EntityNames.organisationEndedByPlace(text, ms.get(0), ms);
        assertEquals("Church of England", church.text());
        assertEquals(EntityType.ORGANIZATION, church.type());
        assertEquals("Bank of Japan", EntityNames.organisationEndedByPlace(text, ms.get(1), ms).text());
        assertNull(EntityNames.organisationEndedByPlace(text, ms.get(3), ms));
        // a title "of" a place is no body
        assertNull(EntityNames.organisationEndedByPlace(text, ms.get(4), ms));
    }
}
