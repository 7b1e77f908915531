package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the seventeenth entities round (issue 15 item 2, conflations across articles on ECB+): a common
 * noun for a person or group taken for a name ("Police", "Woman") links across no article.
 */
class LinkingKinds13Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aCommonNounTakenForANameJoinsNoEntityOfAnotherArticle() {
        // "Police" and "Woman" of an earlier article are other police and another woman
        Entity police = new Entity(3, EntityType.ORGANIZATION, "Police", List.of("Police"), false);
        Entity woman = new Entity(4, EntityType.PERSON, "Woman", List.of("Woman"), false);
        String text = "Woman held after crash. Police said the driver was hurt. Police named her later.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Woman", EntityType.PERSON, "Police", EntityType.ORGANIZATION,
                "Police", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(police, woman));
        assertNull(clusterOf(clusters, 0).entityId());
        assertNull(clusterOf(clusters, 1).entityId());
        // inside the article the word still stands for one body
        assertEquals(clusterOf(clusters, 1), clusterOf(clusters, 2));
    }

    @Test
    void aFullNameDoesNotJoinAnEntityNamedOnlyByACommonNoun() {
        // "Spiro Man" shortens to "Man", but an earlier article's "Man" was a common noun, not his surname
        Entity man = new Entity(5, EntityType.PERSON, "Man", List.of("Man"), false);
        String text = "Spiro Man won the race on Sunday.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Spiro Man", EntityType.PERSON);
        assertNull(linker.link(text, ms, List.of(man)).get(0).entityId());
    }

    @Test
    void aBareSurnameStillJoinsTheLibrarysOneCandidate() {
        // the control: a name word that is no common noun keeps the rule of the one candidate
        Entity blair = new Entity(6, EntityType.PERSON, "Tony Blair", List.of("Tony Blair"), false);
        String text = "Blair spoke in Sedgefield.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Blair", EntityType.PERSON);
        assertEquals(6L, linker.link(text, ms, List.of(blair)).get(0).entityId());
    }
}
