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

/** An undated meeting told right after a dated event, tied to it, happens on its day (the kind events17 left). */
class RightAfterTest {

    private static final DateRange MONDAY = DateRange.day(LocalDate.of(2038, 6, 7));

    private static List<EventCandidate> of(String text) {
        return run(text, List.of(date(text, "Monday", MONDAY)),
                List.of(name(text, "Ana Lind", EntityType.PERSON, 1), name(text, "Varo", EntityType.LOCATION, 2),
                        name(text, "Kesh", EntityType.LOCATION, 3), name(text, "Tom Bard", EntityType.PERSON, 4)));
    }

    @Test
    void aMeetingToldRightAfterTakesTheDayBefore() {
        List<EventCandidate> c = of("Ana Lind arrived in Varo on Monday and was met by Tom Bard.\n\n"
                + "The two held a brief meeting in the VIP lounge before driving into the city.\n\nKesh is near.\n");
        assertEquals(true, events(c).stream().anyMatch(e -> e.source().sentenceText().startsWith("The two")
                && e.when().equals(MONDAY)), c.toString());
        List<EventCandidate> d = of("Ana Lind toured a plant in Varo on Monday.\n\nTom Bard hosted her at a lunch in Varo afterwards.\n"
                + "Kesh is near.\n");
        assertEquals(true, events(d).stream().anyMatch(e -> e.source().sentenceText().startsWith("Tom Bard")
                && e.when().equals(MONDAY)), d.toString());
    }

    @Test
    void anUntiedOrLaterSentenceStaysBackground() {
        // no tie to the event just told: background
        List<EventCandidate> c = of("Ana Lind arrived in Varo on Monday.\n\nTom Bard held a meeting in Kesh.\n");
        assertEquals(false, meetingOf(c, "Tom Bard"), c.toString());
        // a place of its own ("in Kesh", after a visit to Varo): told apart, not dated by the visit
        List<EventCandidate> e = of("Ana Lind toured a plant in Varo on Monday.\n\nTom Bard hosted her at a lunch in Kesh afterwards.\n");
        assertEquals(false, meetingOf(e, "Tom Bard"), e.toString());
        // the dated event is not the sentence just before
        List<EventCandidate> d = of("Ana Lind arrived in Varo on Monday.\n\nThe city is known for Tom Bard.\n\n"
                + "The two held a brief meeting in Kesh afterwards.\n");
        assertEquals(false, meetingOf(d, "The two"), d.toString());
    }

    private static boolean meetingOf(List<EventCandidate> c, String opening) {
        return events(c).stream().anyMatch(e -> e.kind() == EventKind.MEETING && e.source().sentenceText().startsWith(opening));
    }
}
