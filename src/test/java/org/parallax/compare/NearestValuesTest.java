package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/** Sums and lengths of time two articles give differently, each the other's nearest (issue 16, the eleventh fresh set). */
class NearestValuesTest {
    @Test
    void sumsAreReadWithTheirScaleAndCurrency() {
        List<NearestValues.Value> v = NearestValues.sums("It cost 330 million euros, not €2.5m, and 1,200 euros went to each nurse.");
        assertEquals(List.of(new NearestValues.Value("EUR", 330e6), new NearestValues.Value("EUR", 2.5e6), new NearestValues.Value("EUR", 1200)), v);
        assertEquals(List.of(new NearestValues.Value("USD", 50e6)), NearestValues.sums("The club paid $50m."));
        // no currency: no sum ("6m" may be metres; "14 contracts" a count)
        assertTrue(NearestValues.sums("Waves of 6m hit 14 contracts in 2022.").isEmpty());
    }

    @Test
    void eachTheOthersNearestWithinHalfAgainIsOneValueToldTwice() {
        List<List<NearestValues.Value>> a = List.of(NearestValues.sums("The stadium now costs 640 million euros."),
                NearestValues.sums("It was expected to cost 330 million euros."));
        List<List<NearestValues.Value>> b = List.of(NearestValues.sums("It will cost 655 million euros."),
                NearestValues.sums("The original estimate was 320 million euros."));
        boolean[][] near = NearestValues.mutual(a, b);
        assertTrue(near[0][0] && near[1][1]);
        assertFalse(near[0][1] || near[1][0]);
        // too far apart: "12 years" and "two years" are two facts
        boolean[][] far = NearestValues.mutual(List.of(NearestValues.lengths("He served for 12 years.")),
                List.of(NearestValues.lengths("He was jailed for two years.")));
        assertFalse(far[0][0]);
        // another currency is another value
        assertFalse(NearestValues.mutual(List.of(NearestValues.sums("It cost 330 million euros.")),
                List.of(NearestValues.sums("It cost 320 million dollars.")))[0][0]);
    }

    @Test
    void theAlignerLinksTwoSentencesWhoseLengthsOfTimeAreEachOthersNearest() {
        // each side gives three lengths of time; "for 12 years" / "for 11 years" are the mayor's years, the sentences share only his name
        Article a = Samples.ofParagraphs(1, List.of(
                "A court acquitted former mayor Piet Lessing on Wednesday, ending a trial that lasted seven months.",
                "Prosecutors had asked for a prison sentence of four years.",
                "He served the town as its mayor for 12 years."));
        Article b = Samples.ofParagraphs(2, List.of(
                "The trial of Lessing, which ended in his acquittal on Wednesday, lasted eight months.",
                "Prosecutors had demanded five years in prison.",
                "Lessing led Varnholm for 11 years."));
        Alignment al = new SentenceAligner().align(a, b);
        boolean linked = al.pairs().stream().anyMatch(p -> p.a().stream().anyMatch(s -> s.textIn(a.text()).startsWith("He served"))
                && p.b().stream().anyMatch(s -> s.textIn(b.text()).startsWith("Lessing led")));
        assertTrue(linked, al.toString());
    }
}
