package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules of the entities round of stop 42 (issue 15 item 2, conflations across articles): one full name of two
 * people with roles of other kinds (RoleMarks), and versions of one product (ProductVersions). Invented sentences.
 */
class LinkingKinds16Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void aJudgeDoesNotJoinTheFootballerOfOneFullName() {
        Entity striker = new Entity(7, EntityType.PERSON, "Dara Quill", List.of("Dara Quill", "Quill", "Dara Quill (striker)"), false);
        String text = "Judge Dara Quill jailed a landlord on Monday. Judge Quill said the risk was too great.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Dara Quill", EntityType.PERSON, "Quill", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(striker));
        assertEquals(1, clusters.size());
        assertNull(clusters.get(0).entityId());
        // the new entity keeps its role for the next article
        assertTrue(clusters.get(0).aliases().contains("Dara Quill (judge)"), clusters.get(0).aliases().toString());
    }

    @Test
    void aRoleReadFromTheNextSentenceOrAnAppositionIsKept() {
        String text = "Dara Quill scored twice on Saturday.\nThe 22-year-old striker joined in May. Tom Reed, the Carlisle goalkeeper, saved a penalty.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Dara Quill", EntityType.PERSON, "Tom Reed", EntityType.PERSON,
                "Carlisle", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertTrue(EntityLinkerTest.clusterOf(clusters, 0).aliases().contains("Dara Quill (striker)"));
        assertTrue(EntityLinkerTest.clusterOf(clusters, 1).aliases().contains("Tom Reed (goalkeeper)"));
        // the club in the apposition gives the club no role
        assertFalse(EntityLinkerTest.clusterOf(clusters, 2).aliases().stream().anyMatch(RoleMarks::isMark));
        // the mark is no name: the entity is still named by its mentions
        assertEquals("Dara Quill", EntityLinkerTest.clusterOf(clusters, 0).name());
    }

    @Test
    void aFullNameWithNoRoleOrARoleOfTheSameKindStillJoins() {
        Entity judge = new Entity(8, EntityType.PERSON, "Dara Quill", List.of("Dara Quill", "Dara Quill (judge)"), false);
        String plain = "Dara Quill opened the new library in Kendal.";
        assertEquals(8L, linker.link(plain, EntityLinkerTest.mentions(plain, "Dara Quill", EntityType.PERSON), List.of(judge)).get(0).entityId());
        String court = "Mr Justice Dara Quill quashed the closures.";
        assertEquals(8L, linker.link(court, EntityLinkerTest.mentions(court, "Dara Quill", EntityType.PERSON), List.of(judge)).get(0).entityId());
        // a known entity with no role joins a titled cluster as before
        Entity plainKnown = new Entity(9, EntityType.PERSON, "Dara Quill", List.of("Dara Quill"), false);
        String titled = "Judge Dara Quill refused bail.";
        assertEquals(9L, linker.link(titled, EntityLinkerTest.mentions(titled, "Dara Quill", EntityType.PERSON), List.of(plainKnown)).get(0).entityId());
        // a role of no compared kind (a minister) is no conflict
        String minister = "Dara Quill, the minister, opened the bridge.";
        assertEquals(8L, linker.link(minister, EntityLinkerTest.mentions(minister, "Dara Quill", EntityType.PERSON), List.of(judge)).get(0).entityId());
    }

    @Test
    void aRoleMarkIsNoName() {
        Entity e = new Entity(10, EntityType.PERSON, "Dara Quill", List.of("Dara Quill", "Dara Quill (judge)"), false);
        assertEquals(java.util.Set.of("Dara Quill"), EntityLinker.names(e));
        assertTrue(RoleMarks.isMark("Dara Quill (judge)"));
        assertFalse(RoleMarks.isMark("Intel (Europe)"));
        assertFalse(RoleMarks.isMark("Dara Quill"));
    }

    @Test
    void aVersionIsPartOfAProductsName() {
        assertEquals("8", ProductVersions.version("IE8"));
        assertEquals("6", ProductVersions.version("iPhone 6"));
        assertEquals("7", ProductVersions.version("Windows 7"));
        assertEquals("s9", ProductVersions.version("Galaxy S9"));
        assertEquals("13", ProductVersions.version("Apollo 13"));
        // not versions: a year, a count after "of", a number joined by a hyphen, no number
        assertNull(ProductVersions.version("Class of 2036"));
        assertNull(ProductVersions.version("Group of 20"));
        assertNull(ProductVersions.version("COVID-19"));
        assertNull(ProductVersions.version("Windows 2000"));
        assertNull(ProductVersions.version("Internet Explorer"));
    }

    @Test
    void aVersionDoesNotJoinAnotherVersionOrTheBareProduct() {
        Entity ie = new Entity(11, EntityType.MISC, "Internet Explorer", List.of("Internet Explorer", "IE"), false);
        Entity ie9 = new Entity(12, EntityType.MISC, "IE9", List.of("IE9", "Internet Explorer 9"), false);
        String text = "A flaw in Internet Explorer 8 (IE8) lets attackers in. Microsoft said IE8 users should update.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Internet Explorer 8", EntityType.MISC, "IE8", EntityType.MISC,
                "Microsoft", EntityType.ORGANIZATION, "IE8", EntityType.MISC);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(ie, ie9));
        assertNull(EntityLinkerTest.clusterOf(clusters, 0).entityId());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 3));
        // the bare product still joins itself, and one version joins the same version
        String bare = "Internet Explorer is losing users.";
        assertEquals(11L, linker.link(bare, EntityLinkerTest.mentions(bare, "Internet Explorer", EntityType.MISC), List.of(ie, ie9)).get(0).entityId());
        String nine = "IE9 is faster.";
        assertEquals(12L, linker.link(nine, EntityLinkerTest.mentions(nine, "IE9", EntityType.MISC), List.of(ie, ie9)).get(0).entityId());
    }

    @Test
    void aNumberedBodyOrMissionRepeatedStillJoins() {
        Entity g7 = new Entity(13, EntityType.ORGANIZATION, "G7", List.of("G7"), false);
        Entity apollo = new Entity(14, EntityType.MISC, "Apollo 13", List.of("Apollo 13"), false);
        Entity covid = new Entity(15, EntityType.MISC, "COVID-19", List.of("COVID-19"), false);
        String text = "G7 leaders met as Apollo 13 was remembered. COVID rules were eased.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "G7", EntityType.ORGANIZATION, "Apollo 13", EntityType.MISC,
                "COVID", EntityType.MISC);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(g7, apollo, covid));
        assertEquals(13L, EntityLinkerTest.clusterOf(clusters, 0).entityId());
        assertEquals(14L, EntityLinkerTest.clusterOf(clusters, 1).entityId());
        assertEquals(15L, EntityLinkerTest.clusterOf(clusters, 2).entityId());
        // "G20" is another body than "G7"
        String g20 = "G20 ministers met.";
        assertNull(linker.link(g20, EntityLinkerTest.mentions(g20, "G20", EntityType.ORGANIZATION), List.of(g7)).get(0).entityId());
    }
}
