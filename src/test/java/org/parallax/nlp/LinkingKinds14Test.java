package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Names of the eighteenth entities round (issue 15 item 2, names cut or padded): a body's name that pairs two names
 * before its last word, cut by the tagger after "and" ("the England and [Wales Cricket Board]"); a common occupation
 * written as a false title before a full name ("Porter Sam Adeyemi moves boxes").
 */
class LinkingKinds14Test {

    @Test
    void aBodyNamedByTwoNamesIsWrittenWholeWhereTheTaggerCutItAfterAnd() {
        String text = "She met the Severn and Avon River Board on Friday. Minutes of the Parks and Leisure Committee followed.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Severn", EntityType.LOCATION, "Avon River Board", EntityType.ORGANIZATION,
                "Leisure Committee", EntityType.ORGANIZATION);
        assertEquals("Severn and Avon River Board", EntityNames.writtenName(text, ms.get(1), ms));
        assertEquals("Parks and Leisure Committee", EntityNames.writtenName(text, ms.get(2), ms));
        assertEquals("Severn and Avon River Board", EntityNames.wholeAlias(EntityType.ORGANIZATION, "Avon River Board",
                List.of("Severn and Avon River Board")));
    }

    @Test
    void twoBodiesOrAPlaceAndABodyWithoutTheStayApart() {
        // a company and a body, a list without "the", a body without a body's last word
        String text = "Shares in the Barclays and Lloyds Banking Board fell. Residents of Kent and Surrey Fire Service agreed. "
                + "The Times and Evening Post merged.";
        List<Mention> ms = EntityLinkerTest.mentions(text, "Barclays", EntityType.ORGANIZATION, "Lloyds Banking Board",
                EntityType.ORGANIZATION, "Kent", EntityType.LOCATION, "Surrey Fire Service", EntityType.ORGANIZATION, "Evening Post",
                EntityType.ORGANIZATION);
        assertNull(EntityNames.writtenName(text, ms.get(1), ms));
        assertNull(EntityNames.writtenName(text, ms.get(3), ms));
        assertNull(EntityNames.writtenName(text, ms.get(4), ms));
    }

    private static String cutName(String text, String name) {
        int start = text.indexOf(name);
        int at = OccupationTitles.cut(text, start, start + name.length());
        return at < 0 ? name : text.substring(at, start + name.length());
    }

    @Test
    void anOccupationWrittenAsATitleBeforeAFullNameIsNoPartOfTheName() {
        String caption = "Night shift\n2/6 Porter Sam Adeyemi moves boxes of hake. Adeyemi has worked there for years.";
        assertEquals("Sam Adeyemi", cutName(caption, "Porter Sam Adeyemi"));
        String story = "The harvest failed. Farmer Jane Doe said the rain came too late.";
        assertEquals("Jane Doe", cutName(story, "Farmer Jane Doe"));
        List<RawMention> ms = List.of(new RawMention(story.indexOf("Farmer"), story.indexOf(" said"), "Farmer Jane Doe", EntityType.PERSON,
                "PERSON", null, null));
        assertEquals("Jane Doe", OccupationTitles.trimmed(story, ms).get(0).text());
    }

    @Test
    void aSurnameThatIsAnOccupationNounStaysInTheName() {
        // the article writes the word as a name elsewhere; or it is no sentence's first word; or no full name follows
        assertEquals("Porter Sam Adeyemi", cutName("Porter Sam Adeyemi spoke. Mr Porter was born in Lagos.", "Porter Sam Adeyemi"));
        assertEquals("Porter Sam Adeyemi", cutName("Porter Sam Adeyemi spoke first. Porter said he agreed.", "Porter Sam Adeyemi"));
        assertEquals("Farmer Jane Doe", cutName("The award went to Farmer Jane Doe on Friday.", "Farmer Jane Doe"));
        assertEquals("Baker Street", cutName("Baker Street was closed.", "Baker Street"));
    }
}
