package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the twelfth entities round (issue 15 items 1-2, fresh-news entities8): an acronym already bound to
 * its bracketed expansion, a company's former name, Korean names in both orders, Russian given names in two
 * transliterations, two people of one surname told apart by a title of office, the state and the capital named
 * Washington in one story, a home town after "from" and a place after "port of".
 */
class LinkingKinds8Test {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }


    @Test
    void anAcronymWrittenOutInBracketsDoesNotAlsoTakeAnotherNameOfItsLetters() {
        String text = "The Fisheries Management Council (FMC) cut quotas. The FMC's chair spoke. "
                + "Boats met the Federal Maritime Commission later.";
        List<Mention> ms = mentions(text, "Fisheries Management Council", EntityType.ORGANIZATION, "FMC", EntityType.ORGANIZATION,
                "FMC", EntityType.ORGANIZATION, "Federal Maritime Commission", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
    }

    @Test
    void anAcronymWithOneNameOfItsLettersStillJoinsIt() {
        String text = "The Federal Maritime Commission met. The FMC said fees would rise.";
        List<Mention> ms = mentions(text, "Federal Maritime Commission", EntityType.ORGANIZATION, "FMC", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aCompanysFormerNameIsThatCompany() {
        String text = "Corvia Health, formerly known as Dunmore Labs, raised money. Dunmore Labs had made vaccines. "
                + "Talvik, now Orsa Group, also raised money.";
        List<Mention> ms = mentions(text, "Corvia Health", EntityType.ORGANIZATION, "Dunmore Labs", EntityType.ORGANIZATION,
                "Dunmore Labs", EntityType.ORGANIZATION, "Talvik", EntityType.PERSON, "Orsa Group", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 3), clusterOf(clusters, 4));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 4));
    }

    @Test
    void twoCompaniesSideBySideAreNotARename() {
        String text = "Corvia Health, Dunmore Labs and Orsa Group raised money.";
        List<Mention> ms = mentions(text, "Corvia Health", EntityType.ORGANIZATION, "Dunmore Labs", EntityType.ORGANIZATION,
                "Orsa Group", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aKoreanNameInBothOrdersIsOnePerson() {
        String text = "Its founder, Lee Ha-eun, spoke. Ha-eun Lee said more. Lee Min-jae disagreed.";
        List<Mention> ms = mentions(text, "Lee Ha-eun", EntityType.PERSON, "Ha-eun Lee", EntityType.PERSON,
                "Lee Min-jae", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
    }

    @Test
    void aRussianGivenNameInTwoTransliterationsIsOnePerson() {
        String text = "Sergey Volkov won. The paper spelled him Sergei Volkov. His brother Andrei Volkov lost.";
        List<Mention> ms = mentions(text, "Sergey Volkov", EntityType.PERSON, "Sergei Volkov", EntityType.PERSON,
                "Andrei Volkov", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
    }

    @Test
    void givenNamesThatDifferInMoreThanTheEndingAreTwoPeople() {
        assertEquals(false, PersonCues.sameRussianGivenName("mary", "mari"));
        assertEquals(false, PersonCues.sameRussianGivenName("andrey", "andrew"));
        assertEquals(false, PersonCues.sameRussianGivenName("terry", "terri"));
        assertEquals(true, PersonCues.sameRussianGivenName("dmitry", "dmitri"));
        assertEquals(true, PersonCues.sameRussianGivenName("yevgeny", "yevgeni"));
    }

    @Test
    void aSurnameAfterATitleOfOfficeIsThePersonOfThatTitle() {
        String text = "Sam Lowther, 40, was fined. Professor Ruth Lowther, no relation, gave evidence. The court told Lowther to pay. "
                + "Professor Lowther said the fault was plain.";
        List<Mention> ms = mentions(text, "Sam Lowther", EntityType.PERSON, "Ruth Lowther", EntityType.PERSON,
                "Lowther", EntityType.PERSON, "Lowther", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void theStateAndTheCapitalOfOneNameInOneStoryAreTwoPlaces() {
        String text = "The governor of Washington flew to Washington on Monday. Washington has lost half its salmon. "
                + "Leaders from Washington and Idaho agreed.";
        List<Mention> ms = mentions(text, "Washington", EntityType.LOCATION, "Washington", EntityType.LOCATION,
                "Washington", EntityType.LOCATION, "Washington", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
    }

    @Test
    void aStoryThatNeverWritesTheStateKeepsOneWashington() {
        String text = "The minister flew to Washington on Monday. Washington said talks went well.";
        List<Mention> ms = mentions(text, "Washington", EntityType.LOCATION, "Washington", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aHomeTownAfterFromAndAPlaceAfterPortOfArePlaces() {
        String text = "Ana Lind, 31, from Varna, won. She sailed from the Black Sea port of Burgas.";
        List<Mention> ms = mentions(text, "Ana Lind", EntityType.PERSON, "Varna", EntityType.PERSON, "Burgas", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 1).type());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 2).type());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
    }
}
