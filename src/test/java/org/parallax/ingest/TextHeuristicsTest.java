package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The line tests every importer shares, on typical news lines and on prose that must not be mistaken for them. */
class TextHeuristicsTest {
    private static final LocalDate MAR4 = LocalDate.of(2023, 3, 4);

    @Test
    void recognisesLinesThatAreOnlyADate() {
        assertEquals(Optional.of(MAR4), TextHeuristics.parseDateLine("Saturday Mar 04 2023"));
        assertEquals(Optional.of(MAR4), TextHeuristics.parseDateLine("Saturday Mar 04, 2023"));
        assertEquals(Optional.of(MAR4), TextHeuristics.parseDateLine("Published: 4 March 2023 10:30 PKT"));
        assertEquals(Optional.of(MAR4), TextHeuristics.parseDateLine("Updated March 4, 2023 at 9:15 a.m. EST"));
        assertEquals(Optional.of(MAR4), TextHeuristics.parseDateLine("\u00a02023-03-04\u00a0"));
        assertEquals(Optional.empty(), TextHeuristics.parseDateLine("Pakistan-US counterterrorism dialogue on March 6-7"));
        assertEquals(Optional.empty(), TextHeuristics.parseDateLine("The talks on March 4, 2023 were long"));
        assertEquals(Optional.empty(), TextHeuristics.parseDateLine("February 30, 2023"));
    }

    @Test
    void readsHeaderFieldsOnlyWhenTheirValueFits() {
        assertEquals(Optional.of(new TextHeuristics.HeaderField("date", "2023-03-04")),
                TextHeuristics.headerField("\u00a0date 2023-03-04\u00a0"));
        assertEquals("Harbour talks", TextHeuristics.headerField("Title: Harbour talks").orElseThrow().value());
        assertEquals("url", TextHeuristics.headerField("url https://example.org/a").orElseThrow().key());
        assertTrue(TextHeuristics.headerField("date night was cancelled").isEmpty());
        assertTrue(TextHeuristics.headerField("Title the film as you like").isEmpty(), "prose without a colon");
    }

    @Test
    void readsBylines() {
        assertTrue(TextHeuristics.isBylineMarker("By"));
        assertEquals(Optional.of("Jane Doe"), TextHeuristics.bylineName("By Jane Doe"));
        assertEquals(Optional.of("Jane Doe"), TextHeuristics.bylineName("By Jane Doe, Reuters"));
        assertEquals(Optional.of("Ana de la Cruz and Tom Lee"), TextHeuristics.bylineName("By Ana de la Cruz and Tom Lee"));
        assertEquals(Optional.empty(), TextHeuristics.bylineName("By the river the crowd gathered"));
        assertTrue(TextHeuristics.looksLikeName("Wajid Ali Syed"));
        assertFalse(TextHeuristics.looksLikeName("Pakistan-US counterterrorism dialogue on March 6-7"));
    }

    @Test
    void findsDatelines() {
        TextHeuristics.Dateline d = TextHeuristics.dateline("WASHINGTON: Pakistan and the US will hold talks.").orElseThrow();
        assertEquals("WASHINGTON", d.place());
        assertEquals("WASHINGTON:", d.marker());
        assertEquals("Pakistan and the US will hold talks.", d.rest());
        d = TextHeuristics.dateline("LONDON, March 3 (Reuters) - Britain said on Friday it would act.").orElseThrow();
        assertEquals("LONDON", d.place());
        assertEquals("LONDON, March 3 (Reuters) -", d.marker());
        assertEquals("ISLAMABAD/WASHINGTON", TextHeuristics.dateline("ISLAMABAD/WASHINGTON — Both sides met today.").orElseThrow().place());
        assertTrue(TextHeuristics.dateline("US officials said on Friday that talks would go ahead.").isEmpty());
        assertTrue(TextHeuristics.dateline("Washington: the city was quiet on Friday.").isEmpty());
    }

    @Test
    void recognisesCaptionsByTheirCredit() {
        assertTrue(TextHeuristics.isCaption("A picture showing flags of the US (left) and Pakistan — Reuters/File"));
        assertTrue(TextHeuristics.isCaption("Christopher A. Landberg Acting Coordinator. — US State Department website/File"));
        assertTrue(TextHeuristics.isCaption("Photo: AFP"));
        assertTrue(TextHeuristics.isCaption("Crowds gather outside the court - AFP/File"));
        assertFalse(TextHeuristics.isCaption("He said it was over — and it was."));
        assertFalse(TextHeuristics.isCaption("Talks resume — Analysis"));
        assertFalse(TextHeuristics.isCaption("The well-known Pakistan-US dialogue resumes - officially"));
    }

    @Test
    void tellsHeadingsTitlesAndRelatedMarkersFromProse() {
        assertTrue(TextHeuristics.looksLikeHeading("‘Pakistan-US on positive trajectory’"));
        assertTrue(TextHeuristics.looksLikeHeading("Pakistan-US ties on track"));
        assertFalse(TextHeuristics.looksLikeHeading("The talks ended."));
        assertFalse(TextHeuristics.looksLikeHeading("More From Pakistan:"));
        assertTrue(TextHeuristics.isRelatedMarker("More From Pakistan:"));
        assertTrue(TextHeuristics.isRelatedMarker("Related Stories"));
        assertTrue(TextHeuristics.isRelatedMarker("Read more"));
        assertFalse(TextHeuristics.isRelatedMarker("More from the minister was expected"));
        assertTrue(TextHeuristics.looksLikeTitle("Pakistan-US counterterrorism dialogue on March 6-7"));
        assertFalse(TextHeuristics.looksLikeTitle("The talks ended on Friday."));
        assertTrue(TextHeuristics.looksLikeProse("The talks ended on Friday after a long day."));
    }

    @Test
    void derivesATitleFromTheFirstSentenceAtAWordBoundary() {
        String p = "Pakistan and the US are set to conduct a comprehensive dialogue on counterterrorism to carve out "
                + "policy-oriented strategies, the US State Department said on Friday. More text follows.";
        assertEquals("Pakistan and the US are set to conduct a comprehensive dialogue…", TextHeuristics.deriveTitle(p));
        assertEquals("Mr. Khan arrived in Lahore", TextHeuristics.deriveTitle("Mr. Khan arrived in Lahore. He left later."));
        assertEquals("Christopher A. Landberg will lead the talks.",
                TextHeuristics.firstSentence("Christopher A. Landberg will lead the talks. Others follow."));
    }

    @Test
    void joinsHardWrappedLinesButLeavesOneParagraphPerLineAlone() {
        String wrapped = """
                Storm closes coastal road

                The coastal road between the two villages was closed on Monday after
                the storm brought down trees and power lines, the county said, and
                crews expect to reopen it by the end of the week if the weather holds.

                Residents were asked to stay at home and to report fallen lines to the
                power company rather than approach them, officials added on Monday.
                """;
        List<String> units = TextHeuristics.units(wrapped, false);
        assertEquals(3, units.size(), units.toString());
        assertEquals("Storm closes coastal road", units.get(0));
        assertTrue(units.get(1).startsWith("The coastal road") && units.get(1).endsWith("if the weather holds."));
        assertEquals(List.of("By", "Jane Doe", "Title here"), TextHeuristics.units("By\nJane Doe\n\nTitle here\n", false));
        assertEquals(List.of("The committee said that the decision was important for the region."),
                TextHeuristics.units("The committee said that the decision was impor-\ntant for the region.", true));
    }
}
