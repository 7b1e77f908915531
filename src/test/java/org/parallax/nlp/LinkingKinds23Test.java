package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the short entities round of stop 46 (issue 15 items 1-2, the kinds entities17 left): ages far apart
 * keep two people of one full name apart across articles (AgeMarks), things named like people are no people
 * (NamedLikePeople). Invented sentences.
 */
class LinkingKinds23Test {
    private final EntityLinker linker = new EntityLinker();

    private static Entity person(long id, String name, String... aliases) {
        List<String> all = new java.util.ArrayList<>(List.of(aliases));
        all.add(name);
        return new Entity(id, EntityType.PERSON, name, all, false);
    }

    @Test
    void agesFarApartAreTwoPeople() {
        String first = "Dan Kerr scored twice. Kerr, 23, joined in May.";
        List<EntityLinker.Cluster> c1 = linker.link(first, EntityLinkerTest.mentions(first, "Dan Kerr", EntityType.PERSON, "Kerr",
                EntityType.PERSON), List.of());
        assertEquals(1, c1.size());
        assertTrue(c1.get(0).aliases().contains("Dan Kerr (age: 23)"), c1.get(0).aliases().toString());
        assertTrue(RoleMarks.isMark("Dan Kerr (age: 23)"), "an age mark is no name");
        Entity striker = person(1, "Dan Kerr", "Kerr", "Dan Kerr (age: 23)");
        // a councillor of 64 in another story is someone else
        String second = "Dan Kerr, 64, quit the council.";
        assertNull(linker.link(second, EntityLinkerTest.mentions(second, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        String aged = "Dan Kerr (64) quit the council.";
        assertNull(linker.link(aged, EntityLinkerTest.mentions(aged, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        // the same man a year or two on, or a story with no age, joins as before
        String older = "Dan Kerr, 25, was called up.";
        assertEquals(1L, linker.link(older, EntityLinkerTest.mentions(older, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        String none = "Dan Kerr was called up.";
        assertEquals(1L, linker.link(none, EntityLinkerTest.mentions(none, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        // a number that is no age ("Kerr, 2 goals") marks nothing
        String goals = "Dan Kerr scored. Kerr, 64 minutes in, fell.";
        assertEquals(1L, linker.link(goals, EntityLinkerTest.mentions(goals, "Dan Kerr", EntityType.PERSON, "Kerr", EntityType.PERSON),
                List.of(striker)).get(0).entityId());
    }

    @Test
    void aPersonSaidToBeNoRelationOfANamesakeIsSomeoneElse() {
        Entity striker = person(1, "Dan Kerr", "Kerr");
        for (String text : List.of("Dan Kerr quit the council. Kerr is no relation of the striker of the same name.",
                "Dan Kerr (no relation) quit the council.", "Dan Kerr, 64, is not related to the striker.",
                "Dan Kerr, not to be confused with the striker, quit.")) {
            List<Mention> ms = text.contains("Kerr is") ? EntityLinkerTest.mentions(text, "Dan Kerr", EntityType.PERSON, "Kerr", EntityType.PERSON)
                    : EntityLinkerTest.mentions(text, "Dan Kerr", EntityType.PERSON);
            assertNull(linker.link(text, ms, List.of(striker)).get(0).entityId(), text);
        }
        // a relation of someone else is no namesake's word: "Kerr, a relation of the mayor" joins as before
        String kin = "Dan Kerr, a relation of the mayor, quit the council.";
        assertEquals(1L, linker.link(kin, EntityLinkerTest.mentions(kin, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
    }

    @Test
    void aFerryOrAHorseNamedLikeAPersonIsNoPerson() {
        String text = "Princess Anne names the Princess Anne\n\nThe Princess Anne, a new ferry, was named by Princess Anne, 86, who"
                + " sailed on the Princess Anne.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Anne", EntityType.PERSON, "Anne", EntityType.PERSON, "Anne", EntityType.PERSON,
                "Anne", EntityType.PERSON, "Anne", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster ferry = EntityLinkerTest.clusterOf(clusters, 1);
        assertEquals(EntityType.MISC, ferry.type());
        assertEquals("Princess Anne", ferry.name());
        assertEquals(ferry, EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(ferry, EntityLinkerTest.clusterOf(clusters, 4));
        // the princess herself: the headline's subject and the one with an age
        assertNotEquals(ferry, EntityLinkerTest.clusterOf(clusters, 0));
        assertNotEquals(ferry, EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 3).type());
        // a brief with no person of the name: every mention of it is the ferry
        String brief = "Princess Anne held at Cowes\n\nThe ferry Princess Anne was held at Cowes.";
        List<EntityLinker.Cluster> bc = linker.link(brief, EntityLinkerTest.mentions(brief, "Princess Anne", EntityType.PERSON,
                "Princess Anne", EntityType.PERSON), List.of());
        assertEquals(1, bc.size());
        assertEquals(EntityType.MISC, bc.get(0).type());
        String race = "Lady Catherine, ridden by Catherine Doyle, won. Lady Catherine is named after my grandmother."
                + " Mister Jones is owned by Rob Jones.";
        List<Mention> rs = EntityLinkerTest.mentions(race, "Catherine", EntityType.PERSON, "Catherine Doyle", EntityType.PERSON,
                "Catherine", EntityType.PERSON, "Jones", EntityType.PERSON, "Rob Jones", EntityType.PERSON);
        List<EntityLinker.Cluster> rc = linker.link(race, rs, List.of());
        assertEquals("Lady Catherine", EntityLinkerTest.clusterOf(rc, 0).name());
        assertEquals(EntityType.MISC, EntityLinkerTest.clusterOf(rc, 0).type());
        assertEquals(EntityLinkerTest.clusterOf(rc, 0), EntityLinkerTest.clusterOf(rc, 2));
        assertEquals(EntityType.MISC, EntityLinkerTest.clusterOf(rc, 3).type());
        assertNotEquals(EntityLinkerTest.clusterOf(rc, 3), EntityLinkerTest.clusterOf(rc, 4));
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(rc, 1).type());
        // a brand in apposition, beside the woman it is named after
        // (the recogniser missed the name where the apposition says it: the text's own words count)
        String pies = "Granny Pike's sold\n\nHalford sold Granny Pike's, its pie brand. It is named after Edna Pike. Pike's son, Ed Pike,"
                + " sold Granny Pike's in 2011.";
        List<Mention> gs = EntityLinkerTest.mentions(pies, "Granny Pike", EntityType.PERSON, "Edna Pike", EntityType.PERSON,
                "Pike's", EntityType.PERSON, "Ed Pike", EntityType.PERSON, "Granny Pike's", EntityType.PERSON);
        List<EntityLinker.Cluster> gc = linker.link(pies, gs, List.of());
        assertEquals("Granny Pike's", EntityLinkerTest.clusterOf(gc, 0).name());
        assertEquals(EntityLinkerTest.clusterOf(gc, 0), EntityLinkerTest.clusterOf(gc, 4));
        assertNotEquals(EntityLinkerTest.clusterOf(gc, 0), EntityLinkerTest.clusterOf(gc, 1));
        // the lone surname of the woman stays a person, whatever the brand's apposition holds
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(gc, 2).type());
        // a noun that goes on is the person's job: "the ferry captain", "a brand manager"
        String crew = "Tom Ward, the ferry captain, said it was fine. Ann Lee, a brand manager, agreed.";
        List<EntityLinker.Cluster> cc = linker.link(crew, EntityLinkerTest.mentions(crew, "Tom Ward", EntityType.PERSON, "Ann Lee",
                EntityType.PERSON), List.of());
        assertEquals(EntityType.PERSON, cc.get(0).type());
        assertEquals(EntityType.PERSON, cc.get(1).type());
    }

    @Test
    void aTitledPersonWithNoThingsCueStaysAPerson() {
        // no noun, no "the": the princess, the lady and the prince are people; "the Prince of Wales" is a title
        String text = "Princess Anne visited Cowes. Lady Catherine Hay, 40, was there. The Prince of Wales came. Sir Alan Hill said the ship"
                + " was fine. The Duke of Kent, a yachtsman, spoke.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Anne", EntityType.PERSON, "Catherine Hay", EntityType.PERSON,
                "Wales", EntityType.LOCATION, "Alan Hill", EntityType.PERSON, "Kent", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 0).type());
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 1).type());
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 3).type());
        assertNotEquals(EntityType.MISC, EntityLinkerTest.clusterOf(clusters, 2).type());
    }
}
