package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * EventExtractor on one sentence telling two stops in two clauses, each opened by its day: "On Tuesday the frigate put
 * in at X for fuel, and on Wednesday she docked in Y, where Z met W".
 */
class EventExtractorDayClausesTest {

    @Test
    void twoStopsInTwoClausesOpenedByTheirDaysAreTwoEvents() {
        String text = "On Tuesday the frigate put in at Orla for fuel, and on Wednesday she docked in Pela, where Ana Dask met the"
                + " mayor, Ivo Berg, at the town hall.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 1, 13))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 1, 14)))),
                List.of(name(text, "Orla", EntityType.LOCATION, 3), name(text, "Pela", EntityType.LOCATION, 4),
                        name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Berg", EntityType.PERSON, 2)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        assertEquals(2, events.size(), c.toString());
        EventCandidate tuesday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 13).findFirst().orElseThrow();
        EventCandidate wednesday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 14).findFirst().orElseThrow();
        // Orla is Tuesday's, though Wednesday is nearer it; the people met in Pela are Wednesday's
        assertEquals(List.of(3L), tuesday.whereIds(), c.toString());
        assertEquals(List.of(4L), wednesday.whereIds(), c.toString());
        assertEquals(List.of(1L, 2L), wednesday.whoIds(), c.toString());
    }

    @Test
    void theOrdinalDaysOfATourAreEventsOfTheirOwnDays() {
        String text = "Ana Dask ended a three-day tour of Vey on Thursday.\n\n"
                + "On the first day of the tour she flew over Orla and met farmers in Pela.\n\n"
                + "The second day took her to Sela, where Ivo Berg briefed her.\n\n"
                + "On the final day she was in Tark with Ivo Berg.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Thursday", DateRange.day(LocalDate.of(2037, 4, 9)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Vey", EntityType.LOCATION, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Pela", EntityType.LOCATION, 4),
                        name(text, "Sela", EntityType.LOCATION, 5), name(text, "Ivo Berg", EntityType.PERSON, 6),
                        name(text, "Tark", EntityType.LOCATION, 7)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        // the tour, then one event on each of its three days
        for (int[] dayPlace : new int[][] {{7, 4}, {8, 5}, {9, 7}}) {
            EventCandidate e = events.stream().filter(x -> x.when().start().equals(x.when().end())
                    && x.when().start().getDayOfMonth() == dayPlace[0]).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
            assertEquals(true, e.whereIds().contains((long) dayPlace[1]), c.toString());
        }
    }

    @Test
    void aBlogToldAsWeHasTheGroupsLeaderInEveryEvent() {
        String text = "Our group of six, led by the mayor, Ana Dask, had come to Orla.\n\n"
                + "On Wednesday we met the consul, Ivo Berg, in Pela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 11, 11)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Berg", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        assertEquals(1, events.size(), c.toString());
        assertEquals(List.of(1L, 2L), events.get(0).whoIds(), c.toString());
    }

    @Test
    void twoCallsOnTwoDaysInClausesOpenedByTheirDaysAreTwoMeetings() {
        String text = "The envoy, Ana Dask, paid a farewell call on Tom Kell on Monday.\n\n"
                + "On Tuesday she called on the Speaker, Ivo Vey, and on Wednesday she bade farewell to the governor of Orla, Ivo Berg,"
                + " at Pela Hall.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 6, 15))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 6, 16))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 6, 17)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Tom Kell", EntityType.PERSON, 2),
                        name(text, "Ivo Vey", EntityType.PERSON, 3), name(text, "Orla", EntityType.LOCATION, 5),
                        name(text, "Ivo Berg", EntityType.PERSON, 4), name(text, "Pela Hall", EntityType.LOCATION, 6)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        assertEquals(3, events.size(), c.toString());
        EventCandidate tuesday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 16).findFirst().orElseThrow();
        EventCandidate wednesday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 17).findFirst().orElseThrow();
        // the envoy told before in both; the Speaker on Tuesday, though Wednesday is nearer him; the hall Wednesday's (a
        // governor's town is no place of the call)
        assertEquals(List.of(1L, 3L), tuesday.whoIds(), c.toString());
        assertEquals(List.of(1L, 4L), wednesday.whoIds(), c.toString());
        assertEquals(List.of(), tuesday.whereIds(), c.toString());
        assertEquals(List.of(6L), wednesday.whereIds(), c.toString());
    }

    @Test
    void talksOnOneDayThenFlyingOnToAMeetingElsewhereAreTwoEvents() {
        String text = "Ana Dask will travel to Orla next week.\n\n"
                + "She would hold talks with Ivo Vey on Tuesday, aides said, and would then fly on to Pela on Thursday for a meeting"
                + " with Ivo Berg.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "next week", new DateRange(LocalDate.of(2037, 11, 23),
                        LocalDate.of(2037, 11, 29), org.parallax.model.DatePrecision.WEEK)),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 11, 24))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 11, 26)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Vey", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4),
                        name(text, "Ivo Berg", EntityType.PERSON, 5)));
        List<EventCandidate> events = c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
        EventCandidate tuesday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 24
                && e.when().end().getDayOfMonth() == 24).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
        EventCandidate thursday = events.stream().filter(e -> e.when().start().getDayOfMonth() == 26
                && e.when().end().getDayOfMonth() == 26).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
        // the talks with Vey are Tuesday's and not in Pela; Pela and Berg are Thursday's; the traveller is in both
        assertEquals(List.of(1L, 2L), tuesday.whoIds(), c.toString());
        assertEquals(false, tuesday.whereIds().contains(4L), c.toString());
        assertEquals(List.of(1L, 5L), thursday.whoIds(), c.toString());
        assertEquals(List.of(4L), thursday.whereIds(), c.toString());
    }
}
