package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How many times something happened is a count of times; a multiple is none (issue 16, set 17). */
class FrequenciesTest {
    private static List<Fact> times(String s) {
        return FactExtractor.countedThings(s, 0, s.length(), List.of()).stream().filter(f -> f.kind().equals(Frequencies.KIND)).toList();
    }

    @Test
    void aNumberOfTimesIsACountOfTimes() {
        assertEquals(2, times("A storm in the third week capsized the boat twice.").get(0).lo());
        assertEquals(3, times("The ferry was overturned three times when the storm hit.").get(0).hi());
        assertEquals(4, times("The team rehearsed the operation four times using printed models.").get(0).lo());
        // "rolled over": the particle of a verb, no hedge
        Fact r = times("The jackpot had rolled over 17 times since August.").get(0);
        assertEquals(17, r.lo());
        assertEquals(17, r.hi());
        // a hedge widens it
        assertTrue(times("The satellite has circled the Earth more than 9,000 times.").get(0).hi() > 9000);
    }

    @Test
    void aMultipleIsNoCountOfTimes() {
        assertTrue(times("Crude oil is three times as expensive as it was.").isEmpty());
        assertTrue(times("The stadium will cost twice what was planned.").isEmpty());
        assertTrue(times("Readings were 30 times the permitted level.").isEmpty());
        assertTrue(times("Ammonia levels were 50 times above the legal limit.").isEmpty());
        assertTrue(times("The firm now employs twice as many people.").isEmpty());
        assertTrue(times("Trains run every 90 seconds at peak times.").isEmpty());
    }

    @Test
    void twoCountsOfTimesInCounterpartSentencesConflict() {
        String a = "A storm in the third week capsized the boat twice.", b = "The boat was overturned three times when a storm hit.";
        Fact x = times(a).get(0), y = times(b).get(0);
        assertTrue(!x.agreesWith(y) && x.couldBeSame(y));
        assertTrue(FactPairing.counted(x));
    }
}
