package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the sixteenth entities round (issue 15 items 1-2, fresh-news entities11): a club called by its town
 * beside its full name, a person's surname that the article also writes as a place, a company named after its founder, an Arabic surname in
 * two transliterations, a name cut around its quoted nickname.
 */
class LinkingKinds12Test {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }

    @Test
    void aTownsLoneNameInASportsReportIsItsClubNamedInFull() {
        String text = "Goals send Exeter top. Exeter City beat Yeovil 2-0 on Saturday. The Exeter manager, Ann Rowe, was pleased.";
        List<Mention> ms = mentions(text, "Exeter", EntityType.PERSON, "Exeter City", EntityType.ORGANIZATION, "Yeovil",
                EntityType.ORGANIZATION, "Exeter", EntityType.ORGANIZATION, "Ann Rowe", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 3), clusterOf(clusters, 1));
        assertEquals("Exeter City", clusterOf(clusters, 0).name());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 0).type());
    }

    @Test
    void aTownsLoneNameAfterAWordOfWhereOrBesideTwoOfItsClubsStaysApart() {
        // "a flat in Exeter" is the town; with Bristol City and Bristol Rovers, a lone "Bristol" is neither
        String text = "Exeter City won 3-1. He lives in a flat in Exeter. Bristol City and Bristol Rovers drew 1-1. Bristol fans sang.";
        List<Mention> ms = mentions(text, "Exeter City", EntityType.ORGANIZATION, "Exeter", EntityType.PERSON, "Bristol City",
                EntityType.ORGANIZATION, "Bristol Rovers", EntityType.ORGANIZATION, "Bristol", EntityType.ORGANIZATION);
        assertEquals(null, ClubHeads.lonesToClubs(text, ms).get(1));
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 4), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 4), clusterOf(clusters, 3));
    }

    @Test
    void aLoneTownNameWithoutAScoreIsNotAClub() {
        String text = "Exeter City are to sell their ground. The Exeter manager, Ann Rowe, said so.";
        List<Mention> ms = mentions(text, "Exeter City", EntityType.ORGANIZATION, "Exeter", EntityType.PERSON, "Ann Rowe", EntityType.PERSON);
        assertEquals(null, ClubHeads.lonesToClubs(text, ms).get(1));
    }

    @Test
    void aSurnameWrittenAsACapitalIsThatPlaceAfterAWordOfWhere() {
        // every "Hale" typed a person; "Hale, the capital of Norland" makes the word a place in this article
        String text = "Floods return to Hale. Residents of Hale, the capital of Norland, were told to leave. Governor Carl Hale "
                + "sent water. Hale said more would come. The army drove to Hale. Hale's pipes are old.";
        List<Mention> ms = mentions(text, "Hale", EntityType.PERSON, "Hale", EntityType.PERSON, "Norland", EntityType.LOCATION,
                "Carl Hale", EntityType.PERSON, "Hale", EntityType.PERSON, "Hale", EntityType.PERSON, "Hale", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 1).type());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 5), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 6), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 3), clusterOf(clusters, 4));
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 1));
    }

    @Test
    void aSurnameAlsoAPlaceIsThePlaceAfterMpForAndBeforeMp() {
        String text = "Derby MP Cole backs the plan. The MP for Derby, Ann Cole, spoke in Derby on Monday. Councillor Tom Derby "
                + "agreed. Mr Derby said it would pass.";
        List<Mention> ms = mentions(text, "Derby", EntityType.ORGANIZATION, "Cole", EntityType.PERSON, "Derby", EntityType.PERSON,
                "Ann Cole", EntityType.PERSON, "Derby", EntityType.LOCATION, "Tom Derby", EntityType.PERSON, "Derby", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 4), clusterOf(clusters, 0));
        assertEquals(clusterOf(clusters, 4), clusterOf(clusters, 2));
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 0).type());
        assertEquals(clusterOf(clusters, 5), clusterOf(clusters, 6));
        assertNotEquals(clusterOf(clusters, 5), clusterOf(clusters, 4));
    }

    @Test
    void aPersonCalledTheMayorOfNothingStaysAPerson() {
        // no place word anywhere: "Hale" is the governor in each mention
        String text = "Governor Carl Hale sent water to the city. Hale said more would come. Aid went to Hale's office.";
        List<Mention> ms = mentions(text, "Carl Hale", EntityType.PERSON, "Hale", EntityType.PERSON, "Hale", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
    }

    @Test
    void aFoundersSurnameWithACompanyCueIsTheCompanyNamedAfterHer() {
        String text = "Brill founder steps back. Ann Brill, who founded Brill Audio in 2011, will step down. Analysts value Brill at "
                + "£2 billion. Brill said she was tired.";
        List<Mention> ms = mentions(text, "Brill", EntityType.PERSON, "Ann Brill", EntityType.PERSON, "Brill Audio", EntityType.ORGANIZATION,
                "Brill", EntityType.PERSON, "Brill", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 0));
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 4));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
        assertEquals(EntityType.PERSON, clusterOf(clusters, 4).type());
    }

    @Test
    void aFoundersSurnameWithoutACompanyCueOrBesideTwoCompaniesStaysThePerson() {
        String text = "Ann Brill founded Brill Audio and Brill Homes. Brill founder Ann Brill spoke. Brill said she was tired.";
        List<Mention> ms = mentions(text, "Ann Brill", EntityType.PERSON, "Brill Audio", EntityType.ORGANIZATION, "Brill Homes",
                EntityType.ORGANIZATION, "Brill", EntityType.PERSON);
        assertEquals(null, FounderNames.company(text, ms.get(3), ms));
        String one = "Ann Brill founded Brill Audio. Brill said she was tired.";
        List<Mention> ms1 = mentions(one, "Ann Brill", EntityType.PERSON, "Brill Audio", EntityType.ORGANIZATION, "Brill", EntityType.PERSON);
        assertEquals(null, FounderNames.company(one, ms1.get(2), ms1));
    }

    @Test
    void anArabicSurnameInTwoTransliterationsIsOneNameWhenTheGivenNameIsTheSame() {
        assertEquals(3, linker.strength(EntityType.PERSON, "Ali Gaddafi", "Ali Qadhafi"));
        assertEquals(3, linker.strength(EntityType.PERSON, "Omar Qasimi", "Omar Kasimi"));
        assertEquals(0, linker.strength(EntityType.PERSON, "Ali Gaddafi", "Omar Qadhafi"));
        // English surnames of k and g: two people
        assertEquals(0, linker.strength(EntityType.PERSON, "Ronnie Gray", "Ronnie Kray"));
        assertEquals(0, linker.strength(EntityType.PERSON, "Tom Gill", "Tom Kill"));
    }

    @Test
    void aNameCutAroundItsQuotedNicknameIsNamedWithoutIt() {
        String text = "Her rival, Senator Walter \"Buck\" Hennessy, called her a fraud. Hennessy, 71, has held the seat since 2011.";
        List<Mention> ms = mentions(text, "Walter", EntityType.PERSON, "Hennessy", EntityType.PERSON, "Hennessy", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals("Walter Hennessy", clusterOf(clusters, 0).name());
    }
}
