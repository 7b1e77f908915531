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
 * Linking rules of the entities round of stop 43 (issue 15 item 2, fresh-news entities14): a generation written out
 * ("Senior", "Junior"), a name cut before its hyphen's syllable (HyphenTails), company cues where the recogniser left
 * the name out and "Shares in" a company's first word, a town before a band's noun, a full name in apposition to a
 * role (RoleAppositions), one party name of two countries (CountryMarks). Invented sentences.
 */
class LinkingKinds17Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aGenerationWrittenOutPartsFatherAndSon() {
        String text = "Hugh Marlow Senior, 80, has given the farm to his son, Hugh Marlow Junior. Marlow Senior will stay on."
                + " The younger Marlow plans to sell the herd.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Hugh Marlow Senior", EntityType.PERSON, "Hugh Marlow Junior", EntityType.PERSON,
                "Marlow Senior", EntityType.PERSON, "Marlow", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 3));
        // the word is a generation only at a name's end
        assertEquals(List.of("hugh", "marlow"), EntityLinker.tokens("Hugh Marlow Senior"));
        assertEquals(List.of("senior"), EntityLinker.tokens("Senior"));
    }

    @Test
    void aNameCutAtItsHyphenIsTheWholeNameAndItsFamilyNameJoinsIt() {
        String text = "Hanbit chief Choi Min-jun quits\nChoi Min-jun, the chairman, said on Monday he would go. Mr Choi, 61, said"
                + " he had no regrets.";
        // the recogniser's headline "Choi Min" (cut before "-jun")
        List<Mention> ms = EntityLinkerTest.mentions(text, "Choi Min", EntityType.PERSON, "Choi Min-jun", EntityType.PERSON,
                "Choi", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 1), EntityLinkerTest.clusterOf(clusters, 2));
        // a name that stops before no hyphen is left as written
        assertEquals(null, HyphenTails.whole(text, ms.get(2), ms));
        assertEquals(null, HyphenTails.whole(text, ms.get(1), ms));
        assertEquals("Choi Min-jun", HyphenTails.whole(text, ms.get(0), ms).text());
    }

    @Test
    void aCompanyCueWhereTheRecogniserLeftTheNameOutStillTypesIt() {
        String text = "Ali Haddad will join the board of Harbour Line, the Dubai shipping company, in April. Harbour Line said he would stay.";
        // the recogniser took only the second "Harbour Line", and typed it a person
        int at = text.lastIndexOf("Harbour Line");
        Mention m = new Mention(0, 1, at, at + 12, "Harbour Line", EntityType.PERSON, null, null, null, org.parallax.model.MentionOrigin.AUTO, false);
        List<Mention> ms = List.of(EntityLinkerTest.mentions(text, "Ali Haddad", EntityType.PERSON).get(0), m);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, m, ms));
        // without the cue it stays a person
        String plain = "Ali Haddad met Harbour Line in April. Harbour Line said he would stay.";
        int p = plain.lastIndexOf("Harbour Line");
        Mention n = new Mention(0, 1, p, p + 12, "Harbour Line", EntityType.PERSON, null, null, null, org.parallax.model.MentionOrigin.AUTO, false);
        assertEquals(null, TypeCues.retype(plain, n, List.of(n)));
    }

    @Test
    void sharesInACompanysFirstWordAreTheCompanys() {
        String text = "Norvik Semiconductor will build a plant in Austin. Shares in Norvik rose 4% in Seoul.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Norvik Semiconductor", EntityType.ORGANIZATION, "Austin", EntityType.LOCATION,
                "Norvik", EntityType.LOCATION, "Seoul", EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, TypeCues.retype(text, ms.get(2), ms));
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        // no organisation of that first word: a place after "shares in" is left alone
        String other = "Shares in Norvik rose 4% in Seoul.";
        List<Mention> os = EntityLinkerTest.mentions(other, "Norvik", EntityType.LOCATION, "Seoul", EntityType.LOCATION);
        assertEquals(null, TypeCues.retype(other, os.get(0), os));
    }

    @Test
    void aTownBeforeABandsNounIsAPlace() {
        String text = "The Marigolds, the Sunderland pop group, played in Leeds. The Dundee band Harrow sold out.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Sunderland", EntityType.ORGANIZATION, "Leeds", EntityType.LOCATION,
                "Dundee", EntityType.ORGANIZATION, "Harrow", EntityType.ORGANIZATION);
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(0), ms));
        assertEquals(EntityType.LOCATION, TypeCues.retype(text, ms.get(2), ms));
        assertEquals(null, TypeCues.retype(text, ms.get(3), ms));
        // "the Volvo group", "the Sunderland team": no band's noun
        String club = "The Sunderland team lost. The Volvo group grew.";
        List<Mention> cs = EntityLinkerTest.mentions(club, "Sunderland", EntityType.ORGANIZATION, "Volvo", EntityType.ORGANIZATION);
        assertEquals(null, TypeCues.retype(club, cs.get(0), cs));
        assertEquals(null, TypeCues.retype(club, cs.get(1), cs));
    }

    @Test
    void aFullNameInAppositionToARoleIsAPerson() {
        String text = "Dunleavy's chief executive, Nadia Quist, said the move would save money. Its owner, Lumen Platforms, agreed.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Dunleavy", EntityType.ORGANIZATION, "Nadia Quist", EntityType.ORGANIZATION,
                "Lumen Platforms", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 1).type());
        assertEquals(EntityType.ORGANIZATION, EntityLinkerTest.clusterOf(clusters, 2).type());
        assertEquals(EntityType.ORGANIZATION, EntityLinkerTest.clusterOf(clusters, 0).type());
    }

    @Test
    void onePartyNameOfTwoCountriesStaysTwoParties() {
        String ro = "Romania's Social Democratic Party (PSD) chose a leader in Cluj on Sunday.";
        List<Mention> rs = EntityLinkerTest.mentions(ro, "Romania", EntityType.LOCATION, "Social Democratic Party", EntityType.ORGANIZATION,
                "PSD", EntityType.ORGANIZATION, "Cluj", EntityType.LOCATION);
        EntityLinker.Cluster party = EntityLinkerTest.clusterOf(linker.link(ro, rs, List.of()), 1);
        assertTrue(party.aliases().contains("Social Democratic Party (country: Romania)"), party.aliases().toString());
        Entity known = new Entity(11, EntityType.ORGANIZATION, party.name(), List.copyOf(party.aliases()), false);
        assertEquals(java.util.Set.of("Social Democratic Party", "PSD"), EntityLinker.names(known));
        String pt = "Portugal's Social Democratic Party won in Lisbon. The PSD's candidate thanked voters.";
        List<Mention> ps = EntityLinkerTest.mentions(pt, "Portugal", EntityType.LOCATION, "Social Democratic Party", EntityType.ORGANIZATION,
                "Lisbon", EntityType.LOCATION, "PSD", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> portugal = linker.link(pt, ps, List.of(known));
        assertNull(EntityLinkerTest.clusterOf(portugal, 1).entityId());
        // ... and its acronym of the name in its own language (Partido Social Democrata) is that party (Acronyms.joinReordered)
        assertEquals(EntityLinkerTest.clusterOf(portugal, 1), EntityLinkerTest.clusterOf(portugal, 3));
        // the same country, or no possessive, joins as before
        String again = "Romania's PSD lost a vote in Bucharest.";
        List<Mention> as = EntityLinkerTest.mentions(again, "Romania", EntityType.LOCATION, "PSD", EntityType.ORGANIZATION,
                "Bucharest", EntityType.LOCATION);
        assertEquals(11L, EntityLinkerTest.clusterOf(linker.link(again, as, List.of(known)), 1).entityId());
        String bare = "The Social Democratic Party (PSD) lost a vote.";
        List<Mention> bs = EntityLinkerTest.mentions(bare, "Social Democratic Party", EntityType.ORGANIZATION, "PSD", EntityType.ORGANIZATION);
        assertEquals(11L, EntityLinkerTest.clusterOf(linker.link(bare, bs, List.of(known)), 0).entityId());
    }
}
