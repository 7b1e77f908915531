package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;
import static org.parallax.nlp.EventExtractorListsTest.run;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;

/**
 * EventExtractor on the kinds the events12 set left: a council's minutes and its next session, a sports team playing
 * away, an event named as "her" visit in a profile, a wire brief's dateline.
 */
class EventExtractorMinutesTest {


    private static DateRange year(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), org.parallax.model.DatePrecision.YEAR);
    }

    @Test
    void minutesAndTheirNextSessionAreTheBodysOwn() {
        String text = "Minutes of the Planning Committee, Orla Parish Council, meeting of 10 July 2035\n\n"
                + "The committee will next meet on 14 August at 7pm.\n\nDate of next meeting: 11 September.\n\n"
                + "The committee will next meet Ana Dask on 2 October.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "10 July 2035", DateRange.day(LocalDate.of(2035, 7, 10))),
                date(text, "14 August", DateRange.day(LocalDate.of(2035, 8, 14))),
                date(text, "11 September", DateRange.day(LocalDate.of(2035, 9, 11))),
                date(text, "2 October", DateRange.day(LocalDate.of(2035, 10, 2)))),
                List.of(name(text, "Orla Parish Council", EntityType.ORGANIZATION, 5), name(text, "Ana Dask", EntityType.PERSON, 1)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        // only the meeting with someone named is one
        assertEquals(1, events.size(), c.toString());
        assertEquals(10, events.get(0).when().start().getMonthValue(), c.toString());
    }

    @Test
    void aTeamPlayingAwayIsNoVisit() {
        String text = "On Saturday the visiting team, Pela Wanderers, won 2-0 at the Grove.\n\n"
                + "The visiting England cricket team beat Orla by six wickets on Thursday.\n\n"
                + "On Friday a visiting team from the Pela Institute met Ana Dask in Orla.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Saturday", DateRange.day(LocalDate.of(2035, 11, 10))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2035, 8, 2))),
                date(text, "Friday", DateRange.day(LocalDate.of(2035, 8, 3)))),
                List.of(name(text, "Pela Wanderers", EntityType.ORGANIZATION, 6), name(text, "Ana Dask", EntityType.PERSON, 1),
                        name(text, "Orla", EntityType.LOCATION, 3)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        // a visiting team from an institute is still one
        assertEquals(1, events.size(), c.toString());
        assertTrue(events.get(0).whoIds().contains(1L), c.toString());
        assertEquals(3, events.get(0).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void herVisitInAProfileIsTheVisitOfThePersonNamedFirst() {
        String text = "Profile: Ana Dask, the envoy who never unpacks\n\nAna Dask keeps a map on her wall.\n\n"
                + "Her first visit to Orla, in 2029, ended without a deal.\n\nHer 2031 trip to Pela ended well.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "2029", year(2029)), date(text, "2031", year(2031))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Pela", EntityType.LOCATION, 4)));
        EventCandidate orla = c.stream().filter(e -> e.whereIds().contains(3L)).findFirst().orElseThrow();
        assertEquals(List.of(1L), orla.whoIds(), c.toString());
        // a year right before the trip's noun is its year ("the 2031 agreement" would not be)
        EventCandidate pela = c.stream().filter(e -> e.when().start().getYear() == 2031).findFirst()
                .orElseThrow(() -> new AssertionError(c.toString()));
        assertEquals(List.of(1L), pela.whoIds(), c.toString());
    }

    @Test
    void aWireDatelinesDateIsNotTheEvents() {
        String text = "Briefs\n\nKAMPALA, Aug 2 (Agency) - Ana Dask will visit Orla next week, her ministry said.\n\n"
                + "NAIROBI, Aug 3 (Agency) - Ivo Vey is in Pela for talks.\n";
        DateRange week = new DateRange(LocalDate.of(2035, 8, 6), LocalDate.of(2035, 8, 12), org.parallax.model.DatePrecision.WEEK);
        List<EventCandidate> c = run(text, List.of(date(text, "Aug 2", DateRange.day(LocalDate.of(2035, 8, 2))),
                date(text, "next week", week), date(text, "Aug 3", DateRange.day(LocalDate.of(2035, 8, 3)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Vey", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4)));
        EventCandidate orla = c.stream().filter(e -> e.whereIds().contains(3L)).findFirst().orElseThrow();
        assertEquals(week, orla.when(), c.toString());
        // a dateline's date alone still dates its brief
        EventCandidate pela = c.stream().filter(e -> e.whereIds().contains(4L)).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2035, 8, 3), pela.when().start(), c.toString());
    }

    @Test
    void theDelegationIsTheLastVisitsVisitorNotTheLastMeetingsMember() {
        String text = "A mission led by Ana Dask arrived in Orla on Monday.\n\n"
                + "On Tuesday Ivo Vey, a chief executive, met buyers in Orla.\n\n"
                + "On Wednesday the delegation flew on to Pela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2035, 2, 19))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2035, 2, 20))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2035, 2, 21)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Vey", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4)));
        EventCandidate pela = c.stream().filter(e -> e.whereIds().contains(4L)).findFirst()
                .orElseThrow(() -> new AssertionError(c.toString()));
        assertEquals(1L, pela.whoIds().get(0), c.toString());
        assertTrue(!pela.whoIds().contains(2L), c.toString());
    }
}
