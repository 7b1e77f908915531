package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class CountedNounsTest {
    private static Map<String, List<Long>> of(String s) {
        return CountedNouns.of(s, 0, s.length());
    }

    @Test
    void theNounANumberCountsIsFoundPastItsModifiers() {
        assertEquals(Map.of("count hectares", List.of(1200L)), of("About 1,200 hectares of vineyards were hit."));
        assertEquals(Map.of("count operations", List.of(4100L)), of("Some 4,100 planned operations were postponed."));
        assertEquals(Map.of("count farms", List.of(12L)), of("Twelve neighbouring farms will be checked."));
        assertEquals(Map.of("count wolves", List.of(11L)), of("The pack of 11 European grey wolves has lived there since 2019."));
        assertEquals(Map.of("count children", List.of(300L)), of("Some 300 children were taking part."));
    }

    @Test
    void numbersThatCountNoNounAreLeftOut() {
        // a verb, "of", a percentage, a sum, a year, a decimal, a clock time, a small number
        assertTrue(of("Of the 64 that came ashore, 41 had died.").isEmpty());
        assertTrue(of("Volunteers refloated 19 of the animals.").isEmpty());
        assertTrue(of("Prices rose 12% in towns.").isEmpty());
        assertTrue(of("It cost $40 million dollars.").isEmpty());
        assertTrue(of("The block was built in 1974 homes.").isEmpty());
        assertTrue(of("Rates rose to 9.5 points.").isEmpty());
        assertTrue(of("It broke at 10:30 hours.").isEmpty());
        assertTrue(of("Three hospitals and two schools were closed.").isEmpty());
    }

    @Test
    void twoCountsAreNearWithinThirtyPercent() {
        assertTrue(CountedNouns.near(List.of(1200L), List.of(1500L)));
        assertTrue(CountedNouns.near(List.of(14L), List.of(12L)));
        assertFalse(CountedNouns.near(List.of(60L), List.of(80L)));
        assertFalse(CountedNouns.near(List.of(400L), List.of(600L)));
    }

    @Test
    void oneCountOfOneNounThatEachSideGivesNearTheOtherLinksTwoTellings() {
        // no shared event word but the vines' count: the count's noun and its near values tell one fact
        SentenceAligner aligner = new SentenceAligner();
        Article a = Samples.ofParagraphs(1, List.of(
                "A violent hailstorm struck the Brenn valley on Monday evening.",
                "About 1,200 hectares of vineyards were hit, mostly around two villages.",
                "Winegrowers fear for the harvest."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Hail battered the Brenn wine region late on Monday.",
                "Some 1,500 hectares of vines were affected, according to the agriculture office.",
                "Growers said the crop was lost."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "About 1,200", b, "Some 1,500"), al.toString());
        // a count of the same noun far from the other's is another fact
        Article c = Samples.ofParagraphs(3, List.of(
                "A violent hailstorm struck the Brenn valley on Monday evening.",
                "About 300 hectares of vineyards were hit, mostly around two villages.",
                "Winegrowers fear for the harvest."));
        Alignment far = aligner.align(c, b);
        assertFalse(Samples.paired(far, c, "About 300", b, "Some 1,500"), far.toString());
    }
}
