package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the short entities round of stop 44 (issue 15 items 1-2, the kinds fifteen libraries left): a lone
 * given name after "son" or "daughter" is the same child as the bare given name, and a South Asian honorific at a
 * name's start ("Sardar", "Begum", "Mian", "Chaudhry") is no part of the name, and a lone name right before "airport"
 * is the airport. Invented sentences.
 */
class LinkingKinds19Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aLoneGivenNameAfterSonIsTheSameChild() {
        String text = "His wife, Leena Rao, kept the books while their children, Priya and Arun, served tea."
                + " Their son Arun, 12, said he liked the work. Their daughter Priya, 15, did not.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Leena Rao", EntityType.PERSON, "Priya", EntityType.PERSON,
                "Arun", EntityType.PERSON, "Arun", EntityType.PERSON, "Priya", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 4));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 2));
        // a generation suffix still parts a father and a son of one full name
        String kin = "Robert Kellerman Jr. took over the firm. His father Robert Kellerman founded it in 1970.";
        List<Mention> ks = EntityLinkerTest.mentions(kin, "Robert Kellerman Jr.", EntityType.PERSON, "Robert Kellerman", EntityType.PERSON);
        List<EntityLinker.Cluster> kc = linker.link(kin, ks, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(kc, 0), EntityLinkerTest.clusterOf(kc, 1));
    }

    @Test
    void aSouthAsianHonorificIsNoPartOfTheName() {
        String text = "He called on the Chief Minister, Sardar Imtiaz Khosa, and on the Governor, Begum Naseem Akhtar."
                + " Imtiaz Khosa said the talks went well. Mian Tariq Rauf, the chamber's president, agreed.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Sardar Imtiaz Khosa", EntityType.PERSON, "Begum Naseem Akhtar", EntityType.PERSON,
                "Imtiaz Khosa", EntityType.PERSON, "Mian Tariq Rauf", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals("Imtiaz Khosa", EntityLinkerTest.clusterOf(clusters, 0).name());
        assertEquals("Naseem Akhtar", EntityLinkerTest.clusterOf(clusters, 1).name());
        assertEquals("Tariq Rauf", EntityLinkerTest.clusterOf(clusters, 3).name());
        // the same words as a surname stay in the name
        assertEquals(List.of("rokeya", "begum"), EntityLinker.tokens("Rokeya Begum"));
        assertEquals(List.of("meera", "chaudhry"), EntityLinker.tokens("Meera Chaudhry"));
        assertEquals("Ziauddin Sardar", EntityNames.displayName(EntityType.PERSON, java.util.Map.of("Ziauddin Sardar", 2)));
        assertEquals("Sardar Patel", EntityNames.displayName(EntityType.PERSON, java.util.Map.of("Sardar Patel", 1)));
    }

    @Test
    void aLoneNameRightBeforeAirportIsTheAirport() {
        String text = "Mensah airport opens new terminal. The airport is named after Kofi Mensah. Mensah said the airport was his dream.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Mensah", EntityType.PERSON, "Kofi Mensah", EntityType.PERSON,
                "Mensah", EntityType.PERSON);
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(0), ms));
        assertNotEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(2), ms));
        assertNotEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(1), ms));
    }

    @Test
    void aLoneNameBeforeAirportJoinsTheAirportInFull() {
        String text = "Mensah airport opens new terminal. Mensah International Airport in Tamale opened it. Kofi Mensah was born here.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Mensah", EntityType.LOCATION, "Mensah International Airport", EntityType.LOCATION,
                "Tamale", EntityType.LOCATION, "Kofi Mensah", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
    }
}
