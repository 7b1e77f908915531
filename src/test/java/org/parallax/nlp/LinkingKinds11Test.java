package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the fifteenth entities round (issue 15 items 1-2, the kinds left by entities..entities10): a person
 * named by her present and her former (maiden) name; an away result "at" a club named by its city; a prize named after
 * a person or a place.
 */
class LinkingKinds11Test {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }

    @Test
    void aFormerNameAfterAsIsThePresentOne() {
        String text = "Joanna Pryor will sing at the festival, twenty years after she won it as Joanna Keel. Pryor married "
                + "the pianist Owen Pryor in 2020. As Keel she also won in Vienna. Owen Pryor said Joanna was ready.";
        List<Mention> ms = mentions(text, "Joanna Pryor", EntityType.PERSON, "Joanna Keel", EntityType.PERSON, "Pryor", EntityType.PERSON,
                "Owen Pryor", EntityType.PERSON, "Keel", EntityType.PERSON, "Owen Pryor", EntityType.PERSON, "Joanna", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 4));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 6));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
        assertEquals("Joanna Pryor", clusterOf(clusters, 1).name());
    }

    @Test
    void aFormerNameAfterSheWasOrBeforeHerMarriage() {
        String text = "Nadia Ferris first swam for Wales in 2019. Back then she was Nadia Holt. She married in 2024.";
        List<Mention> ms = mentions(text, "Nadia Ferris", EntityType.PERSON, "Wales", EntityType.LOCATION, "Nadia Holt", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));

        String elected = "Councillor Ruth Dane, who was elected as Ruth Carver before her marriage, opposed the plan.";
        List<Mention> es = mentions(elected, "Ruth Dane", EntityType.PERSON, "Ruth Carver", EntityType.PERSON);
        List<EntityLinker.Cluster> ec = linker.link(elected, es, List.of());
        assertEquals(clusterOf(ec, 0), clusterOf(ec, 1));
    }

    @Test
    void withoutAMarriageTwoNamesOfOneGivenNameStayTwoPeople() {
        // no word of marriage: "as" is a role here, two people
        String text = "Joanna Pryor directs the play. It stars Joanna Keel as Joanna Pryor's mother.";
        List<Mention> ms = mentions(text, "Joanna Pryor", EntityType.PERSON, "Joanna Keel", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void twoPresentNamesOfTheGivenNameLeaveTheFormerNameAlone() {
        String text = "Anna Reyes and Anna Bloom married their partners in May. Reyes ran as Anna Cole until then.";
        List<Mention> ms = mentions(text, "Anna Reyes", EntityType.PERSON, "Anna Bloom", EntityType.PERSON, "Anna Cole", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aResultAtAClubNamedByItsCityIsTheClub() {
        String text = "Late goal gives Hull win at Swindon\nHull beat Swindon 2-1 at the County Ground on Saturday. The Swindon "
                + "manager was angry. Fans in Swindon were quiet.";
        List<Mention> ms = mentions(text, "Hull", EntityType.ORGANIZATION, "Swindon", EntityType.LOCATION, "Hull", EntityType.ORGANIZATION,
                "Swindon", EntityType.LOCATION, "Swindon", EntityType.LOCATION, "Swindon", EntityType.LOCATION);
        var clubs = EntityNames.clubsNamedByPlace(text, ms);
        assertTrue(clubs.contains(1));
        assertTrue(clubs.contains(3));
        assertFalse(clubs.contains(5));
    }

    @Test
    void aWinAtAPlaceNoClubStaysAPlace() {
        // "win at Wembley" alone does not make a club of the stadium
        String text = "England's win at Wembley\nEngland beat Italy 2-1 at Wembley on Saturday.";
        List<Mention> ms = mentions(text, "England", EntityType.LOCATION, "Wembley", EntityType.LOCATION, "England", EntityType.LOCATION,
                "Italy", EntityType.LOCATION, "Wembley", EntityType.LOCATION);
        var clubs = EntityNames.clubsNamedByPlace(text, ms);
        assertFalse(clubs.contains(1));
        assertFalse(clubs.contains(4));
    }

    @Test
    void aPrizeNamedAfterAPersonIsThePrize() {
        String text = "Sam Oduya wins the Halloran Prize\nThe prize was founded by the editor Joan Halloran. The Halloran is given "
                + "each year. Halloran said the list was strong.";
        List<Mention> ms = mentions(text, "Sam Oduya", EntityType.PERSON, "Halloran Prize", EntityType.PERSON, "Joan Halloran", EntityType.PERSON,
                "Halloran", EntityType.PERSON, "Halloran", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.MISC, clusterOf(clusters, 1).type());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 4));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aPlaceCutFromAPrizesNameIsThePrize() {
        String text = "Two chemists shared the Lisbon Ocean Prize this year. It was presented in Lisbon by the mayor.";
        List<Mention> ms = mentions(text, "Lisbon", EntityType.LOCATION, "Lisbon", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Lisbon Ocean Prize", clusterOf(clusters, 0).name());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 1).type());
    }
}
