package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.BlockType;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

/** A meeting with no place of its own, in a report filed from a city, takes that city; not a call, nor a trip abroad. */
class DatelinePlacesTest {

    private static Mention place(String text, String name, long id) {
        int i = text.indexOf(name);
        return new Mention(0, 1, i, i + name.length(), name, EntityType.LOCATION, null, id, BlockType.PARAGRAPH, MentionOrigin.AUTO, false);
    }

    private static EventCandidate held(long placeId, String placeName) {
        LocalDate d = LocalDate.parse("2038-05-19");
        return EventExtractor.candidate(EventKind.MEETING, DateRange.day(d), Map.of(), Map.of(placeId, placeName),
                new EventSource(1, 0, 10, "x"));
    }

    @Test
    void aPlacelessMeetingTakesTheDatelineCity() {
        String s = "NICOSIA - Leaders of nine states met in Nicosia on Wednesday.";
        Map.Entry<Long, String> dateline = DatelinePlaces.opening(s, 0, List.of(place(s, "NICOSIA", 4)), Map.of(4L, "Nicosia"));
        assertEquals(Map.entry(4L, "Nicosia"), dateline);
        Map<Long, String> where = new LinkedHashMap<>();
        DatelinePlaces.fill("Ferri and Fahmy met for an hour on Wednesday afternoon.", dateline, List.of(held(4, "Nicosia")), where);
        assertEquals(Map.of(4L, "Nicosia"), where);
    }

    @Test
    void noDatelineForACallATripOrAReportFiledFromHome() {
        String s = "OTTAWA: Anita Anand will visit Warsaw on Thursday.";
        Map.Entry<Long, String> dateline = DatelinePlaces.opening(s, 0, List.of(place(s, "OTTAWA", 2)), Map.of(2L, "Ottawa"));
        Map<Long, String> where = new LinkedHashMap<>();
        DatelinePlaces.fill("At 11.30 she meets the foreign minister at the ministry.", dateline, List.of(held(3, "Warsaw")), where);
        assertEquals(Map.of(), where);
        DatelinePlaces.fill("The two spoke by video call on Friday.", dateline, List.of(), where);
        assertEquals(Map.of(), where);
        String body = "Leaders of Nicosia met on Wednesday.";
        assertNull(DatelinePlaces.opening(body, 0, List.of(place(body, "Nicosia", 4)), Map.of(4L, "Nicosia")));
    }
}
