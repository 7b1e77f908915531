package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the entities round of stop 43 (issue 15 item 2, fresh-news entities14): a generation written out
 * ("Senior", "Junior"). Invented sentences.
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
}
