package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the thirteenth entities round (issue 15 items 1-2, fresh-news entities9): courtesy titles of other
 * languages, a firm's legal or family ending, an acronym typed a place that spells the article's one organisation, and
 * the British generation suffixes "Snr" and "Jnr".
 */
class LinkingKinds9Test {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }

    @Test
    void aCourtesyTitleOfAnotherLanguageIsNoNameWord() {
        String text = "The minister, Anke Vogel, spoke. Frau Vogel left early. Señor Ruiz Peña stayed; Pablo Ruiz Peña said no.";
        List<Mention> ms = mentions(text, "Anke Vogel", EntityType.PERSON, "Frau Vogel", EntityType.PERSON,
                "Señor Ruiz Peña", EntityType.PERSON, "Pablo Ruiz Peña", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
    }

    @Test
    void aCourtesyTitleOfAnotherLanguageSaysAWomanOrAMan() {
        String text = "Madame Girard spoke.";
        Mention m = mentions(text, "Girard", EntityType.PERSON).get(0);
        assertEquals('f', PersonCues.titleGender(text, m));
        assertEquals('m', PersonCues.titleGender("Herr Brandt spoke.", mentions("Herr Brandt spoke.", "Herr Brandt", EntityType.PERSON).get(0)));
    }

    @Test
    void aFullNameIsShownWithoutACourtesyTitleOfAnotherLanguage() {
        assertEquals("Hélène Girard", EntityLinker.displayName(EntityType.PERSON, Map.of("Madame Hélène Girard", 1, "Girard", 1)));
        assertEquals("Herr Brandt", EntityLinker.displayName(EntityType.PERSON, Map.of("Herr Brandt", 1)));
    }

    @Test
    void aFirmsFamilyEndingMakesItAnOrganisationNotItsFounder() {
        String text = "Tom Harrow retired from Harrow & Sons on Friday. Harrow said the firm was in good hands.";
        List<Mention> ms = mentions(text, "Tom Harrow", EntityType.PERSON, "Harrow & Sons", EntityType.PERSON, "Harrow", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 1).type());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void anAcronymTypedAPlaceThatSpellsTheArticlesOneOrganisationIsIt() {
        String text = "Drivers at Hollis Distribution Services voted to strike. HDS runs 600 lorries from Leeds.";
        List<Mention> ms = mentions(text, "Hollis Distribution Services", EntityType.ORGANIZATION, "HDS", EntityType.LOCATION,
                "Leeds", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 1).type());
    }

    @Test
    void aPlaceAcronymBesideItsPlaceStaysAPlace() {
        String text = "Exports from the United Kingdom rose. The UK Trade Board said so. The UK is a big market.";
        List<Mention> ms = mentions(text, "United Kingdom", EntityType.LOCATION, "UK Trade Board", EntityType.ORGANIZATION,
                "UK", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 2).type());
    }

    @Test
    void snrAndJnrTellAFatherAndSonOfOneNameApart() {
        String text = "Arthur Fenwick Snr retired. His son, Arthur Fenwick Jnr, takes over. Fenwick hands over. "
                + "\"It is time,\" Fenwick Jnr said. The elder Fenwick smiled.";
        List<Mention> ms = mentions(text, "Arthur Fenwick Snr", EntityType.PERSON, "Arthur Fenwick Jnr", EntityType.PERSON,
                "Fenwick", EntityType.PERSON, "Fenwick Jnr", EntityType.PERSON, "Fenwick", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 4));
    }

    @Test
    void aLoneWordAfterTheIsTheThingNamedWithItNotThePerson() {
        String text = "The Whitcombe Foundation gave money. Eleanor Whitcombe set it up. The Whitcombe has given more. Whitcombe smiled.";
        List<Mention> ms = mentions(text, "Whitcombe Foundation", EntityType.ORGANIZATION, "Eleanor Whitcombe", EntityType.PERSON,
                "Whitcombe", EntityType.PERSON, "Whitcombe", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void theElderIsNoThing() {
        String text = "Fenwick Holdings grew. Arthur Fenwick retired. The elder Fenwick smiled.";
        List<Mention> ms = mentions(text, "Fenwick Holdings", EntityType.ORGANIZATION, "Arthur Fenwick", EntityType.PERSON,
                "Fenwick", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aLoneWordTypedAPersonInAListOfPlacesIsAPlace() {
        String text = "Crews worked in Mayo and Clare on Sunday.";
        List<Mention> ms = mentions(text, "Mayo", EntityType.LOCATION, "Clare", EntityType.PERSON);
        assertEquals(EntityType.LOCATION, clusterOf(linker.link(text, ms, List.of()), 1).type());
        String apposition = "The Princess of Wales, Catherine, will join him.";
        List<Mention> ps = mentions(apposition, "Wales", EntityType.LOCATION, "Catherine", EntityType.PERSON);
        assertEquals(EntityType.PERSON, clusterOf(linker.link(apposition, ps, List.of()), 1).type());
    }

    @Test
    void aNameAfterFoundedInIsAPlace() {
        String text = "The brewery was founded in Kendal by his grandfather.";
        List<Mention> ms = mentions(text, "Kendal", EntityType.PERSON);
        assertEquals(EntityType.LOCATION, clusterOf(linker.link(text, ms, List.of()), 0).type());
    }

    @Test
    void aCitysOwnNameIsItsEnglishName() {
        String text = "The court opened in The Hague. The mayor of Den Haag spoke. Visitors came from Brussel and Berlin.";
        List<Mention> ms = mentions(text, "The Hague", EntityType.LOCATION, "Den Haag", EntityType.LOCATION,
                "Brussel", EntityType.LOCATION, "Berlin", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("The Hague", clusterOf(clusters, 1).name());
        assertNotEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
        assertEquals(EntityLinker.key(EntityType.LOCATION, "Brussels"), EntityLinker.key(EntityType.LOCATION, "Brussel"));
    }
}
