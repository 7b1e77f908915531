package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EventExtractorListsTest.events;
import static org.parallax.nlp.EventExtractorListsTest.run;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/** A host greeting the visitor by name where one arrives joins the visit (the kind events17 left); a name alone does not. */
class EventExtractorGreetingTest {

    @Test
    void aHostGreetingTheVisitorByNameAtTheAirportJoinsTheVisit() {
        String text = "Durn welcomed Ilse Marren on Wednesday for a two-day visit.\n\n"
                + "President Ivo Dask greeted Marren at Orla International Airport on her arrival.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Wednesday", DateRange.day(LocalDate.of(2038, 7, 14)))),
                List.of(name(text, "Durn", EntityType.LOCATION, 3), name(text, "Ilse Marren", EntityType.PERSON, 1),
                        name(text, "Ivo Dask", EntityType.PERSON, 4)));
        assertEquals(List.of(1L, 4L), events(c).get(0).whoIds(), c.toString());
        // greeting a name with no arrival ("greeted Marren warmly") is no such join
        String warm = "Durn welcomed Ilse Marren on Wednesday for a two-day visit.\n\nIvo Dask greeted Marren warmly.\n";
        List<EventCandidate> d = run(warm, List.of(date(warm, "Wednesday", DateRange.day(LocalDate.of(2038, 7, 14)))),
                List.of(name(warm, "Durn", EntityType.LOCATION, 3), name(warm, "Ilse Marren", EntityType.PERSON, 1),
                        name(warm, "Ivo Dask", EntityType.PERSON, 4)));
        assertEquals(List.of(1L), events(d).get(0).whoIds(), d.toString());
    }
}
