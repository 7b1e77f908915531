package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the entities round of stop 44 (issue 15 item 2, fresh-news entities15): a research ship and the one it
 * is named after, a name in apposition to a manager or an editor (RoleAppositions), a street named after a person
 * (StreetNames), a person's initials (PersonInitials), a lone peer's title (PeerTitles), a hyphenated surname cut at its
 * hyphen, a company's name typed a place, a site's town, a team called by its town alone (TeamNames). Invented sentences.
 */
class LinkingKinds18Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aResearchShipStaysApartFromTheOneItIsNamedAfter() {
        String text = "The RV Anna Pike left Hull on Friday. The ship is named after Anna Pike, the geologist. Pike died in 1990."
                + " The Anna Pike will carry 30 scientists.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Anna Pike", EntityType.PERSON, "Hull", EntityType.LOCATION,
                "Anna Pike", EntityType.PERSON, "Pike", EntityType.PERSON, "Anna Pike", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("RV Anna Pike", EntityLinkerTest.clusterOf(clusters, 0).name());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 4));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 2).type());
        // ... and with the namesake's role between: "named after the oceanographer Anna Pike"
        String role = "The RRS Anna Pike sailed. It is named after the oceanographer Anna Pike, who died in 1990.";
        List<Mention> rs = EntityLinkerTest.mentions(role, "Anna Pike", EntityType.PERSON, "Anna Pike", EntityType.PERSON);
        List<EntityLinker.Cluster> rc = linker.link(role, rs, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(rc, 0), EntityLinkerTest.clusterOf(rc, 1));
    }

    @Test
    void aFullNameInAppositionToAManagerIsAPerson() {
        String text = "The airport's manager, Ngozi Eze, said it would grow. Its owner, Tiller Media, agreed.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Ngozi Eze", EntityType.ORGANIZATION, "Tiller Media", EntityType.ORGANIZATION);
        assertTrue(RoleAppositions.isPerson(text, ms.get(0)));
        assertFalse(RoleAppositions.isPerson(text, ms.get(1)));
    }

    @Test
    void aStreetNamedAfterAPersonIsAPlace() {
        assertTrue(StreetNames.isStreet("Avenida Tomás Vidal"));
        assertTrue(StreetNames.isStreet("Nelson Mandela Street"));
        assertTrue(StreetNames.isStreet("Calle de Alcalá"));
        // names that end in a street word are people too
        assertFalse(StreetNames.isStreet("Glenn Close"));
        assertFalse(StreetNames.isStreet("Nathan Lane"));
        assertFalse(StreetNames.isStreet("Tomás Vidal"));
        String text = "The miners marched down Avenida Tomás Vidal on Friday.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Avenida Tomás Vidal", EntityType.PERSON);
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(0), ms));
    }

    @Test
    void aPersonsInitialsAreThatPerson() {
        String text = "Khalid bin Faisal, the investor known in the Gulf as KBF, bought the group. Bin Faisal paid cash. KBF is 60.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Khalid bin Faisal", EntityType.PERSON, "Gulf", EntityType.LOCATION,
                "KBF", EntityType.ORGANIZATION, "Bin Faisal", EntityType.PERSON, "KBF", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster person = EntityLinkerTest.clusterOf(clusters, 0);
        assertEquals(person, EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(person, EntityLinkerTest.clusterOf(clusters, 4));
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("Khalid bin Faisal", person.name());
        // an organisation of the same initials: the initials are left to it
        String org = "Kent Bus Federation (KBF) met Khalid bin Faisal. KBF said no.";
        List<Mention> os = EntityLinkerTest.mentions(org, "Kent Bus Federation", EntityType.ORGANIZATION, "KBF", EntityType.ORGANIZATION,
                "Khalid bin Faisal", EntityType.PERSON, "KBF", EntityType.ORGANIZATION);
        assertEquals(-1, PersonInitials.personOf(os, os.get(3)));
        // two words give no initials to go by
        assertNull(PersonInitials.initials("Kim Ford"));
    }

    @Test
    void aLonePeersTitleIsItsHolder() {
        String text = "The Duke of Arden opened the library. The Duke, 58, laid its stone. The Arden Trust, the Duke's charity, paid.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Duke of Arden", EntityType.PERSON, "Duke", EntityType.ORGANIZATION,
                "Arden Trust", EntityType.ORGANIZATION, "Duke's", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 0).type());
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        // two dukes: the lone title is nobody's
        String two = "The Duke of Arden met the Duke of Kent. The Duke said little.";
        List<Mention> ts = EntityLinkerTest.mentions(two, "Duke of Arden", EntityType.PERSON, "Duke of Kent", EntityType.PERSON,
                "Duke", EntityType.ORGANIZATION);
        assertEquals(-1, PeerTitles.holderOf(two, ts, ts.get(2)));
    }

    @Test
    void aHyphenatedSurnameCutAtItsHyphenIsThePersons() {
        String text = "Costa-Lima arrives in Lima\nAna Costa-Lima arrived in Lima on Wednesday. Costa-Lima said the road would help.";
        int second = text.indexOf("Costa-Lima said");
        List<Mention> ms = List.of(EntityLinkerTest.mentions(text, "Lima", EntityType.LOCATION).get(0),
                EntityLinkerTest.mentions(text, "Ana Costa", EntityType.PERSON).get(0),
                new Mention(0, 1, second + 6, second + 10, "Lima", EntityType.LOCATION, null, null, null, org.parallax.model.MentionOrigin.AUTO, false),
                EntityLinkerTest.mentions(text, "Lima on", EntityType.LOCATION).get(0));
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster person = EntityLinkerTest.clusterOf(clusters, 1);
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(person, EntityLinkerTest.clusterOf(clusters, 0));
        assertEquals(person, EntityLinkerTest.clusterOf(clusters, 2));
        assertNotEquals(person, EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals("Ana Costa-Lima", person.name());
    }

    @Test
    void aCompanysNameTypedAPlaceIsTheCompany() {
        String text = "The state will buy a stake in Salar Andino, the lithium producer. Calloway Motors makes the Zephyr, built by"
                + " Calloway at its Coventry plant. Calloway's chief executive apologised. The firm will list its shares in New York.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Salar Andino", EntityType.LOCATION, "Calloway Motors", EntityType.ORGANIZATION,
                "Calloway", EntityType.LOCATION, "Coventry", EntityType.ORGANIZATION, "Calloway", EntityType.PERSON,
                "New York", EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, ms.get(0), ms));
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, ms.get(2), ms));
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(3), ms));
        // shares listed in a city leave the city a place
        assertNull(TypeCues.retype(text, ms.get(5), ms));
        // a word the article also writes as a place stays a place
        String place = "Calloway Motors opened a plant in Calloway. Workers from Calloway cheered.";
        List<Mention> ps = EntityLinkerTest.mentions(place, "Calloway Motors", EntityType.ORGANIZATION, "Calloway", EntityType.LOCATION,
                "Calloway", EntityType.PERSON);
        assertNull(TypeCues.retype(place, ps.get(1), ps));
    }

    @Test
    void aTeamCalledByItsTownAloneIsTheTeam() {
        String text = "Hullport beat Dunmore 2-0 on Saturday. Dunmore's captain was sent off. Hullport travel to Carlisle next week.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Hullport", EntityType.PERSON, "Dunmore", EntityType.ORGANIZATION,
                "Dunmore's", EntityType.PERSON, "Hullport", EntityType.PERSON, "Carlisle", EntityType.LOCATION);
        assertEquals(java.util.Set.of("hullport", "dunmore"), TeamNames.of(text, ms));
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.ORGANIZATION, EntityLinkerTest.clusterOf(clusters, 0).type());
        assertEquals(EntityType.ORGANIZATION, EntityLinkerTest.clusterOf(clusters, 2).type());
        // a player the article names in full stays a person: "Carlos Alcaraz ... Alcaraz beat Sinner 6-4"
        String tennis = "Carlos Alcaraz won in Paris. Alcaraz beat Sinner 6-4 in the final.";
        List<Mention> ts = EntityLinkerTest.mentions(tennis, "Carlos Alcaraz", EntityType.PERSON, "Paris", EntityType.LOCATION,
                "Alcaraz", EntityType.PERSON, "Sinner", EntityType.PERSON);
        assertFalse(TeamNames.of(tennis, ts).contains("alcaraz"));
        // no result and no team's verb: a lone name stays as typed
        String where = "Residents in Chelsea have launched a challenge. Chelsea had listened.";
        assertTrue(TeamNames.of(where, EntityLinkerTest.mentions(where, "Chelsea", EntityType.PERSON, "Chelsea", EntityType.PERSON)).isEmpty());
        String plain = "Hullport said it was pleased.";
        assertTrue(TeamNames.of(plain, EntityLinkerTest.mentions(plain, "Hullport", EntityType.PERSON)).isEmpty());
    }
}
