package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** The whole name a recogniser's cut-off mention is written in, and the display name it gives its entity. */
class EntityNamesTest {

    /** Mentions of each listed surface form, in order, typed as given ({@link EntityLinkerTest#mentions}). */
    private static List<Mention> mentions(String text, Object... formsAndTypes) {
        return EntityLinkerTest.mentions(text, formsAndTypes);
    }

    private static String written(String text, List<Mention> ms, int i) {
        return EntityNames.writtenName(text, ms.get(i), ms);
    }

    @Test
    void aPeerIsWrittenWithThePlaceOfTheTitle() {
        String text = "The bill was moved by Lord Brandt of Elmswick, a former judge. Lord Brandt said it would pass. "
                + "Baroness Quill of Harrowmere backed it.";
        List<Mention> ms = mentions(text, "Brandt", EntityType.PERSON, "Elmswick", EntityType.LOCATION, "Brandt", EntityType.PERSON,
                "Baroness Quill", EntityType.PERSON);
        assertEquals("Lord Brandt of Elmswick", written(text, ms, 0));
        assertEquals("Lord Brandt of Elmswick", written(text, ms, 1), "the place of the title names the peer");
        assertNull(written(text, ms, 2), "a peer written without the place is a short form, not widened");
        assertEquals("Baroness Quill of Harrowmere", written(text, ms, 3));
        // a commoner's "of": no title, no widening
        String plain = "Anna Brandt of Elmswick said so.";
        List<Mention> p = mentions(plain, "Anna Brandt", EntityType.PERSON);
        assertNull(written(plain, p, 0));
    }

    @Test
    void aMonarchIsWrittenWithTitleAndNumeral() {
        String text = "King Osric is resting at the palace. The ship, named after Queen Maud I, sails today. Queen Maud I ruled long.";
        List<Mention> ms = mentions(text, "Osric", EntityType.PERSON, "Queen Maud", EntityType.PERSON, "Maud I", EntityType.PERSON);
        assertEquals("King Osric", written(text, ms, 0));
        assertEquals("Queen Maud I", written(text, ms, 1));
        assertEquals("Queen Maud I", written(text, ms, 2));
        // "Kingsley" is no title; a full name after "King" is left as written
        String other = "The singer Kingsley Ode said so. King Osric Vale spoke.";
        List<Mention> o = mentions(other, "Ode", EntityType.PERSON, "Osric Vale", EntityType.PERSON);
        assertNull(written(other, o, 0));
        assertNull(written(other, o, 1));
    }

    @Test
    void anOrganisationIsWrittenWithTheWordTheRecogniserLeftOff() {
        String text = "Petrov flew for the Vendish Air Corps until 2019. Analysts at Quorum BCX said so on Monday. "
                + "She met officials of the Ministry of Roads, Rail and Harbours in May. Pilots said on Tuesday Air Corps jets flew. "
                + "Officials of the Ostlandish Treasury met at The Fen Council.";
        List<Mention> ms = mentions(text, "Air Corps", EntityType.ORGANIZATION, "BCX", EntityType.ORGANIZATION,
                "Ministry of Roads", EntityType.ORGANIZATION, "Air Corps", EntityType.ORGANIZATION, "Ostlandish", EntityType.MISC,
                "Treasury", EntityType.ORGANIZATION, "Fen Council", EntityType.ORGANIZATION);
        assertEquals("Vendish Air Corps", written(text, ms, 0));
        assertNull(written(text, ms, 1), "only a nationality's adjective is taken, and never before an acronym");
        assertEquals("Ministry of Roads, Rail and Harbours", written(text, ms, 2));
        assertNull(written(text, ms, 3), "a weekday is no part of a name");
        assertNull(written(text, ms, 5), "a word another mention covers is a name of its own");
        assertNull(written(text, ms, 6), "\"the\" is no part of a name");
        String headline = "Chipmaker buys Vendish SeaGrid. The Egyptian MENA agency said so.";
        List<Mention> h = mentions(headline, "SeaGrid", EntityType.ORGANIZATION, "MENA", EntityType.ORGANIZATION);
        assertEquals("Vendish SeaGrid", written(headline, h, 0));
        assertNull(written(headline, h, 1), "an acronym is not widened");
        String title = "Chipmaker to Acquire SeaGrid.";
        assertNull(written(title, mentions(title, "SeaGrid", EntityType.ORGANIZATION), 0), "a headline's verb is no part of a name");
        // a list of other places is no part of the ministry's name
        String list = "The Ministry of Defence, Paris and London agreed.";
        List<Mention> l = mentions(list, "Ministry of Defence", EntityType.ORGANIZATION, "Paris", EntityType.LOCATION,
                "London", EntityType.LOCATION);
        assertNull(written(list, l, 0));
    }

