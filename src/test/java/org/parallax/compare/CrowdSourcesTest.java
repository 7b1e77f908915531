package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CrowdSourcesTest {
    private static List<Fact> facts(String s) {
        return FactExtractor.extract(s, 0, s.length());
    }

    private static List<String> kinds(String s) {
        return facts(s).stream().map(Fact::kind).toList();
    }

    @Test
    void eachSourceGivesACrowdOfItsOwn() {
        assertEquals(List.of(CrowdSources.KIND + "police"), kinds("Police put the crowd at 8,000 people and counted about 1,100 tractors."));
        assertEquals(List.of(CrowdSources.KIND + "organisers"), kinds("Organisers said 25,000 had taken part."));
        assertEquals(List.of(CrowdSources.KIND + "organisers", CrowdSources.KIND + "police"),
                kinds("Organisers claimed 30,000 protesters, while police said there were 8,000."));
        assertEquals(List.of(CrowdSources.KIND + "police", CrowdSources.KIND + "organisers"),
                kinds("The police said about 8,000 people took part; organisers said 20,000."));
        assertEquals(List.of(CrowdSources.KIND + "organisers", CrowdSources.KIND + "police"),
                kinds("Organizers put the crowd at 20,000, while police estimated 8,000."));
    }

    @Test
    void noSourceOrNoCrowdIsNoCrowdBySource() {
        // no source named in the number's clause
        assertTrue(kinds("A crowd of 41,200 watched the game at the Riverside Stadium.").stream().noneMatch(k -> k.startsWith(CrowdSources.KIND)));
        // a source, but no crowd: a count of other things or a year
        assertTrue(kinds("Police seized 1,200 phones in 2024.").stream().noneMatch(k -> k.startsWith(CrowdSources.KIND)));
        assertTrue(kinds("Police said 300 cars had been towed during the march.").stream().noneMatch(k -> k.startsWith(CrowdSources.KIND)));
    }

    @Test
    void theSameSourcesFiguresThatDifferConflictOtherSourcesDoNot() {
        Fact a = facts("Organisers said 25,000 had taken part.").get(0);
        List<Fact> b = facts("Organisers claimed 30,000 protesters, while police said there were 8,000.");
        assertEquals(a.kind(), b.get(0).kind());
        assertFalse(a.agreesWith(b.get(0)));
        assertFalse(a.kind().equals(b.get(1).kind()));
        // a hedged figure of one source meets the same figure
        assertTrue(facts("Police put the crowd at 8,000 people.").get(0).agreesWith(facts("The police said about 8,000 people took part.").get(0)));
    }
}
