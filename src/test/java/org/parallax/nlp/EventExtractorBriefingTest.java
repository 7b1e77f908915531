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
import org.parallax.model.EventKind;

/**
 * EventExtractor on the kinds the events13 set left: a spokesperson's briefing with a body's own consultations, a club
 * statement with away fans.
 */
class EventExtractorBriefingTest {

    @Test
    void aCouncilsClosedConsultationsAreItsOwnSession() {
        String text = "SECURITY COUNCIL\nThe Security Council met this morning in closed consultations on the situation in Orla.\n\n"
                + "The Security Council met the envoy, Ana Dask, on Monday in Orla.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "this morning", DateRange.day(LocalDate.of(2036, 3, 19))),
                date(text, "Monday", DateRange.day(LocalDate.of(2036, 3, 17)))),
                List.of(name(text, "Security Council", EntityType.ORGANIZATION, 2), name(text, "Ana Dask", EntityType.PERSON, 1),
                        name(text, "Orla", EntityType.LOCATION, 3)));
        // meeting someone named is still a meeting
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(17, events(c).get(0).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void awayFansAreNoVisit() {
        String text = "The away end will be closed to visiting fans for Saturday's match against Orla.\n\n"
                + "On Friday Ana Dask visited the ward in Orla.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Saturday", DateRange.day(LocalDate.of(2036, 5, 10))),
                date(text, "Friday", DateRange.day(LocalDate.of(2036, 5, 9)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3)));
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(9, events(c).get(0).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void aColumnsDroppedInAndPoppedIntoAreVisits() {
        String text = "On Saturday Ana Dask dropped in at the Orla Scouts' hut.\n\n"
                + "On Tuesday our MP, Ivo Berg, popped into Orla Primary School.\n\n"
                + "Next Thursday the mayor, Tom Kell, is coming to Orla to reopen the park.\n\n"
                + "On Monday prices dropped into negative territory and an idea popped into her head.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Saturday", DateRange.day(LocalDate.of(2036, 4, 5))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2036, 4, 8))),
                date(text, "Next Thursday", DateRange.day(LocalDate.of(2036, 4, 17))),
                date(text, "Monday", DateRange.day(LocalDate.of(2036, 4, 7)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Berg", EntityType.PERSON, 2),
                        name(text, "Tom Kell", EntityType.PERSON, 4), name(text, "Orla", EntityType.LOCATION, 3)));
        List<EventCandidate> e = events(c);
        assertEquals(List.of(5, 8, 17), e.stream().map(x -> x.when().start().getDayOfMonth()).toList(), c.toString());
        assertEquals(EventKind.VISIT, e.get(2).kind(), c.toString());
    }

    @Test
    void aVenueNamedAfterItsTownPlacesTheTown() {
        String text = "Ana Dask visited the ward in Orla on Wednesday.\n\n"
                + "On Thursday Ivo Berg was received at Orla Town Hall by the mayor, Tom Kell.\n\n"
                + "On Friday Ivo Berg met Tom Kell at the Orla Building Society.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Wednesday", DateRange.day(LocalDate.of(2036, 5, 7))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2036, 5, 8))),
                date(text, "Friday", DateRange.day(LocalDate.of(2036, 5, 9)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Orla Town Hall", EntityType.ORGANIZATION, 5),
                        name(text, "Tom Kell", EntityType.PERSON, 4),
                        name(text, "Orla Building Society", EntityType.ORGANIZATION, 6)));
        EventCandidate hall = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 8).findFirst().orElseThrow();
        assertEquals(true, hall.whereIds().contains(3L), c.toString());
        // a society named after the town is no building of it
        EventCandidate society = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 9).findFirst().orElseThrow();
        assertEquals(false, society.whereIds().contains(3L), c.toString());
    }

    @Test
    void heAlsoMetAfterAMeetingOfTwoIsAMeetingOfItsOwn() {
        String text = "The envoy, Ana Dask, met today in Orla with the foreign minister, Ivo Berg.\n\n"
                + "He also met a delegation led by Tom Kell.\n\n"
                + "On Monday Lea Vos visited Pela, where she met Ivo Berg.\n\nShe also met Tom Kell.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "today", DateRange.day(LocalDate.of(2036, 3, 19))),
                date(text, "Monday", DateRange.day(LocalDate.of(2036, 3, 17)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Tom Kell", EntityType.PERSON, 4),
                        name(text, "Lea Vos", EntityType.PERSON, 5), name(text, "Pela", EntityType.LOCATION, 6)));
        List<EventCandidate> orla = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 19).toList();
        assertEquals(2, orla.stream().map(e -> e.whoIds()).distinct().count(), c.toString());
        EventCandidate kell = orla.stream().filter(e -> e.whoIds().contains(4L)).findFirst().orElseThrow();
        assertEquals(List.of(1L, 4L), kell.whoIds(), c.toString());
        assertEquals(List.of(3L), kell.whereIds(), c.toString());
        // inside a visit a second talk joins the visit
        List<EventCandidate> pela = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 17).toList();
        assertEquals(1, pela.stream().map(e -> e.whoIds()).distinct().count(), c.toString());
    }

    @Test
    void twoMeetingsOfTwoWithOnePersonInCommonAreTwoInTheLibrary() {
        DateRange day = DateRange.day(LocalDate.of(2036, 3, 19));
        // the envoy with the minister, then with the delegation's leader: two meetings
        assertEquals(false, EventExtractor.sameEvent(EventKind.MEETING, day, List.of(1L, 2L), List.of(3L),
                EventKind.MEETING, day, List.of(1L, 4L), List.of(3L)));
        // the same two, or a day of bilaterals told as a whole, or a visit with its talks: one event
        assertEquals(true, EventExtractor.sameEvent(EventKind.MEETING, day, List.of(1L, 2L), List.of(3L),
                EventKind.MEETING, day, List.of(2L, 1L), List.of(3L)));
        assertEquals(true, EventExtractor.sameEvent(EventKind.MEETING, day, List.of(1L, 2L, 5L), List.of(3L),
                EventKind.MEETING, day, List.of(1L, 4L), List.of(3L)));
        assertEquals(true, EventExtractor.sameEvent(EventKind.VISIT, day, List.of(1L, 2L), List.of(3L),
                EventKind.MEETING, day, List.of(1L, 4L), List.of(3L)));
    }

    @Test
    void aMeetingOnTheSummitsMarginsIsInTheSummitsTown() {
        String text = "The two-day Atlantic summit brought the leaders of 24 countries to Orla on Thursday and Friday.\n\n"
                + "On the margins of the summit, Ana Dask held a bilateral meeting with Ivo Berg on Thursday.\n\n"
                + "Tom Kell and Lea Vos met over breakfast at the Pela Palace on Friday, on the sidelines of the summit.\n\n"
                + "Ana Dask met Lea Vos on Saturday in Tessel.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "on Thursday and Friday", new DateRange(LocalDate.of(2036, 6, 12),
                LocalDate.of(2036, 6, 13), org.parallax.model.DatePrecision.DAY)),
                date(text, "Thursday.", DateRange.day(LocalDate.of(2036, 6, 12))),
                date(text, "Friday, on", DateRange.day(LocalDate.of(2036, 6, 13))),
                date(text, "Saturday", DateRange.day(LocalDate.of(2036, 6, 14)))),
                List.of(name(text, "Orla", EntityType.LOCATION, 3), name(text, "Ana Dask", EntityType.PERSON, 1),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Tom Kell", EntityType.PERSON, 4),
                        name(text, "Lea Vos", EntityType.PERSON, 5), name(text, "Pela Palace", EntityType.ORGANIZATION, 6),
                        name(text, "Tessel", EntityType.LOCATION, 7)));
        EventCandidate bilateral = events(c).stream().filter(e -> e.whoIds().contains(2L)).findFirst().orElseThrow();
        assertEquals(List.of(3L), bilateral.whereIds(), c.toString());
        EventCandidate breakfast = events(c).stream().filter(e -> e.whoIds().contains(4L)).findFirst().orElseThrow();
        assertEquals(List.of(6L, 3L), breakfast.whereIds(), c.toString());
        // in the library the bilateral stays apart from the two-day summit that names nobody
        DateRange two = new DateRange(LocalDate.of(2036, 6, 12), LocalDate.of(2036, 6, 13), org.parallax.model.DatePrecision.DAY);
        assertEquals(false, EventExtractor.sameEvent(EventKind.MEETING, two, List.of(), List.of(3L),
                EventKind.MEETING, DateRange.day(LocalDate.of(2036, 6, 12)), List.of(1L, 2L), List.of(3L)));
        assertEquals(true, EventExtractor.sameEvent(EventKind.VISIT, two, List.of(), List.of(3L),
                EventKind.MEETING, DateRange.day(LocalDate.of(2036, 6, 12)), List.of(1L, 2L), List.of(3L)));
        // a meeting that says nothing of the summit keeps its own place
        EventCandidate later = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 14).findFirst().orElseThrow();
        assertEquals(List.of(7L), later.whereIds(), c.toString());
    }

    @Test
    void theMinisterIsThePersonIntroducedWithThatTitle() {
        String text = "The ambassador, Ana Dask, paid a courtesy call on the Minister of Foreign Affairs, Ivo Berg, in Orla on 2 December.\n\n"
                + "The Minister will undertake a working visit to Pela from 8 to 10 December.\n\n"
                + "The Personal Envoy for Tessel, Tom Kell, will travel to Halvik on Friday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "2 December", DateRange.day(LocalDate.of(2036, 12, 2))),
                date(text, "from 8 to 10 December", new DateRange(LocalDate.of(2036, 12, 8), LocalDate.of(2036, 12, 10),
                        org.parallax.model.DatePrecision.DAY)),
                date(text, "Friday", DateRange.day(LocalDate.of(2036, 12, 5)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Berg", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Pela", EntityType.LOCATION, 4),
                        name(text, "Tom Kell", EntityType.PERSON, 5), name(text, "Halvik", EntityType.LOCATION, 6)));
        EventCandidate pela = events(c).stream().filter(e -> e.whereIds().contains(4L)).findFirst().orElseThrow();
        // the minister, not the ambassador who called on him (the first party of the event told last)
        assertEquals(List.of(2L), pela.whoIds(), c.toString());
        // a title with its holder named right after it refers to nobody before
        EventCandidate tessel = events(c).stream().filter(e -> e.whereIds().contains(6L)).findFirst().orElseThrow();
        assertEquals(List.of(5L), tessel.whoIds(), c.toString());
    }

    @Test
    void satDownWithSomeoneIsAMeeting() {
        String text = "Ana Dask also sat down with Orla's president, Ivo Berg, on Friday morning.\n\n"
                + "On Saturday Tom Kell sat down with a book.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Friday morning", DateRange.day(LocalDate.of(2036, 6, 13))),
                date(text, "Saturday", DateRange.day(LocalDate.of(2036, 6, 14)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Tom Kell", EntityType.PERSON, 4)));
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(EventKind.MEETING, events(c).get(0).kind(), c.toString());
        assertEquals(List.of(1L, 2L), events(c).get(0).whoIds(), c.toString());
    }
}
