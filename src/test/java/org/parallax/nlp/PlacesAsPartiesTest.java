package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** A town the tagger called a person in one sentence and a place in another is no participant of a visit to it. */
class PlacesAsPartiesTest {
    private static Mention at(String text, String s, int from, EntityType type, long entity) {
        int start = text.indexOf(s, from);
        return new Mention(0, 1, start, start + s.length(), s, type, null, entity, null, org.parallax.model.MentionOrigin.AUTO, false);
    }

    @Test
    void aTownTypedAPersonInOneSentenceAndAPlaceInAnotherIsThePlaceOfTheVisit() {
        String text = "The fair was held in Thornby on 3 May. The mayor, Anna Berg, would visit Thornby on 21 September.";
        String sentence = "The mayor, Anna Berg, would visit Thornby on 21 September.";
        List<Mention> ms = List.of(at(text, "Thornby", 0, EntityType.LOCATION, 1), at(text, "Anna Berg", 0, EntityType.PERSON, 2),
                at(text, "Thornby", 40, EntityType.PERSON, 1));
        Map<Long, String> who = new LinkedHashMap<>(Map.of(1L, "Thornby", 2L, "Anna Berg"));
        Map<Long, String> where = new LinkedHashMap<>();
        PlacesAsParties.drop(text, sentence, ms, who, where);
        assertEquals(Map.of(2L, "Anna Berg"), who);
        assertEquals(Map.of(1L, "Thornby"), where);
    }

    @Test
    void aPersonWrittenWithATitleOrAGivenNameStaysAParticipant() {
        String text = "Cllr Thornby lives in Thornby. The mayor spoke to Thornby on 21 September.";
        String sentence = "The mayor spoke to Thornby on 21 September.";
        List<Mention> ms = List.of(at(text, "Cllr Thornby", 0, EntityType.PERSON, 1), at(text, "Thornby", 20, EntityType.LOCATION, 1),
                at(text, "Thornby", 40, EntityType.PERSON, 1));
        Map<Long, String> who = new LinkedHashMap<>(Map.of(1L, "Thornby"));
        PlacesAsParties.drop(text, sentence, ms, who, new LinkedHashMap<>());
        assertEquals(Map.of(1L, "Thornby"), who);
        assertFalse(PlacesAsParties.townTypedAPerson(3L, "Thornby", List.of(at(text, "Thornby", 40, EntityType.PERSON, 3))));
    }
}
