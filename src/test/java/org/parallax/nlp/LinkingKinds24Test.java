package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Linking and typing rules of the entities round of stop 47 (issue 15 items 1-2, fresh-news entities18): honorifics of
 * other usages (NameHonorifics), a father's given name that is his son's second name (GivenNameStyle), a person of one
 * name with and without a title (OneNamePeople), a headline's name typed as its body types it (HeadlineTypes), bodies
 * named "X of" a place (BodiesOfPlaces). Invented sentences.
 */
class LinkingKinds24Test {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void honorificsOfOtherUsagesAreNoNameWords() {
        assertEquals(List.of("musa", "danjuma"), EntityLinker.tokens("Alhaji Musa Danjuma"));
        assertEquals(List.of("dawit"), EntityLinker.tokens("Ato Dawit"));
        assertEquals(List.of("joko"), EntityLinker.tokens("Pak Joko"));
        assertEquals(List.of("wulandari"), EntityLinker.tokens("Ibu Wulandari"));
        assertEquals(List.of("khin", "mar", "aye"), EntityLinker.tokens("Daw Khin Mar Aye"));
        // "Pak" is a Korean surname before a hyphenated or second given name
        assertEquals(List.of("pak", "se", "ri"), EntityLinker.tokens("Pak Se-ri"));
        assertEquals("Khin Mar Aye", NameHonorifics.strip("Daw Khin Mar Aye"));
        assertEquals("Aung Min", NameHonorifics.strip("U Aung Min"));
        assertEquals("Pak Joko", NameHonorifics.strip("Pak Joko"), "a title before one word is shown as written");
        assertEquals("Ato Boateng", NameHonorifics.strip("Ato Boateng"));
        String text = "Alhaji Musa Danjuma founded the firm. Alhaji Danjuma's son, Ibrahim Danjuma, sits on the board.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Alhaji Musa Danjuma", EntityType.PERSON, "Alhaji Danjuma", EntityType.PERSON,
                "Ibrahim Danjuma", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals("Musa Danjuma", EntityLinkerTest.clusterOf(clusters, 0).name());
        assertEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 1));
        assertNotEquals(EntityLinkerTest.clusterOf(clusters, 0), EntityLinkerTest.clusterOf(clusters, 2));
    }

    @Test
    void aLoneGivenNameIsTheFathersWhenItIsAlsoTheSonsSecondName() {
        String text = "Yonas Dawit won the race. His father, Dawit Haile, won it in 2009. \"He ran with me,\" Yonas said."
                + " Dawit, 55, coaches in Bekoji. Ato Dawit cried.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Yonas Dawit", EntityType.PERSON, "Dawit Haile", EntityType.PERSON, "Yonas",
                EntityType.PERSON, "Dawit", EntityType.PERSON, "Ato Dawit", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster son = EntityLinkerTest.clusterOf(clusters, 0);
        EntityLinker.Cluster father = EntityLinkerTest.clusterOf(clusters, 1);
        assertNotEquals(son, father);
        assertEquals(son, EntityLinkerTest.clusterOf(clusters, 2));
        assertEquals(father, EntityLinkerTest.clusterOf(clusters, 3));
        assertEquals(father, EntityLinkerTest.clusterOf(clusters, 4));
        assertEquals("Dawit Haile", father.name());
        // an article of surnames keeps the surname rule: "Dawit" is the son's when no given name stands alone
        String surnames = "Yonas Dawit won the race. His father, Dawit Haile, won it in 2009. Dawit said he cried.";
        List<Mention> ss = EntityLinkerTest.mentions(surnames, "Yonas Dawit", EntityType.PERSON, "Dawit Haile", EntityType.PERSON, "Dawit",
                EntityType.PERSON);
        List<EntityLinker.Cluster> cs = linker.link(surnames, ss, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(cs, 1), EntityLinkerTest.clusterOf(cs, 2));
    }

    @Test
    void aPersonOfOneNameIsOneWithAndWithoutATitle() {
        String text = "Wulandari, an engineer, will lead the agency. Ms Wulandari, 49, said so. \"Ibu Wulandari knows every pump,\" he said.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Wulandari", EntityType.PERSON, "Wulandari", EntityType.PERSON, "Ibu Wulandari",
                EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals("Wulandari", clusters.get(0).name());
        // "Mr Blair" and "Mrs Blair" stay two people
        String two = "Mr Blair spoke. Mrs Blair did not. Blair left.";
        List<Mention> ts = EntityLinkerTest.mentions(two, "Blair", EntityType.PERSON, "Blair", EntityType.PERSON, "Blair", EntityType.PERSON);
        List<EntityLinker.Cluster> cs = linker.link(two, ts, List.of());
        assertNotEquals(EntityLinkerTest.clusterOf(cs, 0), EntityLinkerTest.clusterOf(cs, 1));
    }

    @Test
    void aHeadlineNameTakesItsBodysOneType() {
        String text = "World\n\nJakarta names Wulandari to run its flood defences\n\nWulandari, an engineer, will lead the agency."
                + " Ms Wulandari, 49, said so.";
        assertTrue(HeadlineTypes.headEnd(text) > text.indexOf("defences"));
        List<Mention> ms = EntityLinkerTest.mentions(text, "Wulandari", EntityType.LOCATION, "Wulandari", EntityType.PERSON, "Wulandari",
                EntityType.PERSON);
        List<Mention> typed = HeadlineTypes.asBody(text, ms);
        assertEquals(EntityType.PERSON, typed.get(0).type());
        // a body of two types ("Leeds" the club and the city) leaves the headline as it is
        String mixed = "Leeds win\n\nLeeds beat Hull. Fans met in Leeds city centre.";
        List<Mention> lm = EntityLinkerTest.mentions(mixed, "Leeds", EntityType.ORGANIZATION, "Leeds", EntityType.ORGANIZATION, "Leeds",
                EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, HeadlineTypes.asBody(mixed, lm).get(0).type());
        // a text that opens with a sentence has no headline
        assertEquals(0, HeadlineTypes.headEnd("Leeds beat Hull on Saturday.\n\nLeeds are second."));
    }

    @Test
    void aBodyNamedOfAPlaceIsAnOrganisation() {
        assertTrue(BodiesOfPlaces.named("State Railway of Thailand"));
        assertTrue(BodiesOfPlaces.named("Reserve Bank of New Zealand"));
        assertTrue(BodiesOfPlaces.named("Football Association of Ireland"));
        assertFalse(BodiesOfPlaces.named("Isle of Man"));
        assertFalse(BodiesOfPlaces.named("Gulf of Mexico"));
        assertFalse(BodiesOfPlaces.named("Republic of Ireland"));
        String text = "The minister rode with the governor of the State Railway of Thailand, Anan Srisuk.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "State Railway of Thailand", EntityType.LOCATION);
        assertEquals(EntityType.ORGANIZATION, linker.link(text, ms, List.of()).get(0).type());
    }
}
