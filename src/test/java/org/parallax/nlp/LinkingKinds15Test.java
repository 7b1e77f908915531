package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the seventeenth entities round (issue 15 items 1-2, fresh-news entities12): a couple written with one
 * surname, a firm's family ending, people written surname first in a list, a court case and a storm named after people,
 * a town's lone name with a team's plural verb.
 */
class LinkingKinds15Test {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }

    @Test
    void aCoupleWrittenWithOneSurnameIsTwoPeopleAndTheirTitlesJoinNeitherWithoutAMark() {
        String text = "Ahmed and Leila Haddad run a shop in Leeds. Mrs Haddad opened it in 2019. Mr Haddad said it was busy.";
        List<Mention> ms = mentions(text, "Ahmed", EntityType.PERSON, "Leila Haddad", EntityType.PERSON, "Leeds", EntityType.LOCATION,
                "Mrs Haddad", EntityType.PERSON, "Haddad", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Ahmed Haddad", clusterOf(clusters, 0).name());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        // no mark says which of the two is the man: the titled surnames stay apart from both, and from each other
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 0));
        assertNotEquals(clusterOf(clusters, 4), clusterOf(clusters, 1));
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 4));
    }

    @Test
    void aCoupleWithAMarkOfWhoIsWhoStillJoinsItsTitles() {
        // "His wife, Leila Haddad" marks her a woman: "Mr Haddad" is then the other one, as before the couple rule
        String text = "Ahmed and Leila Haddad run a shop. His wife, Leila Haddad, opened it. Mr Haddad said so.";
        List<Mention> ms = mentions(text, "Ahmed", EntityType.PERSON, "Leila Haddad", EntityType.PERSON, "Leila Haddad", EntityType.PERSON,
                "Haddad", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
    }

    @Test
    void aLoneSurnameBeforeAndIsNoGivenName() {
        // "Smith" is the surname of Anna Smith: "Smith and John Jones" is two people, not "Smith Jones"
        String text = "Anna Smith chaired the talks. Smith and John Jones signed the deal.";
        List<Mention> ms = mentions(text, "Anna Smith", EntityType.PERSON, "Smith", EntityType.PERSON, "John Jones", EntityType.PERSON);
        assertNull(CoupleNames.withSharedSurname(text, ms.get(1), ms));
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aSurnameBeforeAFirmsFamilyEndingIsTheFirm() {
        String text = "Sarah Whitlock bakes. The bakery, Whitlock & Daughter, supplies shops.";
        List<Mention> ms = mentions(text, "Sarah Whitlock", EntityType.PERSON, "Whitlock", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 1).type());
        assertEquals("Whitlock & Daughter", clusterOf(clusters, 1).name());
    }

    @Test
    void namesWrittenSurnameFirstInAListAreGivenNameThenSurname() {
        String text = "Wendover\nPike, Simon (Green) 3,115\nMarsh, Edwin (Liberal) 24,960\nPike, Laura (Green) 2,870\n";
        List<Mention> ms = mentions(text, "Pike", EntityType.PERSON, "Simon", EntityType.PERSON, "Marsh", EntityType.PERSON,
                "Edwin", EntityType.PERSON, "Pike", EntityType.PERSON, "Laura", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Simon Pike", clusterOf(clusters, 1).name());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Edwin Marsh", clusterOf(clusters, 3).name());
        assertEquals("Laura Pike", clusterOf(clusters, 5).name());
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 5));
    }

    @Test
    void oneLineOfSurnameCommaWordIsNoList() {
        String text = "Pike, Simon said, was late.\nThe meeting ended.";
        List<Mention> ms = mentions(text, "Pike", EntityType.PERSON, "Simon", EntityType.PERSON);
        assertNull(ListedNames.surnameFirst(text, ms.get(0), ms));
    }

    @Test
    void aCaseNamedAfterItsPartiesIsNeitherParty() {
        String text = "The court ruled in Pryce v Dunmore on Wednesday. Leanne Pryce sued Geoffrey Dunmore. Mr Dunmore lost.";
        List<Mention> ms = mentions(text, "Pryce", EntityType.ORGANIZATION, "Dunmore", EntityType.ORGANIZATION, "Leanne Pryce",
                EntityType.PERSON, "Geoffrey Dunmore", EntityType.PERSON, "Dunmore", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Pryce v Dunmore", clusterOf(clusters, 0).name());
        assertEquals(EntityType.MISC, clusterOf(clusters, 0).type());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 3), clusterOf(clusters, 4));
    }

    @Test
    void aStormsLoneNameIsTheStormNotThePersonOfThatGivenName() {
        String text = "Storm Colin closed the port. The captain, Colin Buckley, waited. The ferry sails if Colin has passed.";
        List<Mention> ms = mentions(text, "Colin Buckley", EntityType.PERSON, "Colin", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Storm Colin", clusterOf(clusters, 1).name());
        // with no storm of that name, the lone given name is the person
        String calm = "The captain, Colin Buckley, waited. Colin said the ferry would sail.";
        List<Mention> cs = mentions(calm, "Colin Buckley", EntityType.PERSON, "Colin", EntityType.PERSON);
        List<EntityLinker.Cluster> calmClusters = linker.link(calm, cs, List.of());
        assertEquals(clusterOf(calmClusters, 0), clusterOf(calmClusters, 1));
    }

    @Test
    void aTownsLoneNameWithATeamsPluralVerbIsItsClubAndTheTownStaysApart() {
        String text = "Halbury Town's stadium plan was refused. The site is on the edge of Halbury. Halbury, who were promoted "
                + "in May, must wait. Traffic in Halbury would double.";
        List<Mention> ms = mentions(text, "Halbury Town", EntityType.ORGANIZATION, "Halbury", EntityType.LOCATION, "Halbury",
                EntityType.PERSON, "Halbury", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 0).type());
    }

    @Test
    void aStoreChainNamedLikeAPersonIsACompanyAndSoIsItsLastWordAlone() {
        String text = "The department store chain Alice Tennant will close shops. Alice Tennant was founded in Bath. "
                + "Tennant's suppliers are owed money.";
        List<Mention> ms = mentions(text, "Alice Tennant", EntityType.PERSON, "Alice Tennant", EntityType.PERSON, "Bath",
                EntityType.LOCATION, "Tennant", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 0).type());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
        // a job before a name is no company: "the publisher Helen Corrigan" stays a person
        String job = "The prize was founded by the publisher Helen Corrigan. Ms Corrigan chaired the judges.";
        List<Mention> js = mentions(job, "Helen Corrigan", EntityType.PERSON, "Corrigan", EntityType.PERSON);
        assertEquals(EntityType.PERSON, clusterOf(linker.link(job, js, List.of()), 0).type());
    }

    @Test
    void aNameInATableOfSharePricesBesideACompanyIsACompany() {
        String text = "Biggest risers:\nHarrow Bank +8.2%\nBiggest fallers:\nAlice Tennant -12.7%\n";
        List<Mention> ms = mentions(text, "Harrow Bank", EntityType.ORGANIZATION, "Alice Tennant", EntityType.PERSON);
        assertEquals(EntityType.ORGANIZATION, clusterOf(linker.link(text, ms, List.of()), 1).type());
        // with no company in the table, a person's name stays a person
        String alone = "Votes:\nAlice Tennant +12.7%\n";
        List<Mention> as = mentions(alone, "Alice Tennant", EntityType.PERSON);
        assertEquals(EntityType.PERSON, clusterOf(linker.link(alone, as, List.of()), 0).type());
    }

    @Test
    void aMinistrysLongNameWithCommasIsOneNameAndItsClippedShortNameIsNotShown() {
        String text = "The Department for Coasts, Fisheries and Marine Affairs (Cofma) closed three grounds. Cofma said stocks fell.";
        List<Mention> ms = mentions(text, "Marine Affairs", EntityType.ORGANIZATION, "Cofma", EntityType.ORGANIZATION, "Cofma",
                EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Department for Coasts, Fisheries and Marine Affairs", clusterOf(clusters, 0).name());
        assertEquals(true, OfficeNames.clips("Defra", "Department for Environment, Food and Rural Affairs"));
        assertEquals(true, OfficeNames.clips("Ofsted", "Office for Standards in Education"));
        assertEquals(false, OfficeNames.clips("Tesco", "Department for Environment, Food and Rural Affairs"));
    }
}
