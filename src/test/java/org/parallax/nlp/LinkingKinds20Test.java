package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking and typing rules of the entities round of stop 45 (issue 15 item 2, fresh-news entities16): a father named
 * like his "Jr." son (NameGenerations), a lone name in an article that calls people by their given names
 * (GivenNameStyle), "Petrov's son" naming the father, a person's name run on into the body he is "of"
 * (OfAffiliations), a nationality's adjective after a sentence's "The", a company in apposition after "a firm,", a kin
 * word before a lone given name, a body's name ending in the place it serves. Invented sentences.
 */
class LinkingKinds20Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aFullNameWithoutJrBesideTheSameNameWithJrIsTheFather() {
        String text = "Paul Reyes Jr. will run. Reyes, 40, is the son of Paul Reyes, a former mayor. Paul Reyes, 70, stayed home.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Paul Reyes Jr.", EntityType.PERSON, "Reyes", EntityType.PERSON,
                "Paul Reyes", EntityType.PERSON, "Paul Reyes", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 3));
        // without a "Jr." anywhere, a repeated full name is one person
        String one = "Paul Reyes will run. Paul Reyes, 40, said so.";
        List<Mention> os = EntityLinkerTest.mentions(one, "Paul Reyes", EntityType.PERSON, "Paul Reyes", EntityType.PERSON);
        List<EntityLinker.Cluster> oc = linker.link(one, os, List.of());
        assertEquals(EntityLinkerTest.clusterOf(oc, 0), EntityLinkerTest.clusterOf(oc, 1));
    }

    @Test
    void aLoneNameInAnArticleOfGivenNamesIsThePersonWhoseGivenNameItIs() {
        String text = "Kebede Worku won the race. Kebede, 24, beat Worku Tadesse. Worku led early. Kebede thanked Worku.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Kebede Worku", EntityType.PERSON, "Kebede", EntityType.PERSON,
                "Worku Tadesse", EntityType.PERSON, "Worku", EntityType.PERSON, "Kebede", EntityType.PERSON, "Worku", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 5));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 4));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
        // an article of surnames: "Worku" alone is the Worku of the full name it ends
        String surnames = "John Worku won the race. He beat Worku Tadesse. Worku said he was tired.";
        List<Mention> ss = EntityLinkerTest.mentions(surnames, "John Worku", EntityType.PERSON, "Worku Tadesse", EntityType.PERSON,
                "Worku", EntityType.PERSON);
        List<EntityLinker.Cluster> sc = linker.link(surnames, ss, List.of());
        assertEquals(EntityLinkerTest.clusterOf(sc, 0), EntityLinkerTest.clusterOf(sc, 2));
    }

    @Test
    void aSurnameBeforeItsSonIsTheFather() {
        String text = "Orlov's son wins the seat\n\nPavel Andreyevich Orlov won on Sunday. His father, Andrei Pavlovich Orlov, held the seat."
                + " Orlov, 41, thanked voters.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Orlov", EntityType.PERSON, "Pavel Andreyevich Orlov", EntityType.PERSON,
                "Andrei Pavlovich Orlov", EntityType.PERSON, "Orlov", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals("elder", PersonCues.generationWord(text, ms.get(0)));
        assertEquals("", PersonCues.generationWord(text, ms.get(3)));
    }

    @Test
    void aPersonsNameIsCutBeforeTheBodyHeIsOf() {
        String text = "Luca Marin of Team Solano won the stage. Lord Evans of Penarth spoke. Joan of Arc is a film.";
        List<RawMention> ms = List.of(raw(text, "Luca Marin of Team Solano"), raw(text, "Lord Evans of Penarth"), raw(text, "Joan of Arc"));
        List<RawMention> out = OfAffiliations.split(text, ms);
        assertEquals(4, out.size());
        assertEquals("Luca Marin", out.get(0).text());
        assertEquals(EntityType.ORGANIZATION, out.get(1).type());
        assertEquals("Team Solano", text.substring(out.get(1).start(), out.get(1).end()));
        assertEquals("Lord Evans of Penarth", out.get(2).text());
        assertEquals("Joan of Arc", out.get(3).text());
        // a place after "of" is cut off the name but not made a body
        String town = "Maria Costa of Braga said no.";
        List<RawMention> t = OfAffiliations.split(town, List.of(raw(town, "Maria Costa of Braga")));
        assertEquals(1, t.size());
        assertEquals("Maria Costa", t.get(0).text());
    }

    @Test
    void aNationalityAfterASentencesTheIsPartOfAMinistrysName() {
        String text = "Talks failed. The French Foreign Ministry summoned the envoy. He met the Italian Finance Ministry.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Foreign Ministry", EntityType.ORGANIZATION, "Finance Ministry",
                EntityType.ORGANIZATION);
        assertEquals("French Foreign Ministry", EntityNames.writtenName(text, ms.get(0), ms));
        assertEquals("Italian Finance Ministry", EntityNames.writtenName(text, ms.get(1), ms));
        String mid = "Officials from Acme And The Dutch Trade Board met.";
        List<Mention> ds = EntityLinkerTest.mentions(mid, "Trade Board", EntityType.ORGANIZATION);
        assertNull(EntityNames.writtenName(mid, ds.get(0), ds));
    }

    @Test
    void aNameInAppositionAfterAFirmIsACompany() {
        String text = "Ivanov ran a timber firm, Sibles, before politics. Sibles went bust.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Sibles", EntityType.PERSON, "Sibles", EntityType.PERSON);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, ms.get(0), ms));
        String ship = "She was finance director of the shipping line Zeeland Lijn until May.";
        List<Mention> ss = EntityLinkerTest.mentions(ship, "Zeeland Lijn", EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(ship, ss.get(0), ss));
        // no closing comma: "helped the firm, Tom Hale said" is a person speaking
        String said = "The deal helped a small firm, Hale said on Monday.";
        List<Mention> hs = EntityLinkerTest.mentions(said, "Hale", EntityType.PERSON);
        assertNull(TypeCues.retype(said, hs.get(0), hs));
    }

    @Test
    void aLoneGivenNameAfterAKinWordIsAPerson() {
        String text = "They will move to Porto to be near their daughter, Inês. She lives in Braga.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Porto", EntityType.LOCATION, "Inês", EntityType.LOCATION,
                "Braga", EntityType.LOCATION);
        assertTrue(RoleAppositions.isPerson(text, ms.get(1)));
        assertFalse(RoleAppositions.isPerson(text, ms.get(0)));
        assertFalse(RoleAppositions.isPerson(text, ms.get(2)));
    }

    @Test
    void aBodysNameEndingInThePlaceItServesIsAnOrganisation() {
        String text = "Care Inspectorate Wales warned the firm. It runs homes in Wales.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Care Inspectorate Wales", EntityType.LOCATION, "Wales", EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, ms.get(0), ms));
        assertNull(TypeCues.retype(text, ms.get(1), ms));
        // the place alone nowhere in the article: left as typed
        String alone = "Care Inspectorate Wales warned the firm.";
        List<Mention> as = EntityLinkerTest.mentions(alone, "Care Inspectorate Wales", EntityType.LOCATION);
        assertFalse(TypeCues.servesAPlace("Care Inspectorate Wales", as));
    }

    @Test
    void aSurnameWithParticlesBesideItsFullNameDoesNotTakeInAnotherArticlesNamesake() {
        Entity anouk = new Entity(7, EntityType.PERSON, "Anouk van den Berg", List.of("Anouk van den Berg", "Van den Berg",
                "Ms Van den Berg"), false);
        String text = "Joris van den Berg won the stage. Van den Berg, 26, was happy.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Joris van den Berg", EntityType.PERSON, "Van den Berg", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(anouk));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertNull(EntityLinkerTest.clusterOf(clusters, 0).entityId());
        // the surname alone still finds her
        String alone = "Van den Berg said the port would grow.";
        List<Mention> as = EntityLinkerTest.mentions(alone, "Van den Berg", EntityType.PERSON);
        assertEquals(7L, EntityLinkerTest.clusterOf(linker.link(alone, as, List.of(anouk)), 0).entityId());
    }

    private static RawMention raw(String text, String form) {
        int at = text.indexOf(form);
        return new RawMention(at, at + form.length(), form, EntityType.PERSON, "PERSON", null, null);
    }
}
