package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** Names cut short or typed wrongly by the recogniser, read from the article (NameRuns, through EntityLinker). */
class NameRunsTest {
    private final EntityLinker linker = new EntityLinker();

    /** Mentions of each listed surface form, in order, typed as given ({@link EntityLinkerTest#mentions}). */
    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }


    @Test
    void anInnerNameOfOneLongerNameIsThatPerson() {
        String text = "Ms Okoro will host Chile's President Pedro Ignacio Vela da Cunha on Friday. Vela arrives on Thursday.";
        List<Mention> ms = mentions(text, "Okoro", EntityType.PERSON, "Pedro Ignacio Vela da Cunha", EntityType.PERSON,
                "Vela", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
        assertEquals("Pedro Ignacio Vela da Cunha", clusterOf(clusters, 2).name());
    }

    @Test
    void anInnerNameOfTwoLongerNamesIsNeither() {
        String text = "Pedro Ignacio Vela da Cunha met Maria Vela Ines da Rocha. Vela spoke first.";
        List<Mention> ms = mentions(text, "Pedro Ignacio Vela da Cunha", EntityType.PERSON, "Maria Vela Ines da Rocha", EntityType.PERSON,
                "Vela", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aGivenNameLeftOutAfterATitleIsPartOfTheName() {
        String text = "Talks began as President Ferit Tamer Ozkan arrived in Rhodes. Ozkan left later.";
        List<Mention> ms = mentions(text, "Tamer Ozkan", EntityType.PERSON, "Rhodes", EntityType.LOCATION, "Ozkan", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 2));
        assertEquals("Ferit Tamer Ozkan", clusterOf(clusters, 0).name());
    }

    @Test
    void aNameCutAtItsParticleIsOnePerson() {
        String text = "The envoy held consultations with the Prime Minister, Salem bin Awad. His rival, Henrique Gouveia e Melo, met"
                + " union leaders. Later he was in Salem de Awad's old office.";
        List<Mention> ms = mentions(text, "Salem", EntityType.LOCATION, "Awad", EntityType.PERSON, "Henrique Gouveia", EntityType.PERSON,
                "Melo", EntityType.PERSON, "Salem", EntityType.LOCATION, "Awad", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Salem bin Awad", clusterOf(clusters, 1).name());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
        assertEquals("Henrique Gouveia e Melo", clusterOf(clusters, 3).name());
        assertEquals(clusterOf(clusters, 2), clusterOf(clusters, 3));
        // a place after "in" is no given name, and a particle before a place joins nothing
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 4).type());
        String place = "Maria visited the port. Maria de Lisboa was its old name.";
        List<Mention> ps = mentions(place, "Maria", EntityType.PERSON, "Maria", EntityType.PERSON, "Lisboa", EntityType.LOCATION);
        assertEquals("Lisboa", clusterOf(linker.link(place, ps, List.of()), 2).name());
    }

    @Test
    void anOfficeAfterATitleIsNoGivenName() {
        String text = "A reception hosted by Lord Mayor Micky Hart followed. Hart spoke.";
        List<Mention> ms = mentions(text, "Micky Hart", EntityType.PERSON, "Hart", EntityType.PERSON);
        assertEquals("Micky Hart", clusterOf(linker.link(text, ms, List.of()), 0).name());
    }

    @Test
    void aTownTypedAPersonWithOnlyPlaceCuesIsAPlace() {
        String text = "A delegation from Oberwald, Bexmoor's twin town, arrived. Oberwald's mayor, Anna Berg, met the Mayor of Bexmoor. "
                + "Berg said she would lead a return visit to Oberwald.";
        List<Mention> ms = mentions(text, "Oberwald", EntityType.LOCATION, "Bexmoor", EntityType.PERSON, "Oberwald", EntityType.PERSON,
                "Anna Berg", EntityType.PERSON, "Bexmoor", EntityType.PERSON, "Berg", EntityType.PERSON, "Oberwald", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 1).type());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 2).type());
        assertEquals(clusterOf(clusters, 0), clusterOf(clusters, 6));
        assertEquals(EntityType.PERSON, clusterOf(clusters, 3).type());
    }

    @Test
    void aNameWithAPersonCueStaysAPerson() {
        String text = "Bexmoor's twin town is far away. Bexmoor said he would go.";
        List<Mention> ms = mentions(text, "Bexmoor", EntityType.PERSON, "Bexmoor", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
    }
}
