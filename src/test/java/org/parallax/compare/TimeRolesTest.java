package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A clock time told as the end of something is a time of the end, which never meets the time it began. */
class TimeRolesTest {
    private static List<String> kinds(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().map(Fact::kind).filter(k -> k.startsWith("time")).toList();
    }

    @Test
    void aTimeAfterAVerbOfEndingIsATimeOfTheEnd() {
        assertEquals(List.of("time" + TimeRoles.END), kinds("Service was restored at about 3:30 p.m., nearly 11 hours after the failure began."));
        assertEquals(List.of("time" + TimeRoles.END), kinds("The airport was closed for 14 hours and reopened at 8 a.m. on Sunday."));
        assertEquals(List.of("time" + TimeRoles.END), kinds("Power had been restored to 90% of customers by 11 p.m."));
        assertEquals(List.of("time GMT" + TimeRoles.END), kinds("The blaze was brought under control at 04:10 GMT."));
        assertEquals(List.of("time" + TimeRoles.END), kinds("Talks ended at 18:30 without a deal."));
        assertEquals(List.of("time" + TimeRoles.END), kinds("By 11 p.m., 85% of those affected had been reconnected."));
        // a negated "resume ... until": the time it resumed
        assertEquals(List.of("time" + TimeRoles.END), kinds("Flights did not resume until 12:35 a.m."));
        assertEquals(List.of("time" + TimeRoles.END), kinds("The line will not reopen until about 6 a.m. on Monday."));
    }

    @Test
    void aTimeThingsBeganKeepsItsKind() {
        assertEquals(List.of("time"), kinds("The outage began at 4:30 a.m. and lasted about 11 hours, the company said."));
        // "lifted off" is a launch, a start; the time of a start after an end in another clause keeps its kind
        assertEquals(List.of("time"), kinds("The rocket lifted off at 2.32 p.m. from the coast."));
        assertEquals(List.of("time", "time" + TimeRoles.END), kinds("The outage began at 6 a.m., and services were fully restored at 2 p.m."));
        assertEquals(List.of("time"), kinds("Service was restored, and a second outage began at 9 p.m."));
        // "until" with no negated resuming is the end of something else
        assertEquals(List.of("time"), kinds("The shop stays open until 9 p.m. on Fridays."));
    }

    @Test
    void theStartAndTheEndNeverMeetButTwoEndsStillConflict() {
        Fact began = FactExtractor.extract("The outage began at 4:30 a.m.", 0, 29).get(0);
        String b = "Service was restored at about 3:30 p.m.";
        Fact restored = FactExtractor.extract(b, 0, b.length()).get(0);
        assertFalse(began.kind().equals(restored.kind()));
        String c = "Services were back to normal and reopened at 5 p.m.";
        Fact other = FactExtractor.extract(c, 0, c.length()).stream().filter(f -> f.kind().startsWith("time")).findFirst().orElseThrow();
        assertEquals(restored.kind(), other.kind());
        assertFalse(restored.agreesWith(other));
        assertTrue(TimeRoles.endsBefore("The road was reopened to traffic at ", 36));
        assertFalse(TimeRoles.endsBefore("The road was closed to traffic at ", 34));
    }

    @Test
    void aStartAgainstAnEndInCounterpartSentencesIsOneTimeline() {
        String a = "The outage began at 4:30 a.m. and lasted about 11 hours.", b = "Service was restored at about 3:30 p.m.";
        List<Fact> xs = FactExtractor.extract(a, 0, a.length()), ys = FactExtractor.extract(b, 0, b.length());
        java.util.Set<Fact> used = new java.util.HashSet<>();
        TimeRoles.settle(xs, ys, used);
        assertEquals(2, used.stream().filter(f -> f.kind().startsWith("time")).count(), used.toString());
        // two starts are left to be compared as before
        String c = "The outage started at 6 a.m.";
        used.clear();
        TimeRoles.settle(xs, FactExtractor.extract(c, 0, c.length()), used);
        assertTrue(used.isEmpty());
    }
}
