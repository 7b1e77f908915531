package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the seventh entities round (issue 15 items 1-2, fresh-news entities7): a surname written whole beside
 * a hyphenated one, a bare head written before the longer name it ends, a surname typed a company beside the person.
 */
class LinkingKindsTest {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }


    private static Entity entity(long id, EntityType type, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(aliases));
        all.add(name);
        return new Entity(id, type, name, all, false);
    }

    @Test
    void aSurnameWrittenWholeIsNotTheHalfOfAHyphenatedOne() {
        String text = "Secretary Nora Pell-Harker spoke first. Pell-Harker said more. Tom Harker, the local MP, objected. "
                + "Harker asked why.";
        List<Mention> ms = mentions(text, "Nora Pell-Harker", EntityType.PERSON, "Pell-Harker", EntityType.PERSON,
                "Tom Harker", EntityType.PERSON, "Harker", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
    }

    @Test
    void aSurnameOfOnlyAHyphenatedNameStillJoinsIt() {
        String text = "Secretary Nora Pell-Harker spoke first. Harker said more.";
        List<Mention> ms = mentions(text, "Nora Pell-Harker", EntityType.PERSON, "Harker", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aBareHeadWrittenBeforeTheLongerNameIsANameOfItsOwn() {
        String text = "The Courier and the Echo will share a desk. The Courier's editor agreed. The idea came from the Leeds Courier "
                + "in 2020. The Courier will start next week.";
        List<Mention> ms = mentions(text, "Courier", EntityType.ORGANIZATION, "Echo", EntityType.ORGANIZATION,
                "Courier", EntityType.ORGANIZATION, "Leeds Courier", EntityType.ORGANIZATION, "Courier", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 4));
    }

    @Test
    void aBareHeadAfterTheLongerNameIsThatName() {
        String text = "The Leeds Courier will close its print edition. The Courier said readers had moved online.";
        List<Mention> ms = mentions(text, "Leeds Courier", EntityType.ORGANIZATION, "Courier", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aBareHeadAfterAnotherWordOfTheLongerNameIsThatName() {
        String text = "Leeds won 3-1. The Rhinos scored twice. Leeds Rhinos coach Jo Hall was pleased.";
        List<Mention> ms = mentions(text, "Leeds", EntityType.ORGANIZATION, "Rhinos", EntityType.ORGANIZATION,
                "Leeds Rhinos", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aSurnameTypedACompanyBesideThePersonIsThePerson() {
        Entity carmaker = entity(1, EntityType.ORGANIZATION, "Vance Motor Company", "Vance");
        String text = "Dorothy Vance will star in a new western. Vance, 81, plays a sheriff. The director wrote the part for Vance.";
        List<Mention> ms = mentions(text, "Dorothy Vance", EntityType.PERSON, "Vance", EntityType.ORGANIZATION,
                "Vance", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(carmaker));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals(EntityType.PERSON, clusterOf(clusters, 2).type());
        assertEquals(null, clusterOf(clusters, 2).entityId());
    }

    @Test
    void aSurnameTypedACompanyBesideTheCompanysLongerNameStaysTheCompany() {
        String text = "Dorothy Vance founded Vance Motors in 1990. Vance, 81, retired. Vance sold 2,000 cars.";
        List<Mention> ms = mentions(text, "Dorothy Vance", EntityType.PERSON, "Vance Motors", EntityType.ORGANIZATION,
                "Vance", EntityType.ORGANIZATION, "Vance", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
    }

    @Test
    void aNameKnownAsAnUnquotedNicknameIsThatPerson() {
        String text = "Rui Patricio Nogueira, the former mayor known across the region as Zezito, will run again. Zezito, 60, lost twice.";
        List<Mention> ms = mentions(text, "Rui Patricio Nogueira", EntityType.PERSON, "Zezito", EntityType.PERSON,
                "Zezito", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals("Rui Patricio Nogueira", clusterOf(clusters, 2).name());
    }

    @Test
    void aRealNameAfterAStageNameIsThatPerson() {
        String text = "Nova Kade, the singer whose real name is Ama Owusu, tours in May. Kade said Owusu was a name for her family.";
        List<Mention> ms = mentions(text, "Nova Kade", EntityType.PERSON, "Ama Owusu", EntityType.PERSON, "Kade", EntityType.PERSON,
                "Owusu", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 3));
    }

    @Test
    void aCompanyKnownAsSomethingIsNoPersonsAlias() {
        String text = "Rui Nogueira runs a firm known as Zenit. Zenit said sales rose.";
        List<Mention> ms = mentions(text, "Rui Nogueira", EntityType.PERSON, "Zenit", EntityType.ORGANIZATION, "Zenit", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void oneAcronymInTwoLanguagesIsOneBody() {
        String text = "Ministers of the ALC will meet in June. The premier said the LCA was welcome. ALC staff will come.";
        List<Mention> ms = mentions(text, "ALC", EntityType.ORGANIZATION, "LCA", EntityType.ORGANIZATION, "ALC", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals("ALC", clusters.get(0).name());
    }

    @Test
    void aShortNameInBracketsAfterAnOrganisationIsThatOrganisation() {
        String text = "It ignored the State Weather Office (Wetro), which had issued an alert. Wetro said its warnings were clear.";
        List<Mention> ms = mentions(text, "State Weather Office", EntityType.ORGANIZATION, "Wetro", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.ORGANIZATION, clusters.get(0).type());
        assertEquals("State Weather Office", clusters.get(0).name());
    }

    @Test
    void aPlaceInBracketsAfterAnOrganisationStaysAPlace() {
        String text = "Vance Motors (Germany) cut jobs. Sales in Germany fell.";
        List<Mention> ms = mentions(text, "Vance Motors", EntityType.ORGANIZATION, "Germany", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aTwoWordPlaceTypedAPersonInAHeadlineIsThePlace() {
        String text = "Port plan for Bac Lieu wins backing\n\nThe minister approved a terminal at Bac Lieu on Monday.";
        List<Mention> ms = mentions(text, "Bac Lieu", EntityType.PERSON, "Bac Lieu", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.LOCATION, clusters.get(0).type());
    }

    @Test
    void aTwoWordNameWithAPersonCueStaysAPerson() {
        String text = "Bac Lieu said he would stay. The port at Bac Lieu opened.";
        List<Mention> ms = mentions(text, "Bac Lieu", EntityType.PERSON, "Bac Lieu", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
    }

    @Test
    void aTownTypedAnOrganisationAfterAPlacePrepositionIsThePlace() {
        String text = "A Lagos kitchen comes to Harrowgate\n\nThe couple opened a restaurant in Harrowgate on Saturday.";
        List<Mention> ms = mentions(text, "Harrowgate", EntityType.ORGANIZATION, "Harrowgate", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.LOCATION, clusters.get(0).type());
    }

    @Test
    void aLoneNamePairedWithACompanyIsACompany() {
        String text = "Volkswagen and Stelvia have announced similar cuts.";
        List<Mention> ms = mentions(text, "Volkswagen", EntityType.ORGANIZATION, "Stelvia", EntityType.PERSON);
        assertEquals(EntityType.ORGANIZATION, clusterOf(linker.link(text, ms, List.of()), 1).type());
    }

    @Test
    void aTownsNameThatActsForItsUniversityIsTheUniversity() {
        String text = "Cambridge to build homes\n\nThe University of Cambridge will build homes. Cambridge says rents are high. "
                + "Rents in Cambridge have risen. Cambridge City Council welcomed the plan. Cambridge hopes to open them in 2034.";
        List<Mention> ms = mentions(text, "Cambridge", EntityType.LOCATION, "University of Cambridge", EntityType.ORGANIZATION,
                "Cambridge", EntityType.LOCATION, "Cambridge", EntityType.LOCATION, "Cambridge City Council", EntityType.ORGANIZATION,
                "Cambridge", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 0));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 5));
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 3).type());
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 4));
        assertEquals("University of Cambridge", clusterOf(clusters, 0).name());
    }

    @Test
    void aPlaceWithItsStateBeforeAnotherClauseIsNoList() {
        String text = "She ran a cafe in Harlow, Kentucky, and another in Denton. Harlow was quiet.";
        List<Mention> ms = mentions(text, "Harlow", EntityType.LOCATION, "Kentucky", EntityType.LOCATION, "Denton", EntityType.LOCATION,
                "Harlow", EntityType.LOCATION);
        Entity essex = entity(3, EntityType.LOCATION, "Harlow");
        EntityLinker.Cluster harlow = clusterOf(linker.link(text, ms, List.of(essex)), 0);
        assertNotEquals(Long.valueOf(3), harlow.entityId());
        assertEquals(harlow, clusterOf(linker.link(text, ms, List.of(essex)), 3));
    }

    @Test
    void aPlaceInAListGoingOnIsNotQualified() {
        for (String text : List.of("Talks in Harlow, Kentucky, and Denton ended.", "Talks in Harlow, Kentucky, and the Hague ended.",
                "Talks in Harlow, Kentucky, and other towns ended.")) {
            List<Mention> ms = mentions(text, "Harlow", EntityType.LOCATION, "Kentucky", EntityType.LOCATION);
            assertEquals(Long.valueOf(3), clusterOf(linker.link(text, ms, List.of(entity(3, EntityType.LOCATION, "Harlow"))), 0).entityId(), text);
        }
    }

    @Test
    void aTownPairedWithAnotherUniversityIsItsUniversity() {
        String text = "Yale and Durham strike research deal\n\nYale University and the University of Durham signed a deal in "
                + "Durham, England. Rents in Durham are high.";
        List<Mention> ms = mentions(text, "Yale", EntityType.ORGANIZATION, "Durham", EntityType.LOCATION, "Yale University",
                EntityType.ORGANIZATION, "University of Durham", EntityType.ORGANIZATION, "Durham", EntityType.LOCATION,
                "England", EntityType.LOCATION, "Durham", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 3), clusterOf(clusters, 1));
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 1).type());
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 4));
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 6));
    }

    @Test
    void aTownPairedWithACompanyStaysTheTown() {
        String text = "Acme and Durham agree new jobs\n\nThe University of Durham is not part of the plan. Acme will hire 200.";
        List<Mention> ms = mentions(text, "Acme", EntityType.ORGANIZATION, "Durham", EntityType.LOCATION, "University of Durham",
                EntityType.ORGANIZATION, "Acme", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 2), clusterOf(clusters, 1));
    }

    @Test
    void aSurnameTypedACompanyThatIsAPersonsCallingIsThePerson() {
        String text = "What the crash taught us\nBy Maria Kessel\n\nThe banks failed in 2008. Kessel is a former Treasury adviser.";
        List<Mention> ms = mentions(text, "Maria Kessel", EntityType.PERSON, "Kessel", EntityType.ORGANIZATION);
        Entity maker = entity(7, EntityType.ORGANIZATION, "Kessel");
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(maker));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(Long.valueOf(7), clusterOf(clusters, 1).entityId());
    }

    @Test
    void aSurnameTypedACompanyThatIsAMakerStaysTheCompany() {
        String text = "Maria Kessel spoke first. Kessel is a leading maker of vans.";
        List<Mention> ms = mentions(text, "Maria Kessel", EntityType.PERSON, "Kessel", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aPlaceEndingAnOrganisationsNameWrittenElsewhereIsThatOrganisation() {
        String text = "Bank of Ruritania holds rates\n\nThe Bank of Ruritania kept rates on hold. Fog covered the North of Ruritania.";
        List<Mention> ms = mentions(text, "Ruritania", EntityType.LOCATION, "Bank of Ruritania", EntityType.ORGANIZATION,
                "Ruritania", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 0));
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 2).type());
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void theHeadOfAnAcronymsWrittenOutNameIsThatBody() {
        String text = "ROME - The Grain Commission (GC) set new quotas. Its chair said the Commission expected a vote.";
        List<Mention> ms = mentions(text, "GC", EntityType.ORGANIZATION, "Commission", EntityType.ORGANIZATION);
        Entity other = entity(5, EntityType.ORGANIZATION, "Commission");
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(other));
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertNotEquals(Long.valueOf(5), clusterOf(clusters, 1).entityId());
    }

    @Test
    void theHeadWrittenBeforeTheAcronymsNameIsNotThatBody() {
        String text = "The Commission met first. Later the Grain Commission (GC) set new quotas.";
        List<Mention> ms = mentions(text, "Commission", EntityType.ORGANIZATION, "GC", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }
}
