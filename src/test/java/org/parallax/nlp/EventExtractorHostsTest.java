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
 * EventExtractor on the kinds the events14 set left: visits told from the host's side, a place hosting a tournament, a
 * box's heading in capitals leading a list of the trip's days, a ship's port calls,
 * "the three" as the subject, a place told again by a noun ("visited the jail").
 */
class EventExtractorHostsTest {

    @Test
    void aHostWelcomingOrHostingAPersonToldByTitleIsAVisit() {
        String text = "The Kestrel Institute welcomed the Korean ambassador, Ana Dask, on Monday.\n\n"
                + "On Tuesday the School of Music hosted the conductor Ivo Berg.\n\n"
                + "Tom Kell welcomed the minister's remarks on Wednesday.\n\n"
                + "Orla hosted the Rugby League World Cup in 2030.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 7, 13))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 7, 14))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 7, 15))),
                date(text, "2030", new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), DatePrecision.YEAR))),
                List.of(name(text, "Kestrel Institute", EntityType.ORGANIZATION, 5), name(text, "Ana Dask", EntityType.PERSON, 1),
                        name(text, "School of Music", EntityType.ORGANIZATION, 6), name(text, "Ivo Berg", EntityType.PERSON, 2),
                        name(text, "Tom Kell", EntityType.PERSON, 3), name(text, "Orla", EntityType.LOCATION, 4)));
        // the two guests' visits; not the remarks welcomed, nor the tournament the town hosted
        assertEquals(2, events(c).size(), c.toString());
        assertEquals(13, events(c).get(0).when().start().getDayOfMonth(), c.toString());
        assertEquals(true, events(c).get(0).whoIds().contains(1L), c.toString());
        assertEquals(true, events(c).get(1).whoIds().contains(2L), c.toString());
    }

    @Test
    void aBoxHeadingInCapitalsLeadsAListOfTheTripsDays() {
        String text = "Ana Dask returned to Orla on Tuesday from her first tour of the region.\n\nTHE TRIP AT A GLANCE\n"
                + "14 May: arrives in Pela; dinner with President Ivo Vey\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 5, 19))),
                date(text, "14 May", DateRange.day(LocalDate.of(2037, 5, 14)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Pela", EntityType.LOCATION, 4), name(text, "Ivo Vey", EntityType.PERSON, 2)));
        EventCandidate pela = c.stream().filter(e -> e.when().start().getDayOfMonth() == 14).findFirst().orElseThrow();
        // the one whose trip the box sets out comes first, then the host the line names
        assertEquals(List.of(1L, 2L), pela.whoIds(), c.toString());
        // a heading in ordinary case is no box: the line names only its host
        String plain = text.replace("THE TRIP AT A GLANCE", "The trip at a glance");
        List<EventCandidate> d = run(plain, List.of(date(plain, "Tuesday", DateRange.day(LocalDate.of(2037, 5, 19))),
                date(plain, "14 May", DateRange.day(LocalDate.of(2037, 5, 14)))),
                List.of(name(plain, "Ana Dask", EntityType.PERSON, 1), name(plain, "Orla", EntityType.LOCATION, 3),
                        name(plain, "Pela", EntityType.LOCATION, 4), name(plain, "Ivo Vey", EntityType.PERSON, 2)));
        assertEquals(List.of(2L), d.stream().filter(e -> e.when().start().getDayOfMonth() == 14).findFirst().orElseThrow().whoIds(),
                d.toString());
    }

    @Test
    void aShipsPortCallsAreVisits() {
        String text = "The frigate called at Orla on Monday, with its captain, Ana Dask.\n\n"
                + "On Tuesday the frigate put in at Pela for fuel.\n\n"
                + "The last call, at Vey on Thursday, was cut short.\n\n"
                + "Families can call the welfare line at any time on Friday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 1, 12))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 1, 13))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 1, 15))),
                date(text, "Friday", DateRange.day(LocalDate.of(2037, 1, 16)))),
                List.of(name(text, "Orla", EntityType.LOCATION, 3), name(text, "Ana Dask", EntityType.PERSON, 1),
                        name(text, "Pela", EntityType.LOCATION, 4), name(text, "Vey", EntityType.LOCATION, 5)));
        // three calls, each at its port; no call on Friday
        assertEquals(List.of(12, 13, 15), events(c).stream().map(e -> e.when().start().getDayOfMonth()).sorted().toList(), c.toString());
        assertEquals(List.of(3L), events(c).get(0).whereIds(), c.toString());
    }

    @Test
    void theThreeAreThePeopleOfTheLastEvent() {
        String text = "Ana Dask, Ivo Vey and Tom Kell met at Orla Cathedral on Sunday.\n\n"
                + "On Wednesday the three joined a video call with Eva Lind.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Sunday", DateRange.day(LocalDate.of(2037, 6, 7))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 6, 10)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Vey", EntityType.PERSON, 2),
                        name(text, "Tom Kell", EntityType.PERSON, 3), name(text, "Orla Cathedral", EntityType.ORGANIZATION, 5),
                        name(text, "Eva Lind", EntityType.PERSON, 4)));
        EventCandidate call = c.stream().filter(e -> e.when().start().getDayOfMonth() == 10).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L, 3L, 4L), call.whoIds(), c.toString());
    }

    @Test
    void aPlaceToldAgainByANounIsWhereTheLastVisitWas() {
        String text = "Ana Dask made a visit to the prison at Orla on Monday.\n\n"
                + "Last month Ivo Vey visited the jail.\n\n"
                + "In January Tom Kell visited a school.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 3, 9))),
                date(text, "Last month", new DateRange(LocalDate.of(2037, 2, 1), LocalDate.of(2037, 2, 28), DatePrecision.MONTH)),
                date(text, "January", new DateRange(LocalDate.of(2037, 1, 1), LocalDate.of(2037, 1, 31), DatePrecision.MONTH))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Vey", EntityType.PERSON, 2), name(text, "Tom Kell", EntityType.PERSON, 4)));
        EventCandidate jail = c.stream().filter(e -> e.when().start().getMonthValue() == 2).findFirst().orElseThrow();
        assertEquals(List.of(3L), jail.whereIds(), c.toString());
        // "a school" is another one: no place
        EventCandidate school = c.stream().filter(e -> e.when().start().getMonthValue() == 1).findFirst().orElseThrow();
        assertEquals(List.of(), school.whereIds(), c.toString());
    }
}
