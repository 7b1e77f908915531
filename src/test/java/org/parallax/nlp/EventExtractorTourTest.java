package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Sentence;

/** EventExtractor on trips told as a whole and their stops (EventExtractorTest is at Checkstyle's file length). */
class EventExtractorTourTest {

    private final EventExtractor extractor = new EventExtractor();

    private static ResolvedDate date(String text, String s, DateRange range) {
        return EventExtractorTest.date(text, s, range);
    }

    private static Mention name(String text, String s, EntityType type, long entity) {
        return nameAfter(text, "", s, type, entity);
    }

    /** Groups candidates into events as the service does, first match wins ({@link EventExtractorTest#merge}). */
    private static List<Event> merge(List<EventCandidate> candidates, Map<Long, String> names) {
        return EventExtractorTest.merge(candidates, names);
    }

    /** Sentences of {@code text}, split after each ". ". */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
            out.add(new Sentence(from, at + 1));
            from = at + 2;
        }
        out.add(new Sentence(from, text.length()));
        return out;
    }

    /** A name mention where {@code s} occurs after {@code after}. */
    private static Mention nameAfter(String text, String after, String s, EntityType type, long entity) {
        int at = text.indexOf(s, text.indexOf(after));
        return new Mention(0, 1, at, at + s.length(), s, type, null, entity, null, MentionOrigin.AUTO, false);
    }

    @Test
    void aTourToldWithItsEndKeepsItsStopsApart() {
        String text = "Foreign Minister Ilse Marren ended a week-long tour of three capitals in Varna on Friday. "
                + "Marren began the tour in Tessel on Monday, where she met President Ode Holt. "
                + "She met Prime Minister Kai Berg at Orla Palace on Wednesday. "
                + "In Varna she met President Lia Sand.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Friday", DateRange.day(LocalDate.of(2023, 3, 10))),
                        date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Wednesday", DateRange.day(LocalDate.of(2023, 3, 8)))),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Varna", EntityType.LOCATION, 2),
                        nameAfter(text, "Friday. ", "Marren", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 3),
                        name(text, "Ode Holt", EntityType.PERSON, 4), name(text, "Kai Berg", EntityType.PERSON, 5),
                        name(text, "Orla Palace", EntityType.LOCATION, 6), nameAfter(text, "In Varna", "Varna", EntityType.LOCATION, 2),
                        name(text, "Lia Sand", EntityType.PERSON, 7)), Map.of());
        Map<Long, String> names = Map.of(1L, "Ilse Marren", 2L, "Varna", 3L, "Tessel", 4L, "Ode Holt", 5L, "Kai Berg",
                6L, "Orla Palace", 7L, "Lia Sand");
        List<Event> events = merge(c, names);
        // the stop in another place on a day of the tour is an event of its own
        Event tessel = events.stream().filter(e -> e.whereIds().contains(3L)).findFirst().orElseThrow();
        assertEquals("2023-03-06", tessel.when().toString(), events.toString());
        assertFalse(tessel.whereIds().contains(2L), events.toString());
        // the tour keeps its days and its end's place; a venue alone is the tour's, and the undated "In Varna she met"
        // is about the tour that named Varna, not the stop told last
        Event tour = events.stream().filter(e -> e.whereIds().contains(2L)).findFirst().orElseThrow();
        assertEquals("2023-03-04..2023-03-10", tour.when().toString(), events.toString());
        assertTrue(tour.whoIds().containsAll(List.of(1L, 7L)), events.toString());
        assertTrue(tour.whereIds().contains(6L), events.toString());
        assertFalse(tessel.whoIds().contains(7L), events.toString());
        // a day in the tour's own place is part of it, a day elsewhere a stop of its own; a three-day visit keeps its day trip
        assertTrue(EventExtractor.sameEvent(EventKind.MEETING, DateRange.day(LocalDate.of(2023, 3, 7)), List.of(1L), List.of(2L),
                EventKind.VISIT, tour.when(), List.of(1L), List.of(2L)));
        assertFalse(EventExtractor.sameEvent(EventKind.MEETING, DateRange.day(LocalDate.of(2023, 3, 7)), List.of(1L), List.of(3L),
                EventKind.VISIT, tour.when(), List.of(1L), List.of(2L)));
        assertTrue(EventExtractor.sameEvent(EventKind.MEETING, DateRange.day(LocalDate.of(2023, 3, 7)), List.of(1L), List.of(3L),
                EventKind.VISIT, new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), DatePrecision.DAY), List.of(1L), List.of(2L)));
    }

    @Test
    void theyInAClauseMidSentenceAreTheTwoWhoLedTheEventJustTold() {
        String text = "Ilse Marren met Ode Holt in Varna on Tuesday. The two leaders were joined by Kai Berg. "
                + "It was their first meeting since they met in Tessel in May.";
        DateRange may = new DateRange(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31), DatePrecision.MONTH);
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))), date(text, "May", may)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Ode Holt", EntityType.PERSON, 2),
                        name(text, "Varna", EntityType.LOCATION, 3), name(text, "Kai Berg", EntityType.PERSON, 4),
                        name(text, "Tessel", EntityType.LOCATION, 5)), Map.of());
        EventCandidate earlier = c.stream().filter(e -> e.when().equals(may)).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L), earlier.whoIds(), c.toString());
        assertEquals(List.of(5L), earlier.whereIds(), c.toString());
    }

    @Test
    void anUndatedFlightInFromElsewhereJoinsTheEventOfThoseWhoTookPart() {
        String text = "Ilse Marren met Ode Holt in Varna on Tuesday. Holt flew in by helicopter from Tessel, on the coast.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Ode Holt", EntityType.PERSON, 2),
                        name(text, "Varna", EntityType.LOCATION, 3), nameAfter(text, "Tuesday", "Holt", EntityType.PERSON, 2),
                        name(text, "Tessel", EntityType.LOCATION, 4)), Map.of());
        EventCandidate flight = c.stream().filter(e -> e.source().sentenceText().startsWith("Holt flew")).findFirst().orElseThrow();
        assertEquals(List.of(3L), flight.whereIds(), "where they came from is no place of the event: " + c);
        assertTrue(flight.whoIds().containsAll(List.of(1L, 2L)), c.toString());
    }

    @Test
    void aPlaceNamedByItsNounIsTheOnePlaceOfThatKindNamedBefore() {
        String text = "Ilse Marren visited the island of Tessel on Monday. The island is to be visited by Kai Berg in May. "
                + "Ode Holt visited the plant manager in Varna on Friday.";
        DateRange may = new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), DatePrecision.MONTH);
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))), date(text, "May", may),
                        date(text, "Friday", DateRange.day(LocalDate.of(2023, 3, 10)))),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Tessel", EntityType.ORGANIZATION, 2),
                        name(text, "Kai Berg", EntityType.PERSON, 3), name(text, "Ode Holt", EntityType.PERSON, 4),
                        name(text, "Varna", EntityType.LOCATION, 5)), Map.of());
        EventCandidate later = c.stream().filter(e -> e.when().equals(may)).findFirst().orElseThrow();
        assertEquals(List.of(2L), later.whereIds(), c.toString());
        assertEquals(List.of(3L), later.whoIds(), c.toString());
        // two islands named before: "the island" is neither
        String two = "Ilse Marren visited Tessel island on Monday and the island of Varna on Tuesday. "
                + "Kai Berg will visit the island in May.";
        List<EventCandidate> d = extractor.extract(1, two, sentences(two), List.of(),
                List.of(date(two, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(two, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))), date(two, "May", may)),
                List.of(name(two, "Ilse Marren", EntityType.PERSON, 1), name(two, "Tessel", EntityType.LOCATION, 2),
                        name(two, "Varna", EntityType.LOCATION, 5), name(two, "Kai Berg", EntityType.PERSON, 3)), Map.of());
        assertTrue(d.stream().filter(e -> e.when().equals(may)).allMatch(e -> e.whereIds().isEmpty()), d.toString());
    }

    @Test
    void aBodysOwnOfficeHolderIsThePersonNotTheBody() {
        String text = "Tessel is to be visited by the Commission's president, Ilse Marren, in May.";
        DateRange may = new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), DatePrecision.MONTH);
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "May", may)),
                List.of(name(text, "Tessel", EntityType.LOCATION, 2), name(text, "Commission", EntityType.ORGANIZATION, 6),
                        name(text, "Ilse Marren", EntityType.PERSON, 1)), Map.of());
        assertEquals(List.of(1L), c.get(0).whoIds(), c.toString());
    }

    @Test
    void aProgrammeToldInAdvanceKeepsEachDaysMeetingApartFromTheWeekDatedVisit() {
        String text = "Ilse Marren will pay a state visit to Norland next week. "
                + "She will be received by Kai Berg at the Palace in Varna on Tuesday, then by Prime Minister Ode Holt at his office on Wednesday.";
        DateRange week = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12), DatePrecision.WEEK);
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "next week", week), date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(text, "Wednesday", DateRange.day(LocalDate.of(2023, 3, 8)))),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Norland", EntityType.LOCATION, 2),
                        name(text, "Kai Berg", EntityType.PERSON, 3), name(text, "Palace", EntityType.LOCATION, 4),
                        name(text, "Varna", EntityType.LOCATION, 5), name(text, "Ode Holt", EntityType.PERSON, 6)), Map.of());
        List<Event> events = merge(c, Map.of(1L, "Ilse Marren", 2L, "Norland", 3L, "Kai Berg", 4L, "Palace", 5L, "Varna", 6L, "Ode Holt"));
        assertEquals(3, events.size(), events.toString());
        Event tuesday = events.stream().filter(e -> e.when().equals(DateRange.day(LocalDate.of(2023, 3, 7)))).findFirst().orElseThrow();
        Event wednesday = events.stream().filter(e -> e.when().equals(DateRange.day(LocalDate.of(2023, 3, 8)))).findFirst().orElseThrow();
        assertEquals(List.of(1L, 3L), tuesday.whoIds(), events.toString());
        assertEquals(Set.of(4L, 5L), Set.copyOf(tuesday.whereIds()), events.toString());
        assertEquals(List.of(1L, 6L), wednesday.whoIds(), events.toString());
        assertEquals(List.of(5L), wednesday.whereIds(), "the venue is Tuesday's only: " + events);
    }

    private static List<EventKind> kinds(String sentence, String date, DateRange range) {
        return EventExtractorTest.kinds(sentence, date, range);
    }

    @Test
    void aPlaceInAClauseDatingTheEventByAnotherIsNoPlaceOfIt() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ivo Dask flew to Orla on Wednesday, a year after Ilse Marren's trip to Durn.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 2),
                        name(text, "Ilse Marren", EntityType.PERSON, 3), name(text, "Durn", EntityType.LOCATION, 4)), Map.of());
        assertEquals(1, c.size(), c.toString());
        assertEquals(List.of(2L), c.get(0).whereIds(), c.toString());
        // without the clause both places stay
        String two = "Ivo Dask flew to Orla and Durn on Wednesday.";
        List<EventCandidate> d = extractor.extract(1, two, List.of(new Sentence(0, two.length())), List.of(),
                List.of(date(two, "Wednesday", wed)),
                List.of(name(two, "Ivo Dask", EntityType.PERSON, 1), name(two, "Orla", EntityType.LOCATION, 2),
                        name(two, "Durn", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(2L, 4L), d.get(0).whereIds(), d.toString());
        // the clause holding the event's date tells the event itself
        String self = "The storm came two days after Ivo Dask flew to Orla on Wednesday.";
        List<EventCandidate> e = extractor.extract(1, self, List.of(new Sentence(0, self.length())), List.of(),
                List.of(date(self, "Wednesday", wed)),
                List.of(name(self, "Ivo Dask", EntityType.PERSON, 1), name(self, "Orla", EntityType.LOCATION, 2)), Map.of());
        assertEquals(List.of(2L), e.get(0).whereIds(), e.toString());
    }

    @Test
    void meetingADemandInThePastOrWithEveryIsNoMeeting() {
        DateRange oct = DateRange.day(LocalDate.of(2023, 10, 20));
        assertTrue(kinds("By 20 October the squad had met every expectation.", "20 October", oct).isEmpty());
        assertTrue(kinds("The new ward met all our needs when it opened on 20 October.", "20 October", oct).isEmpty());
        assertTrue(kinds("The firm met the deadline on 20 October.", "20 October", oct).isEmpty());
        // meeting people still is one
        assertEquals(List.of(EventKind.MEETING), kinds("The coach met the squad on 20 October.", "20 October", oct));
    }

    @Test
    void theSubjectsOwnEventAsSubjectIsTheLastEventsVisitors() {
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        String text = "Ilse Marren met Tom Vey in Orla on Tuesday. Her last meeting of the day, with Ivo Dask, ran late on Tuesday. "
                + "She flies to Durn on Thursday.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Tuesday", tue), nthDate(text, "Tuesday", 2, tue), date(text, "Thursday", thu)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Ivo Dask", EntityType.PERSON, 4),
                        name(text, "Durn", EntityType.LOCATION, 5)), Map.of());
        assertEquals(3, c.size(), c.toString());
        assertEquals(List.of(1L, 4L), c.get(1).whoIds(), c.toString());
        assertEquals(List.of(1L), c.get(2).whoIds(), c.toString());
    }

    private static ResolvedDate nthDate(String text, String s, int n, DateRange range) {
        int at = text.indexOf(s);
        for (int i = 1; i < n; i++) at = text.indexOf(s, at + 1);
        return new ResolvedDate(at, at + s.length(), s, range, false);
    }

    @Test
    void talksWithNoOneNamedAfterThemAndASigningJoinTheEventJustTold() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ivo Dask met Tom Vey in Orla on Wednesday. The two leaders held talks for three hours and witnessed the "
                + "signing of an accord by Ilse Marren and Anna Berg. At that meeting Dask and Vey signed a second accord with Mira Holt.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Ilse Marren", EntityType.PERSON, 4),
                        name(text, "Anna Berg", EntityType.PERSON, 5), nameAfter(text, "At that", "Dask", EntityType.PERSON, 1),
                        nameAfter(text, "At that", "Vey", EntityType.PERSON, 2), name(text, "Mira Holt", EntityType.PERSON, 6)),
                Map.of(1L, "Ivo Dask", 2L, "Tom Vey"));
        // the event, noted with each joined sentence as a source of it
        assertEquals(3, c.size(), c.toString());
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L), c.get(0).whoIds(), c.toString());
        assertEquals(c.get(0).whoIds(), c.get(2).whoIds(), c.toString());
        // talks of others, not the party's, stay apart
        String other = "Ivo Dask met Tom Vey in Orla on Wednesday. Ilse Marren held talks in Durn.";
        List<EventCandidate> d = extractor.extract(1, other, sentences(other), List.of(), List.of(date(other, "Wednesday", wed)),
                List.of(name(other, "Ivo Dask", EntityType.PERSON, 1), name(other, "Tom Vey", EntityType.PERSON, 2),
                        name(other, "Orla", EntityType.LOCATION, 3), name(other, "Ilse Marren", EntityType.PERSON, 4),
                        name(other, "Durn", EntityType.LOCATION, 7)), Map.of());
        assertEquals(List.of(1L, 2L), d.get(0).whoIds(), d.toString());
    }

    @Test
    void aSentenceDatedByAPartOfTheDayAndNamingNoPlaceIsWhereThatDaysEventWas() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Talks opened in Kessel on Wednesday.";
        org.parallax.model.EventSource source = new org.parallax.model.EventSource(1, 0, text.length(), text);
        EventCandidate talks = EventExtractor.candidate(EventKind.MEETING, wed, Map.of(), Map.of(6L, "Kessel"), source);
        EventCandidate said = EventExtractor.candidate(EventKind.STATEMENT, wed, Map.of(1L, "Ivo Dask"), Map.of(), source);
        java.util.Map<Long, String> where = new java.util.LinkedHashMap<>();
        EventExtractor.placesOfTheDay(List.of(talks, said), wed, where);
        assertEquals(Map.of(6L, "Kessel"), where);
        // the last event of another day gives no place
        where.clear();
        EventExtractor.placesOfTheDay(List.of(talks), DateRange.day(LocalDate.of(2023, 3, 9)), where);
        assertTrue(where.isEmpty());
    }

    @Test
    void attendingAnOccasionHeldSomewhereIsAVisit() {
        DateRange fri = DateRange.day(LocalDate.of(2023, 3, 10));
        assertEquals(List.of(EventKind.VISIT), kinds("Ivo Dask attended the state funeral of a former president on Friday.", "Friday", fri));
        assertEquals(List.of(EventKind.VISIT), kinds("She thanked him for attending the final on Friday.", "Friday", fri));
        // attending a school or a course is no visit
        assertTrue(kinds("Her son attended the village school from Friday.", "Friday", fri).isEmpty());
    }

    @Test
    void goingSomewhereToldByANamedSubjectIsAVisit() {
        DateRange sep = new DateRange(LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 30), DatePrecision.MONTH);
        DateRange fri = DateRange.day(LocalDate.of(2023, 3, 10));
        assertEquals(List.of(EventKind.VISIT), kinds("Dask last came to the town in September 2029.", "September 2029", sep));
        assertEquals(List.of(EventKind.VISIT), kinds("By noon the king had left for Orla, where he spends Friday.", "Friday", fri));
        assertEquals(List.of(EventKind.VISIT), kinds("He is due back in Orla on Friday.", "Friday", fri));
        // nobody named, another sense, a time
        assertTrue(kinds("A commissioner last came to the island in September 2029.", "September 2029", sep).isEmpty());
        assertTrue(kinds("Dask came to power in September 2029.", "September 2029", sep).isEmpty());
        assertTrue(kinds("Dask is expected back in Friday's session.", "Friday", fri).isEmpty());
    }

    @Test
    void chairingTheEventOrTimeSpentAtAStopJoinsTheEventJustTold() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Leaders held a virtual summit on Wednesday. Ivo Dask chaired the video call, with Tom Vey joining from Orla.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2)),
                Map.of(1L, "Ivo Dask", 2L, "Tom Vey"));
        assertEquals(List.of(1L, 2L), c.get(0).whoIds(), c.toString());
        String visit = "Ivo Dask visited Orla on Wednesday. The minister then spent an hour at the school, where head teacher "
                + "Tom Vey introduced him to pupils.";
        List<EventCandidate> d = extractor.extract(1, visit, sentences(visit), List.of(), List.of(date(visit, "Wednesday", wed)),
                List.of(name(visit, "Ivo Dask", EntityType.PERSON, 1), name(visit, "Orla", EntityType.LOCATION, 3),
                        name(visit, "Tom Vey", EntityType.PERSON, 2)), Map.of());
        assertEquals(List.of(1L, 2L), d.get(0).whoIds(), d.toString());
    }

    @Test
    void anEventToldOnlyAsPossibleIsNoEvent() {
        DateRange mar = new DateRange(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), DatePrecision.MONTH);
        assertTrue(kinds("A direct meeting could follow in March if both sides agree, diplomats said.", "March", mar).isEmpty());
        assertTrue(kinds("She would try again to visit Orla before the end of March.", "March", mar).isEmpty());
        // a plan told plainly, or one that holds "even if", is an event
        assertEquals(List.of(EventKind.MEETING), kinds("A direct meeting will follow in March, diplomats said.", "March", mar));
        assertEquals(List.of(EventKind.MEETING), kinds("The two would meet in March even if talks stall.", "March", mar));
    }

    @Test
    void aCountrySendingSomeoneToTheEventJustToldJoinsThemNotItsPlace() {
        DateRange fri = DateRange.day(LocalDate.of(2023, 3, 10));
        String text = "Leaders from forty countries attended the state funeral of Ivo Dask in Orla on Friday. Kessel sent Prime "
                + "Minister Tom Vey. Durn was represented by Anna Berg.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Friday", fri)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Kessel", EntityType.LOCATION, 4), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Durn", EntityType.LOCATION, 5), name(text, "Anna Berg", EntityType.PERSON, 6)), Map.of());
        assertEquals(List.of(1L, 2L, 6L), c.get(0).whoIds(), c.toString());
        assertEquals(List.of(3L), c.get(0).whereIds(), c.toString());
    }

    @Test
    void aMountainsSummitAVisitingPostOrMeetingWithCriticismIsNoEvent() {
        DateRange fri = DateRange.day(LocalDate.of(2023, 3, 10));
        assertTrue(kinds("Ivo Dask reached the summit of the mountain on Friday.", "Friday", fri).isEmpty());
        assertTrue(kinds("Ivo Dask stood on the summit of Aconcagua on Friday.", "Friday", fri).isEmpty());
        assertTrue(kinds("Dask, a visiting professor at Orla University, spoke on Friday.", "Friday", fri).isEmpty());
        assertTrue(kinds("The plan met with criticism from Tom Vey on Friday.", "Friday", fri).isEmpty());
        // a summit of leaders, a visit, a meeting with a person still are events
        assertEquals(List.of(EventKind.MEETING), kinds("The summit of Nordic leaders opens in Orla on Friday.", "Friday", fri));
        assertEquals(List.of(EventKind.VISIT), kinds("Dask will be visiting Orla on Friday.", "Friday", fri));
        assertEquals(List.of(EventKind.MEETING), kinds("Dask met with Tom Vey on Friday.", "Friday", fri));
    }

    @Test
    void whatACorrectionSaysWasWrongIsNoEvent() {
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        assertTrue(kinds("An earlier version of this article said that Ivo Dask and Tom Vey met in Orla on Tuesday.", "Tuesday",
                tue).isEmpty());
        assertTrue(kinds("The report incorrectly stated that Dask visited Orla on Tuesday.", "Tuesday", tue).isEmpty());
        // the corrected account is an event
        assertEquals(List.of(EventKind.MEETING), kinds("They met on Tuesday, and the talks were held in Orla.", "Tuesday", tue));
    }

    @Test
    void seeingSomeoneUndatedJoinsTheEventJustTold() {
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        String text = "Ivo Dask held talks in Orla on Tuesday. After lunch she saw President Tom Vey and then Anna Berg.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Tuesday", tue)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Tom Vey", EntityType.PERSON, 2), name(text, "Anna Berg", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L, 2L, 4L), c.get(0).whoIds(), c.toString());
        // seeing a thing is no meeting
        String water = "Ivo Dask toured Orla on Tuesday. She said she had never seen water this high, Tom Vey said.";
        List<EventCandidate> d = extractor.extract(1, water, sentences(water), List.of(), List.of(date(water, "Tuesday", tue)),
                List.of(name(water, "Ivo Dask", EntityType.PERSON, 1), name(water, "Orla", EntityType.LOCATION, 3),
                        name(water, "Tom Vey", EntityType.PERSON, 2)), Map.of());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
    }

    @Test
    void meetingBothOfThemIsMeetingTheTwoOfTheLastEventWithTwo() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ivo Dask and Tom Vey met in Orla on Monday with mediator Anna Berg. Berg visited Kessel on Tuesday. "
                + "Minister Lea Holm met both executives in Orla on Wednesday.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Monday", mon),
                date(text, "Tuesday", tue), date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Anna Berg", EntityType.PERSON, 4), name(text, "Berg", EntityType.PERSON, 4),
                        name(text, "Lea Holm", EntityType.PERSON, 5)), Map.of());
        EventCandidate wednesday = c.stream().filter(e -> e.when().equals(wed)).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L, 5L), wednesday.whoIds(), c.toString());
    }

    @Test
    void leavingAtAnHourForAPlaceOrSpendingADayThereIsAVisit() {
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        assertEquals(List.of(EventKind.VISIT), kinds("The duke left at 4.30pm for Orla on Thursday.", "Thursday", thu));
        assertEquals(List.of(EventKind.VISIT), kinds("According to Dask, he had also spent Thursday in Orla.", "Thursday", thu));
        assertEquals(List.of(EventKind.VISIT), kinds("The team spent Thursday at the new Grand Stade de Orla.", "Thursday", thu));
        // time spent on something, or in a state, is no visit
        assertTrue(kinds("Dask spent Thursday in bed with flu.", "Thursday", thu).isEmpty());
        assertTrue(kinds("Dask spent Thursday at home.", "Thursday", thu).isEmpty());
    }

    @Test
    void aBodysOfficeHolderWithAPostForARegionIsThePersonNotTheBody() {
        String text = "The Union's special envoy for the Caucasus, Ilse Marren, met Tom Vey in Tessel on Tuesday.";
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(), List.of(date(text, "Tuesday", tue)),
                List.of(name(text, "Union", EntityType.ORGANIZATION, 6), name(text, "Caucasus", EntityType.LOCATION, 7),
                        name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Tessel", EntityType.LOCATION, 3)), Map.of());
        assertEquals(List.of(1L, 2L), c.get(0).whoIds(), c.toString());
    }

    @Test
    void aCourtesyCallOrCredentialsPresentedIsAMeeting() {
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        assertEquals(List.of(EventKind.MEETING), kinds("Later on Thursday, Dask paid a courtesy call on Tom Vey.", "Thursday", thu));
        assertEquals(List.of(EventKind.MEETING), kinds("President Dask received the credentials of four new ambassadors on Thursday.",
                "Thursday", thu));
        assertEquals(List.of(EventKind.MEETING), kinds("Dask presented her credentials to the king on Thursday.", "Thursday", thu));
        // credentials in another sense
        assertTrue(kinds("Dask burnished her reform credentials on Thursday.", "Thursday", thu).isEmpty());
    }
    /** The kinds of one sentence naming the place Orla, dated by the year 1998. */
    private static List<EventKind> yearKinds(String sentence, DateRange year) {
        return new EventExtractor().extract(1, sentence, List.of(new Sentence(0, sentence.length())), List.of(),
                List.of(date(sentence, "1998", year)), List.of(name(sentence, "Orla", EntityType.LOCATION, 3)), Map.of())
                .stream().map(EventCandidate::kind).toList();
    }

    @Test
    void aVisitOrMeetingDatedInAYearIsAnEventToldAsideFromTheStory() {
        DateRange y1998 = new DateRange(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31), DatePrecision.YEAR);
        assertEquals(List.of(EventKind.VISIT), yearKinds("Ilse Marren first visited Orla in 1998.", y1998));
        assertEquals(List.of(EventKind.MEETING), yearKinds("I met her once before, at a fair in Orla in 1998.", y1998));
        assertEquals(List.of(EventKind.VISIT), yearKinds("The ice at Orla had moved back since my last visit in 1998.", y1998));
        // naming no one and nowhere, a year tells nothing
        assertTrue(kinds("The delegation visited in 1998.", "1998", y1998).isEmpty());
        // a year as a modifier, or dating another act, dates no event
        assertTrue(kinds("The visit is her second since she took office in 1998.", "1998", y1998).isEmpty());
        assertTrue(kinds("The talks follow the 1998 agreement.", "1998", y1998).isEmpty());
        // a later undated sentence joins the story's event, not the one told by its year
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        String text = "Ilse Marren met Tom Vey in Orla on Tuesday. She recalled her visit to Durn in 1998. Guests at the talks included Anna Berg.";
        List<EventCandidate> c = extractor.extract(1, text, sentences(text), List.of(),
                List.of(date(text, "Tuesday", tue), date(text, "1998", y1998)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Tom Vey", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Durn", EntityType.LOCATION, 4),
                        name(text, "Anna Berg", EntityType.PERSON, 5)), Map.of());
        EventCandidate tuesday = c.stream().filter(e -> e.when().equals(tue)).findFirst().orElseThrow();
        EventCandidate durn = c.stream().filter(e -> e.when().equals(y1998)).findFirst().orElseThrow();
        assertTrue(tuesday.whoIds().contains(5L), c.toString());
        assertEquals(List.of(4L), durn.whereIds(), c.toString());
        assertFalse(durn.whoIds().contains(5L), c.toString());
    }
    @Test
    void meetingThePressAHopeAMembersSessionOrAPlanOvertakenIsNoEvent() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        assertTrue(kinds("Ivo Dask will meet the press for the first time on Monday.", "Monday", mon).isEmpty());
        assertTrue(kinds("The cafe, long a popular meeting point, closed on Monday.", "Monday", mon).isEmpty());
        assertTrue(kinds("She hopes to visit every gallery in Orla before Monday.", "Monday", mon).isEmpty());
        assertTrue(kinds("The trustees will meet on Monday to approve the budget.", "Monday", mon).isEmpty());
        assertTrue(kinds("Drivers will meet in Orla on Monday to vote on strikes.", "Monday", mon).isEmpty());
        assertTrue(kinds("A meeting that was to have taken place in Orla on Monday was called off.", "Monday", mon).isEmpty());
        // meeting people, a visit told plainly, a session with someone
        assertEquals(List.of(EventKind.MEETING), kinds("Ivo Dask will meet the president on Monday.", "Monday", mon));
        assertEquals(List.of(EventKind.VISIT), kinds("She will visit every gallery in Orla on Monday.", "Monday", mon));
        assertEquals(List.of(EventKind.MEETING), kinds("The trustees will meet the minister on Monday.", "Monday", mon));
    }
    @Test
    void theTwoOrTheyAfterASemicolonAreTheLastEventsParty() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        // "the two" and "they" after a semicolon are both of the last event
        String two = "Ivo Dask and Tom Vey held talks in Orla on Tuesday. It was their third meeting; they last met in Durn on Monday.";
        List<EventCandidate> d = extractor.extract(1, two, sentences(two), List.of(), List.of(date(two, "Tuesday", tue),
                date(two, "Monday", mon)),
                List.of(name(two, "Ivo Dask", EntityType.PERSON, 1), name(two, "Tom Vey", EntityType.PERSON, 2),
                        name(two, "Orla", EntityType.LOCATION, 3), name(two, "Durn", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(1L, 2L), d.stream().filter(e -> e.when().equals(mon)).findFirst().orElseThrow().whoIds(), d.toString());
        String again = "Ivo Dask and Tom Vey held talks in Orla on Tuesday. The two last met in Durn on Monday.";
        List<EventCandidate> f = extractor.extract(1, again, sentences(again), List.of(), List.of(date(again, "Tuesday", tue),
                date(again, "Monday", mon)),
                List.of(name(again, "Ivo Dask", EntityType.PERSON, 1), name(again, "Tom Vey", EntityType.PERSON, 2),
                        name(again, "Orla", EntityType.LOCATION, 3), name(again, "Durn", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(1L, 2L), f.stream().filter(e -> e.when().equals(mon)).findFirst().orElseThrow().whoIds(), f.toString());
        // "the two" after an event of one of them is still the two
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String later = "Ivo Dask and Tom Vey held talks in Orla on Monday. Dask visited Durn on Tuesday. "
                + "The two will meet again in Kessel on Wednesday.";
        List<EventCandidate> g = extractor.extract(1, later, sentences(later), List.of(), List.of(date(later, "Monday", mon),
                date(later, "Tuesday", tue), date(later, "Wednesday", wed)),
                List.of(name(later, "Ivo Dask", EntityType.PERSON, 1), name(later, "Tom Vey", EntityType.PERSON, 2),
                        name(later, "Orla", EntityType.LOCATION, 3), nameAfter(later, "Monday. ", "Dask", EntityType.PERSON, 1),
                        name(later, "Durn", EntityType.LOCATION, 4), name(later, "Kessel", EntityType.LOCATION, 5)), Map.of());
        assertEquals(List.of(1L, 2L), g.stream().filter(e -> e.when().equals(wed)).findFirst().orElseThrow().whoIds(), g.toString());
    }
    @Test
    void playingHostToSomeoneIsAMeeting() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        assertEquals(List.of(EventKind.MEETING), kinds("President Ilse Marren played host to Tom Vey at a banquet on Wednesday.",
                "Wednesday", wed));
        assertEquals(List.of(EventKind.MEETING), kinds("The town plays host to the king on Wednesday.", "Wednesday", wed));
        // a host of something else is no meeting
        assertTrue(kinds("The town hosted the fair on Wednesday.", "Wednesday", wed).isEmpty());
    }
}
