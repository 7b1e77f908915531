package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorListsTest.events;
import static org.parallax.nlp.EventExtractorListsTest.run;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.kinds;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;

/**
 * EventExtractor on the kinds events16 left: two people seen together at a press conference, farewell calls, cue
 * words in a personal or hypothetical sense.
 */
class EventExtractorAppearancesTest {
    private static final DateRange THU = DateRange.day(LocalDate.of(2037, 6, 25));

    @Test
    void twoLeadersAtAJointPressConferenceMet() {
        assertEquals(List.of(EventKind.MEETING), kinds("Chancellor Ivo Vey and President Ana Dask gave a joint press conference "
                + "in Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("Their defence ministers, Ivo Kell and Ana Rusk, appeared "
                + "together at a second press conference in Pela on Thursday morning.", "Thursday", THU));
        // one person's press conference is no meeting
        assertTrue(kinds("Vey held a press conference in Orla on Thursday.", "Thursday", THU).isEmpty());
        assertTrue(kinds("Dask told a news conference on Thursday that taxes would rise.", "Thursday", THU).isEmpty());
    }

    @Test
    void anEnvoysFarewellCallsAreMeetings() {
        assertEquals(List.of(EventKind.MEETING), kinds("The outgoing ambassador, Ana Dask, paid a farewell call on Foreign Minister "
                + "Ivo Vey in Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("On Thursday she bade farewell to the governor of Orla, Ivo Vey, at City Hall.",
                "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("On Thursday she took leave of the provincial governor, Ivo Vey.",
                "Thursday", THU));
        // a farewell to fans, or leave from work, is no meeting
        assertTrue(kinds("On Thursday the team bade farewell to its fans.", "Thursday", THU).isEmpty());
        assertTrue(kinds("She took leave of absence on Thursday.", "Thursday", THU).isEmpty());
    }

    @Test
    void aVisitUrgedOrToTheDoctorIsNoEvent() {
        DateRange oct = new DateRange(LocalDate.of(2037, 10, 1), LocalDate.of(2037, 10, 31), DatePrecision.MONTH);
        assertTrue(kinds("The president, Ana Dask, should visit Orla and Pela before the winter, and she ought to meet the "
                + "mayors who have been asking for her since October.", "October", oct).isEmpty());
        assertTrue(kinds("I spent last Tuesday in a waiting room in Orla: a visit to the doctor that should take an hour now takes "
                + "three.", "last Tuesday", THU).isEmpty());
        // a visit that happens is still one
        assertEquals(List.of(EventKind.VISIT), kinds("The president visited Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.VISIT), kinds("She visited the doctors of the field hospital in Orla on Thursday.",
                "Thursday", THU));
    }

    @Test
    void placesOnTheWayOrBackHomeAreNotTheEvents() {
        DateRange sun = DateRange.day(LocalDate.of(2037, 4, 5));
        String text = "Ana Dask stopped over in Orla on Sunday on her way to Pela and met Ivo Vey at the airport.\n\n"
                + "Tom Kell cut short a visit to Sela on Monday and flew home after floods hit Dela.\n\n"
                + "Ivo Berg is on his way to Kela on Tuesday, where he will meet Ana Rusk.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Sunday", sun), date(text, "Monday", DateRange.day(LocalDate.of(2037, 4, 6))),
                date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 4, 7)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 11),
                        name(text, "Pela", EntityType.LOCATION, 12), name(text, "Ivo Vey", EntityType.PERSON, 2),
                        name(text, "Tom Kell", EntityType.PERSON, 3), name(text, "Sela", EntityType.LOCATION, 13),
                        name(text, "Dela", EntityType.LOCATION, 14), name(text, "Ivo Berg", EntityType.PERSON, 4),
                        name(text, "Kela", EntityType.LOCATION, 15), name(text, "Ana Rusk", EntityType.PERSON, 5)));
        assertEquals(3, events(c).size(), c.toString());
        // the stop, not where it lay on the way to
        assertEquals(List.of(11L), events(c).get(0).whereIds(), c.toString());
        // the visit cut short, not the floods at home
        assertEquals(List.of(13L), events(c).get(1).whereIds(), c.toString());
        // on the way with no other place: the destination is where the talks are
        assertEquals(List.of(15L), events(c).get(2).whereIds(), c.toString());
    }

    @Test
    void twoLeadersTravellingOnTogetherAreTheTwoToldBefore() {
        String text = "Ana Dask met Ivo Vey in Orla on Tuesday.\n\nThe two leaders travel to Pela on Thursday to see its port.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2037, 7, 7))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 7, 9)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Vey", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 11), name(text, "Pela", EntityType.LOCATION, 12)));
        assertEquals(2, events(c).size(), c.toString());
        assertEquals(List.of(12L), events(c).get(1).whereIds(), c.toString());
        assertEquals(java.util.Set.of(1L, 2L), java.util.Set.copyOf(events(c).get(1).whoIds()), c.toString());
    }

    @Test
    void aSubjectAfterTwoFrontedPhrasesIsThePersonToldBefore() {
        String text = "Ana Dask met Ivo Vey in Orla on 1 March.\n\nBefore that, from 25 to 27 February, she had been in Pela, "
                + "where she met Tom Kell.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "1 March", DateRange.day(LocalDate.of(2037, 3, 1))),
                date(text, "from 25 to 27 February", new DateRange(LocalDate.of(2037, 2, 25), LocalDate.of(2037, 2, 27),
                        DatePrecision.DAY))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Ivo Vey", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 11), name(text, "Pela", EntityType.LOCATION, 12),
                        name(text, "Tom Kell", EntityType.PERSON, 3)));
        assertEquals(2, events(c).size(), c.toString());
        assertEquals(java.util.Set.of(1L, 3L), java.util.Set.copyOf(events(c).get(1).whoIds()), c.toString());
    }
}
