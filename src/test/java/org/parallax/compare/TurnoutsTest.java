package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TurnoutsTest {
    private static List<String> kinds(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().map(Fact::kind).toList();
    }

    @Test
    void aRateWhoseClauseTellsATurnoutIsATurnout() {
        assertEquals(List.of(Turnouts.KIND), kinds("Turnout was 61%, the highest for a local vote since 2011."));
        assertEquals(List.of(Turnouts.KIND), kinds("Some 58% of the electorate took part."));
        assertEquals(List.of(Turnouts.KIND), kinds("Only 62 percent of registered voters cast a ballot."));
        // the shares of the vote in the same sentence stay rates
        assertEquals(List.of("percent", "percent", Turnouts.KIND), kinds("The plan won 54.2% of the vote to 45.8%, and turnout was 61%."));
        assertEquals(List.of("percent"), kinds("Official results showed 53.8 percent of voters in favour."));
    }

    @Test
    void aTurnoutEachArticleGivesOnceIsOneFactHoweverWorded() {
        Fact a = FactExtractor.extract("Turnout was 61%.", 0, 16).get(0);
        Fact b = FactExtractor.extract("Some 52% of the electorate took part.", 0, 37).get(0);
        assertEquals(Turnouts.KIND, b.kind());
        assertTrue(!a.agreesWith(b) && a.couldBeSame(b));
        // "some" reaches a tenth either way, as for any rate
        assertTrue(a.agreesWith(FactExtractor.extract("Some 58% of the electorate took part.", 0, 37).get(0)));
        // a whole turnout against one with a decimal may be the same rounded
        assertTrue(FactExtractor.extract("Turnout was 61%.", 0, 16).get(0).agreesWith(FactExtractor.extract("Turnout was 61.3%.", 0, 18).get(0)));
    }
}
