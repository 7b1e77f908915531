package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorListsTest.events;
import static org.parallax.nlp.EventExtractorListsTest.run;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;

/**
 * EventExtractor on a trip's stops listed in one sentence (the kind events15 left): one visit per stop, the same
 * traveller and day; a tour "visiting" a list of towns stays one visit. And a diary line's timed entries, one event each.
 */
class EventExtractorStopsTest {

    @Test
    void aTripsStopsListedInOneSentenceAreOneVisitEach() {
        String text = "Senator Ana Dask made stops in Orla, Pela and Vela on Saturday, meeting farmers.\n\n"
                + "Ivo Berg toured the north on Monday, visiting Sela, Dela and Kela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Saturday", DateRange.day(LocalDate.of(2037, 10, 3))),
                date(text, "Monday", DateRange.day(LocalDate.of(2037, 10, 5)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        // a stop read as a person is still a stop
                        name(text, "Pela", EntityType.LOCATION, 4), name(text, "Vela", EntityType.PERSON, 5),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Sela", EntityType.LOCATION, 6),
                        name(text, "Dela", EntityType.LOCATION, 7), name(text, "Kela", EntityType.LOCATION, 8)));
        // three stops on Saturday, each with the senator alone; the tour of the north is one visit with its three towns
        assertEquals(4, events(c).size(), c.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(1L), events(c).get(i).whoIds(), c.toString());
            assertEquals(3, events(c).get(i).when().start().getDayOfMonth(), c.toString());
        }
        assertEquals(List.of(3L), events(c).get(0).whereIds(), c.toString());
        assertEquals(List.of(4L), events(c).get(1).whereIds(), c.toString());
        assertEquals(List.of(5L), events(c).get(2).whereIds(), c.toString());
        assertEquals(List.of(6L, 7L, 8L), events(c).get(3).whereIds(), c.toString());
        // stored one after another, the stops stay apart: two visits of one day to two places are two events
        assertFalse(EventExtractor.sameEvent(events(c).get(0), events(c).get(1)));
        assertFalse(EventExtractor.sameEvent(events(c).get(1), events(c).get(2)));
        // a visit and a meeting there, or two visits to the same place that day, are still one
        assertTrue(EventExtractor.sameEvent(events(c).get(0), EventExtractor.candidate(EventKind.MEETING, events(c).get(0).when(),
                Map.of(1L, "Ana Dask"), Map.of(9L, "Town Hall"), events(c).get(0).source())));
        assertTrue(EventExtractor.sameEvent(events(c).get(0), EventExtractor.candidate(EventKind.VISIT, events(c).get(0).when(),
                Map.of(1L, "Ana Dask"), Map.of(3L, "Orla"), events(c).get(0).source())));
    }

    @Test
    void aDiaryLinesTimedEntriesAreEventsOfTheirOwn() {
        DateRange pub = DateRange.day(LocalDate.of(2037, 2, 10));
        String text = "Engagements:\n\nMonday: 10:00 meets Ivo Berg at Orla; 14:30 chairs the board; 16:00 calls on Ana Dask in Pela; "
                + "18:00 dinner with Tom Kell\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 2, 9))),
                date(text, "10:00", pub), date(text, "14:30", pub), date(text, "16:00", pub), date(text, "18:00", pub)),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ana Dask", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4),
                        name(text, "Tom Kell", EntityType.PERSON, 5)));
        // Monday's meetings apart, each with its own guest and place, on Monday (the dinner with no cue but a guest); the
        // board's chair is no event
        assertEquals(3, events(c).size(), c.toString());
        assertEquals(List.of(1L), events(c).get(0).whoIds(), c.toString());
        assertEquals(List.of(3L), events(c).get(0).whereIds(), c.toString());
        assertEquals(List.of(2L), events(c).get(1).whoIds(), c.toString());
        assertEquals(List.of(4L), events(c).get(1).whereIds(), c.toString());
        assertEquals(9, events(c).get(1).when().start().getDayOfMonth(), c.toString());
        assertEquals(List.of(5L), events(c).get(2).whoIds(), c.toString());
        assertEquals(9, events(c).get(2).when().start().getDayOfMonth(), c.toString());
    }
}
