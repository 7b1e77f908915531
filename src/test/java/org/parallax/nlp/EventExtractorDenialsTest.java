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

/**
 * EventExtractor on the kinds the events15 set left: a visit denied in the sentence that tells it, a match's visiting
 * team from another town, a commander inspecting troops, a title standing for its holder, a host receiving a guest
 * told by title.
 */
class EventExtractorDenialsTest {

    @Test
    void aVisitDeniedInItsOwnSentenceIsNoEvent() {
        String text = "A spokesman for Ana Dask on Thursday denied reports that she had secretly visited Orla last week.\n\n"
                + "Ana Dask visited Pela on Friday.\n\n"
                + "Ivo Berg denied that the talks had failed after he met Ana Dask in Vela on Saturday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Thursday", DateRange.day(LocalDate.of(2037, 6, 4))),
                date(text, "last week", new DateRange(LocalDate.of(2037, 5, 25), LocalDate.of(2037, 5, 31),
                        org.parallax.model.DatePrecision.WEEK)),
                date(text, "Friday", DateRange.day(LocalDate.of(2037, 6, 5))),
                date(text, "Saturday", DateRange.day(LocalDate.of(2037, 6, 6)))),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Pela", EntityType.LOCATION, 4), name(text, "Ivo Berg", EntityType.PERSON, 2),
                        name(text, "Vela", EntityType.LOCATION, 5)));
        // the visit to Pela and the meeting in Vela (what was denied there is the talks' failure, no visit); not Orla
        assertEquals(2, events(c).size(), c.toString());
        assertEquals(5, events(c).get(0).when().start().getDayOfMonth(), c.toString());
        assertEquals(6, events(c).get(1).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void aMatchAgainstTheVisitingTeamFromATownIsNoVisit() {
        String text = "Ashby Rovers beat the visiting team from Harlow 3-1 on Saturday, a result met with relief.\n\n"
                + "A visiting team from the Harlow Institute toured the Ashby plant on Sunday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Saturday", DateRange.day(LocalDate.of(2037, 11, 21))),
                date(text, "Sunday", DateRange.day(LocalDate.of(2037, 11, 22)))),
                List.of(name(text, "Ashby Rovers", EntityType.ORGANIZATION, 1), name(text, "Harlow", EntityType.LOCATION, 2),
                        name(text, "Harlow Institute", EntityType.ORGANIZATION, 3)));
        // the institute's visit only; the result's reception is no meeting either
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(22, events(c).get(0).when().start().getDayOfMonth(), c.toString());
    }

    @Test
    void aCommanderInspectingTroopsOrReviewingAParadeIsAVisit() {
        String text = "General Ivo Berg inspected troops of the 12th Brigade at Orla on Friday.\n\n"
                + "On Thursday the general had reviewed a parade of recruits at the garrison in Pela.\n\n"
                + "On Wednesday the committee reviewed the brigade's budget in Vela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Friday", DateRange.day(LocalDate.of(2037, 5, 8))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 5, 7))),
                date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 5, 6)))),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Pela", EntityType.LOCATION, 4), name(text, "Vela", EntityType.LOCATION, 5)));
        // the inspection at Orla and the parade at Pela; not the budget's review
        assertEquals(2, events(c).size(), c.toString());
        assertEquals(List.of(3L), events(c).get(0).whereIds(), c.toString());
        assertEquals(List.of(4L), events(c).get(1).whereIds(), c.toString());
    }

    @Test
    void aGeneralOrAHighCommissionerNamedByTitleIsThePersonIntroducedWithIt() {
        String text = "The High Commissioner of Pela to Orla, Mr. Ivo Berg, called on the Chief Minister, Ana Dask, on Monday.\n\n"
                + "Earlier, on Saturday, the High Commissioner visited the Vela Chamber of Commerce.\n\n"
                + "Lieutenant General Tom Kell inspected troops at Sela on Friday.\n\n"
                + "On Thursday the general had reviewed a parade at the garrison in Dela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", DateRange.day(LocalDate.of(2037, 3, 16))),
                date(text, "Saturday", DateRange.day(LocalDate.of(2037, 3, 14))),
                date(text, "Friday", DateRange.day(LocalDate.of(2037, 3, 20))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 3, 19)))),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Ana Dask", EntityType.PERSON, 2),
                        name(text, "Vela", EntityType.LOCATION, 5), name(text, "Tom Kell", EntityType.PERSON, 3),
                        name(text, "Sela", EntityType.LOCATION, 6), name(text, "Dela", EntityType.LOCATION, 7)));
        EventCandidate chamber = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 14).findFirst().orElseThrow();
        EventCandidate parade = events(c).stream().filter(e -> e.when().start().getDayOfMonth() == 19).findFirst().orElseThrow();
        // the High Commissioner is the envoy introduced with that title (a "Mr." between), the general is Tom Kell
        assertEquals(List.of(1L), chamber.whoIds(), c.toString());
        assertEquals(List.of(3L), parade.whoIds(), c.toString());
    }

    @Test
    void aHostReceivingAGuestToldByTitleIsAMeeting() {
        String text = "In Orla on Wednesday Ivo Berg received the Georgian foreign minister, Ana Dask.\n\n"
                + "On Thursday Tom Kell received a letter from the minister in Pela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Wednesday", DateRange.day(LocalDate.of(2037, 5, 27))),
                date(text, "Thursday", DateRange.day(LocalDate.of(2037, 5, 28)))),
                List.of(name(text, "Ivo Berg", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ana Dask", EntityType.PERSON, 2), name(text, "Tom Kell", EntityType.PERSON, 4),
                        name(text, "Pela", EntityType.LOCATION, 5)));
        // the host and the guest in Orla; not the letter
        assertEquals(1, events(c).size(), c.toString());
        assertEquals(java.util.Set.of(1L, 2L), java.util.Set.copyOf(events(c).get(0).whoIds()), c.toString());
        assertEquals(List.of(3L), events(c).get(0).whereIds(), c.toString());
    }
}
