package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Names of the eighteenth entities round (issue 15 item 2, names cut or padded): a body's name that pairs two names
 * before its last word, cut by the tagger after "and" ("the England and [Wales Cricket Board]").
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
}
