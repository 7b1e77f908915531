package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lengths of time the words around a number tell: "over" as "during", a start told as a time ago. */
class SpansTest {
    private static final double YEAR = 31557600.0;

    private static List<Fact> durations(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().filter(f -> f.kind().equals(FactExtractor.DURATION)).toList();
    }

    private static Fact only(String s) {
        List<Fact> fs = durations(s);
        assertEquals(1, fs.size(), s + " -> " + fs);
        return fs.get(0);
    }

    @Test
    void overAfterAVerbOfTravelOrSearchIsDuring() {
        Fact journey = only("The probe travelled 1.9 billion kilometres over six years to reach the asteroid.");
        assertEquals(6 * YEAR, (journey.lo() + journey.hi()) / 2, 0.2 * YEAR);
        assertFalse(journey.agreesWith(only("Its journey lasted seven years.")));
        assertTrue(journey.agreesWith(only("The journey took six years.")));
        assertEquals(4 * YEAR, (only("Divers searched the bay over four years.").lo() + only("Divers searched the bay over four years.").hi()) / 2,
                0.2 * YEAR);
        // "for over", "in over", or no verb of travel or search: more than six years, so it meets seven
        assertTrue(only("The probe travelled for over six years.").hi() > 7 * YEAR);
        assertTrue(only("It was the first landing in over six years.").hi() > 7 * YEAR);
        assertTrue(only("The town waited over six years for a buyer.").hi() > 7 * YEAR);
        assertTrue(journey.hi() < 7 * YEAR);
    }

    @Test
    void aStartToldAsATimeAgoIsASpanUpToTheReport() {
        Fact began = only("Its journey of almost 1.2 billion miles began seven years ago.");
        assertEquals(7 * YEAR, (began.lo() + began.hi()) / 2, 0.2 * YEAR);
        Fact looking = only("Ruth Penhale's team began looking for the ship eight years ago.");
        assertEquals(8 * YEAR, (looking.lo() + looking.hi()) / 2, 0.2 * YEAR);
        assertFalse(looking.agreesWith(only("The team had searched for the wreck for six years.")));
        assertTrue(began.agreesWith(only("The team had searched for the wreck for seven years.")));
        assertEquals(6 * YEAR / 12, only("The crew set off on their voyage six months ago.").lo(), 0.05 * YEAR);
        assertEquals(3 * YEAR, only("The hunt for the painting started three years ago.").lo(), 0.2 * YEAR);
        // a span told as ended, another clause between the start and its time ago, a time ago with no start, or a start of
        // something other than a journey or a search ("The fraud began three years ago"): none
        assertTrue(durations("The war began seven years ago and ended in 2024.").isEmpty());
        assertTrue(durations("The search began when she left two years ago.").isEmpty());
        assertTrue(durations("The ship sank seven years ago.").isEmpty());
        assertTrue(durations("The fraud began three years ago.").isEmpty());
        assertTrue(durations("The war started seven years ago.").isEmpty());
    }
}
