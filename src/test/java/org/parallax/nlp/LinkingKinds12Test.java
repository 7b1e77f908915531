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
 * beside its full name.
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
}