    @Test
    void theDisplayNameIsTheWholeNameTheLinkerRecordedForACutOffForm() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Air Corps", 3);
        assertEquals("Vendish Air Corps", EntityNames.displayName(EntityType.ORGANIZATION, counts, List.of("Air Corps", "Vendish Air Corps")));
        assertEquals("Air Corps", EntityNames.displayName(EntityType.ORGANIZATION, counts, List.of("Air Corps")));
        Map<String, Integer> peer = new LinkedHashMap<>();
        peer.put("Brandt", 2);
        peer.put("Elmswick", 1);
        assertEquals("Lord Brandt of Elmswick", EntityNames.displayName(EntityType.PERSON, peer,
                List.of("Brandt", "Lord Brandt", "Elmswick", "Lord Brandt of Elmswick")), "nested whole names: the longest");
        // two whole names that do not nest: the form counts as itself, never as another person's name
        Map<String, Integer> blair = new LinkedHashMap<>();
        blair.put("Blair", 5);
        blair.put("Tony Blair", 1);
        assertEquals("Tony Blair", EntityNames.displayName(EntityType.PERSON, blair, List.of("Blair", "Tony Blair", "Cherie Blair")));
        assertEquals("Blair", EntityNames.wholeAlias(EntityType.PERSON, "Blair", List.of("Tony Blair", "Cherie Blair")));
        // a qualified place is no whole name of the bare one; a word's prefix is no word
        assertEquals("Paris", EntityNames.wholeAlias(EntityType.LOCATION, "Paris", List.of("Paris, Texas")));
        assertEquals("Cleve", EntityNames.wholeAlias(EntityType.ORGANIZATION, "Cleve", List.of("Cleveland-Cliffs")));
        // only a whole name of the kinds the text writes a cut-off form in; the linker's other aliases do not rename
        assertEquals("Cleveland", EntityNames.wholeAlias(EntityType.ORGANIZATION, "Cleveland", List.of("Cleveland-Cliffs")));
        assertEquals("Harbour Gulls", EntityNames.wholeAlias(EntityType.ORGANIZATION, "Harbour Gulls", List.of("Westport Harbour Gulls")));
        assertEquals("Queen Maud II", EntityNames.wholeAlias(EntityType.PERSON, "Maud", List.of("Queen Maud", "Queen Maud II")));
        assertEquals("Bureau of Roads, Canals and Bridges",
                EntityNames.wholeAlias(EntityType.ORGANIZATION, "Bureau of Roads", List.of("Bureau of Roads, Canals and Bridges")));
    }

    @Test
    void aCourtesyOrCouncillorsTitleIsNoPartOfTheShownName() {
        Map<String, Integer> dame = new LinkedHashMap<>();
        dame.put("Dame Alison Kerr", 2);
        dame.put("Kerr", 3);
        assertEquals("Alison Kerr", EntityNames.displayName(EntityType.PERSON, dame));
        assertEquals("Ruth Hollis", EntityNames.displayName(EntityType.PERSON, Map.of("Cllr Ruth Hollis", 1)));
        // "Cllr Sandhu" is a short form of "Cllr Dev Sandhu", as "Mr Sandhu" would be
        Map<String, Integer> cllr = new LinkedHashMap<>();
        cllr.put("Cllr Dev Sandhu", 1);
        cllr.put("Cllr Sandhu", 2);
        assertEquals("Dev Sandhu", EntityNames.displayName(EntityType.PERSON, cllr));
        // with the given name alone the title stays ("Sir Keir"); a body keeps its words
        assertEquals("Sir Keir", EntityNames.displayName(EntityType.PERSON, Map.of("Sir Keir", 1)));
        assertEquals("Dame Allan's Schools", EntityNames.displayName(EntityType.ORGANIZATION, Map.of("Dame Allan's Schools", 1)));
    }
}
