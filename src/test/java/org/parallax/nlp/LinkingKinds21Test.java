package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking and typing rules of the short entities round of stop 45 (issue 15 items 1-2, what fresh-news entities16
 * left): a lone surname of two people whose names are written surname first (SurnameFirstNamesakes), and a founder's
 * lone surname that is also the last word of the firm's name ("Harlow & Quint, the London law firm", "Quint retired").
 * Invented sentences.
 */
class LinkingKinds21Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aSurnameWrittenFirstOfTwoPeopleIsTheFirstIntroducedUnlessGenderPartsThem() {
        String text = "Wang Jun will chair the bank, it said. Wang, 48, joined in 2010. She follows Wang Fang, who leaves in May."
                + " Ms Wang said the bank was strong. Mr Wang built its first branch. Analysts said Wang had done well with her team.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Wang Jun", EntityType.PERSON, "Wang", EntityType.PERSON,
                "Wang Fang", EntityType.PERSON, "Ms Wang", EntityType.PERSON, "Mr Wang", EntityType.PERSON, "Wang", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 5));
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 4));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
        // without a title before the word alone, nothing shows it is a surname: "Tom" beside two Toms stays apart
        String given = "Tom Hardy and Tom Baker met. Tom, 40, spoke first.";
        List<Mention> gs = EntityLinkerTest.mentions(given, "Tom Hardy", EntityType.PERSON, "Tom Baker", EntityType.PERSON,
                "Tom", EntityType.PERSON);
        List<EntityLinker.Cluster> gc = linker.link(given, gs, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(gc, 0), EntityLinkerTest.clusterOf(gc, 2));
        assertNotEquals(EntityLinkerTest.clusterOf(gc, 1), EntityLinkerTest.clusterOf(gc, 2));
    }

    @Test
    void aFoundersSurnameIsNotTheFirmWhoseNameEndsInIt() {
        String text = "Marsh & Colby, the law firm, opened in Leeds. The firm was founded by Anne Marsh and Peter Colby."
                + " Colby retired in 2031. Marsh & Colby employs 90 people.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Marsh & Colby", EntityType.ORGANIZATION, "Anne Marsh", EntityType.PERSON,
                "Peter Colby", EntityType.PERSON, "Colby", EntityType.PERSON, "Marsh & Colby", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 2), EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(EntityType.PERSON, EntityLinkerTest.clusterOf(clusters, 3).type());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 4));
    }
}
