package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EventExtractorListsTest.events;
import static org.parallax.nlp.EventExtractorListsTest.run;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * EventExtractor on meetings only named as things ("no memory of the meeting", "the minutes of Tuesday's council
 * meeting") and on a count of meetings over a span ("met developers five times between July and September").
 */
class EventExtractorNamedMeetingsTest {

    @Test
    void aMeetingNamedAsAThingOrCountedOverASpanIsNoEvent() {
        String text = "Ivo Berg, who spoke on Tuesday, said he had no memory of the meeting.\n\n"
                + "The minutes of Wednesday's council meeting in Orla are now online.\n\n"
                + "Ana Dask met property developers five times between July and September, a return published on Thursday shows.\n\n"
                + "Ana Dask met Ivo Berg in Orla on Friday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 8, 18))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 8, 19))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 8, 20))),
                date(text, "Friday", DateRange.day(LocalDate.of(2037, 8, 21)))),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ana Dask", EntityType.PERSON, 2)));
        // only Friday's meeting is an event
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(21, events(c).get(0).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void aListBelowACountSummaryStillHasItsSubject() {
        String text = "Ana Dask met property developers five times between July and September, a return published on Thursday shows.\n\n"
                + "The return lists:\n2 July 2037: meeting with Ivo Berg in Orla\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Thursday", DateRange.day(LocalDate.of(2037, 10, 15))),
                date(text, "2 July 2037", DateRange.day(LocalDate.of(2037, 7, 2)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 2), name(text, "Ivo Berg", EntityType.PERSON, 1),
                        name(text, "Orla", EntityType.LOCATION, 3)));
        // the summary is no event, the list line is, with the summary's subject first
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(List.of(2L, 1L), events(c).get(0).whoIds(), c.toString());
    }

    @Test
    void aCountInOneMonthOrAMeetingBesideTheNamedOneStillIs() {
        String text = "Ana Dask and Ivo Berg met three more times in October, twice in Orla.\n\n"
                + "Ivo Berg met Ana Dask on Monday to read the minutes of the meeting.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "October", new DateRange(LocalDate.of(2037, 10, 1), LocalDate.of(2037, 10, 31), DatePrecision.MONTH)),
                date(text, "Monday", DateRange.day(LocalDate.of(2037, 11, 2)))),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ana Dask", EntityType.PERSON, 2)));
        assertEquals(2, events(c).size(), c.toString());
    }
}
