package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parallax.nlp.EntityLinkerTest.clusterOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking rules from the hand audit of entities on real saved pages (issue 15 items 1-2): the authors of a reference
 * list written surname first, and a place a long text writes as a place that one stray result word after it made a
 * sports club. Invented sentences of each kind.
 */
class RealPageKindsTest {
    private final EntityLinker linker = new EntityLinker();

    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }


    @Test
    void anAuthorWrittenSurnameFirstIsOnePersonNamedGivenNameFirst() {
        String text = "Notes\n^ Pembury, Alistair (ed.) (2011). A History of Ports.\n^ Pembury, Alistair (May 2012). Harbours.\n"
                + "^ Colvin, Gareth (2003). Ships.";
        List<Mention> ms = mentions(text, "Pembury", EntityType.LOCATION, "Alistair", EntityType.PERSON, "Pembury", EntityType.PERSON,
                "Alistair", EntityType.PERSON, "Colvin", EntityType.ORGANIZATION, "Gareth", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        for (int i = 1; i < 4; i++) assertEquals(clusterOf(clusters, 0), clusterOf(clusters, i));
        assertEquals("Alistair Pembury", clusterOf(clusters, 0).name());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
        assertEquals(clusterOf(clusters, 4), clusterOf(clusters, 5));
        assertEquals("Gareth Colvin", clusterOf(clusters, 5).name());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 5));
    }

    @Test
    void aGivenNameOfAReferenceDoesNotJoinALongerNameItEnds() {
        String text = "Ardley, Simon (2001). Coasts.\n^ Hurst, Simon; Baynes, Thomas (1999). \"Calder, Henry Simon\". Lives.";
        List<Mention> ms = mentions(text, "Ardley", EntityType.PERSON, "Simon", EntityType.PERSON, "Hurst", EntityType.PERSON,
                "Simon", EntityType.PERSON, "Baynes", EntityType.PERSON, "Thomas", EntityType.PERSON, "Calder", EntityType.PERSON,
                "Henry Simon", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Simon Ardley", clusterOf(clusters, 1).name());
        assertEquals("Simon Hurst", clusterOf(clusters, 3).name());
        assertEquals("Thomas Baynes", clusterOf(clusters, 5).name());
        assertEquals("Henry Simon Calder", clusterOf(clusters, 7).name());
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 3));
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 7));
        assertNotEquals(clusterOf(clusters, 3), clusterOf(clusters, 7));
    }

    @Test
    void aSurnameIsOneWordUnlessAParticleStartsIt() {
        String text = "Essays. In Fairlie, Robert (ed.). Islands.\n^ De Vries, Anna (2007). Reefs.";
        List<Mention> ms = mentions(text, "Robert", EntityType.PERSON, "Anna", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Robert Fairlie", clusterOf(clusters, 0).name());
        assertEquals("Anna De Vries", clusterOf(clusters, 1).name());
    }

    @Test
    void aGivenNameRunOnIntoTheNextAuthorIsCutThereAndItsInitialsKept() {
        String text = "^ Marsh, Oliver; Dunning, Keith J.; Pratt, Laura R.; Quill, Laura (2004). Tides.";
        List<Mention> ms = mentions(text, "Oliver", EntityType.PERSON, "Keith J.; Pratt", EntityType.PERSON, "Laura", EntityType.PERSON,
                "Laura", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Oliver Marsh", clusterOf(clusters, 0).name());
        assertEquals("Keith J. Dunning", clusterOf(clusters, 1).name());
        assertEquals("Laura R. Pratt", clusterOf(clusters, 2).name());
        assertEquals("Laura Quill", clusterOf(clusters, 3).name());
    }

    @Test
    void aNameAndCommaInAStoryIsNoReference() {
        String text = "The talks in Brookfield, Martin said, went well. Martin Hale agreed.";
        List<Mention> ms = mentions(text, "Brookfield", EntityType.LOCATION, "Martin", EntityType.PERSON, "Martin Hale", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 0).type());
        assertNotEquals(clusterOf(clusters, 0), clusterOf(clusters, 1));
    }

    @Test
    void aPlaceWrittenAsAPlaceInALongTextIsNoClubForOneResultWord() {
        String text = "Farming in Veldoria grew after 1850. Early Veldoria led the region in wool. Roads in Veldoria improved. "
                + "Trade from Veldoria rose; ports at Veldoria opened, and a 3-1 vote passed. Veldoria is a republic.";
        List<Mention> ms = mentions(text, "Veldoria", EntityType.LOCATION, "Veldoria", EntityType.LOCATION, "Veldoria", EntityType.LOCATION,
                "Veldoria", EntityType.LOCATION, "Veldoria", EntityType.LOCATION, "Veldoria", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        for (int i = 1; i < 6; i++) assertEquals(clusterOf(clusters, 0), clusterOf(clusters, i));
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 0).type());
    }

    @Test
    void aListOfPlacesIsNoPlaceWithItsRegion() {
        String text = "The realm comprises Veldoria, Ostmark, the Tarn Isles and more. Veldoria is large. "
                + "Tourists from Ostmark, Veldoria, and twenty-two other countries came. Veldoria grew.";
        List<Mention> ms = mentions(text, "Veldoria", EntityType.LOCATION, "Ostmark", EntityType.LOCATION, "Tarn Isles", EntityType.LOCATION,
                "Veldoria", EntityType.LOCATION, "Ostmark", EntityType.LOCATION, "Veldoria", EntityType.LOCATION, "Veldoria", EntityType.LOCATION);
        EntityLinker.Cluster one = clusterOf(linker.link(text, ms, List.of()), 0);
        assertEquals(java.util.Set.of("Veldoria"), one.aliases());
        assertEquals(java.util.Set.of("Ostmark"), clusterOf(linker.link(text, ms, List.of()), 1).aliases());
    }

    @Test
    void aPlaceThatLedToSomethingIsNoClub() {
        String text = "Rural life in early Veldoria led to its image abroad. The 2-1 split in parliament remained.";
        List<Mention> ms = mentions(text, "Veldoria", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 0).type());
    }

    @Test
    void aClubNamedByItsCityInAMatchReportIsStillAClub() {
        String text = "Denver beat Boston 3-1 on Sunday. Denver's coach praised the defence. Boston's manager was angry.";
        List<Mention> ms = mentions(text, "Denver", EntityType.LOCATION, "Boston", EntityType.LOCATION, "Denver", EntityType.LOCATION,
                "Boston", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 0).type());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 3).type());
    }

    @Test
    void aPictureAgencyInACreditIsAnOrganisation() {
        // a caption's credit "Photographer / Agency": the recogniser types the agency a person
        String text = "Protesters gathered in Seoul on Friday. Ezra Acayan / Getty Images\n\nTalks went on. Mina Park spoke.";
        List<Mention> ms = mentions(text, "Ezra Acayan", EntityType.PERSON, "Getty Images", EntityType.PERSON,
                "Mina Park", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.ORGANIZATION, clusterOf(clusters, 1).type());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 2).type());
    }
}
