package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

/** An untagged repeat of a name the recogniser tagged elsewhere in the article, and the repeats it leaves alone. */
class RepeatedNamesTest {

    private static RawMention at(String text, String name, int from, EntityType type) {
        int i = text.indexOf(name, from);
        return new RawMention(i, i + name.length(), name, type, type.name(), null, null);
    }

    private static List<String> added(String text, List<RawMention> tagged) {
        List<String> out = new ArrayList<>();
        for (RawMention m : RepeatedNames.added(text, tagged)) {
            if (!tagged.contains(m)) out.add(m.type() + " " + m.text() + "@" + m.start());
        }
        return out;
    }

    @Test
    void anUntaggedRepeatTakesTheTaggedType() {
        String t = "Marren will travel to Halvik on Monday. Last month Kerel led a delegation to Halvik and met officials.";
        List<String> got = added(t, List.of(at(t, "Halvik", 0, EntityType.LOCATION)));
        assertEquals(List.of("LOCATION Halvik@" + t.lastIndexOf("Halvik")), got);
    }

    @Test
    void aNameOfTwoTypesInOneArticleStaysAsTagged() {
        String t = "Jordan scored twice. Fans in Jordan cheered, and Jordan said so.";
        List<RawMention> tagged = List.of(at(t, "Jordan", 0, EntityType.PERSON), at(t, "Jordan", 10, EntityType.LOCATION));
        assertEquals(List.of(), added(t, tagged));
    }

    @Test
    void aRepeatBesideAnotherCapitalisedWordIsPartOfALongerName() {
        String t = "Ferries leave Halvik daily. The Halvik Port Authority said so. Visitors praised Halvik.";
        List<String> got = added(t, List.of(at(t, "Halvik", 0, EntityType.LOCATION)));
        // "The Halvik Port Authority" is skipped (a capital follows); "praised Halvik" is added
        assertEquals(List.of("LOCATION Halvik@" + t.lastIndexOf("Halvik")), got);
    }

    @Test
    void aSentencesOpeningWordOrATitleBeforeTheNameIsNoPartOfIt() {
        String t = "Marren spoke. The Halvik talks began in Halvik. Then Mr Marren left.";
        List<RawMention> tagged = List.of(at(t, "Marren", 0, EntityType.PERSON), at(t, "Halvik", 30, EntityType.LOCATION));
        List<String> got = added(t, tagged);
        assertEquals(List.of("LOCATION Halvik@" + t.indexOf("Halvik"), "PERSON Marren@" + t.lastIndexOf("Marren")), got);
    }

    @Test
    void partsOfWordsCoveredTextAndCalendarWordsAreLeftAlone() {
        String t = "Halvik said so. The Halvikers and Nordhalvik agree; on 3 May, Halvik 2024 reopened. May said no.";
        List<RawMention> tagged = new ArrayList<>(List.of(at(t, "Halvik", 0, EntityType.LOCATION), at(t, "May", 0, EntityType.PERSON)));
        tagged.add(new RawMention(t.indexOf("3 May"), t.indexOf("3 May") + 5, "3 May", EntityType.DATE, "DATE", "DATE", "XXXX-05-03"));
        // "Halvik 2024" is free (a digit is no capital) and added; "Halvikers" is part of a word; "May" is a month name
        assertEquals(List.of("LOCATION Halvik@" + t.indexOf("Halvik 2024")), added(t, tagged));
    }

    @Test
    void aWordTaggedOnceAndPassedOverOftenIsNoName() {
        String t = "Milepost 3 is near. By milepost 4, Milepost markers stand; Milepost readings vary, and Milepost signs fade.";
        List<String> got = added(t, List.of(at(t, "Milepost", 0, EntityType.ORGANIZATION)));
        assertEquals(List.of(), got);
    }

    @Test
    void aTagInsideALongerCapitalisedRunIsNoSourceAndAPersonTakesNoArticle() {
        String t = "Severn Trent was fined. The agency said the Trent was next. At Tapa he met troops at the Tapa base.";
        List<RawMention> tagged = List.of(at(t, "Trent", 0, EntityType.ORGANIZATION), at(t, "Tapa", 0, EntityType.PERSON));
        assertEquals(List.of(), added(t, tagged));
    }

    @Test
    void aBodysNameAfterAPrepositionOfPlaceIsLeftAlone() {
        String t = "He flew to the Tapa military base. At Tapa he was met. Tapa said so.";
        List<String> got = added(t, List.of(at(t, "Tapa", 0, EntityType.ORGANIZATION)));
        assertEquals(List.of("ORGANIZATION Tapa@" + t.lastIndexOf("Tapa")), got);
    }

    @Test
    void aPersonsNameBeforeAThingNamedAfterThemIsLeftAlone() {
        String t = "Okafor airport opens. Emeka Okafor was born here. Okafor's daughter spoke, and then Okafor said so.";
        List<String> got = added(t, List.of(at(t, "Okafor", t.indexOf("Okafor's"), EntityType.PERSON)));
        assertEquals(List.of("PERSON Okafor@" + t.lastIndexOf("Okafor")), got);
    }
}
