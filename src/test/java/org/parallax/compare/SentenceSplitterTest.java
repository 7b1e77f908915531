package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.BlockType;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideASentence() {
        assertEquals(List.of("Mr. Smith met Gen. Munir in the U.S. capital on Friday.", "Christopher A. Landberg will lead it."),
                split("Mr. Smith met Gen. Munir in the U.S. capital on Friday. Christopher A. Landberg will lead it."));
    }

    @Test
    void keepsRanksAndUnitsBeforeANameInOneSentence() {
        // the fragments "Tim Fanning." and "Raza said." once stood alone and were paired as sentences of their own
        assertEquals(List.of("The patrol was led by Lt. Col. Inf. Tim Fanning.", "Const. Raza said the road was closed."),
                split("The patrol was led by Lt. Col. Inf. Tim Fanning. Const. Raza said the road was closed."));
    }

    @Test
    void endsASentenceAfterADecimalNumber() {
        assertEquals(List.of("The median age is now 41.8.", "Almost one in seven residents was born abroad."),
                split("The median age is now 41.8. Almost one in seven residents was born abroad."));
        assertEquals(List.of("Turnout was 3.5 points lower, at 61.2 per cent."), split("Turnout was 3.5 points lower, at 61.2 per cent."));
    }

    @Test
    void endsASentenceAfterADottedAcronymBeforeATypicalOpener() {
        assertEquals(List.of("He flew to the U.S.", "The talks start Monday."), split("He flew to the U.S. The talks start Monday."));
    }

    @Test
    void endsASentenceAfterAClockTimeUnlessADayOrZoneFollows() {
        assertEquals(List.of("He conceded shortly after 11 p.m.", "Final results are due on Thursday."),
                split("He conceded shortly after 11 p.m. Final results are due on Thursday."));
        assertEquals(List.of("The road was closed until 11 p.m.", "Nordbus runs 120 coaches."),
                split("The road was closed until 11 p.m. Nordbus runs 120 coaches."));
        assertEquals(List.of("The vote closes at 6 p.m. Friday and at 8 p.m. EST in the east."),
                split("The vote closes at 6 p.m. Friday and at 8 p.m. EST in the east."));
        assertEquals(List.of("It ended at 6 a.m.", "A man was held."), split("It ended at 6 a.m. A man was held."));
        assertEquals(List.of("The talks end at 6:00 p.m. Eastern on Monday."), split("The talks end at 6:00 p.m. Eastern on Monday."));
    }

    @Test
    void splitsAfterClosingQuotesAndKeepsDecimals() {
        assertEquals(List.of("\"We will go,\" he said.", "Growth was 3.5 percent!", "Really?"),
                split("\"We will go,\" he said. Growth was 3.5 percent! Really?"));
        assertEquals(List.of("It said: “We agree.”", "Then it left."), split("It said: “We agree.” Then it left."));
    }

    @Test
    void splitsOnlyStoryBlocksOfTheSample() {
        Article a = Samples.outletA();
        List<String> ss = splitter.split(a).stream().map(s -> s.textIn(a.text())).toList();
        assertTrue(ss.get(0).startsWith("WASHINGTON: Pakistan and the US"), ss.get(0));
        assertTrue(ss.stream().noneMatch(s -> s.contains("Aurat") || s.contains("Wajid") || s.contains("Reuters/File")), ss.toString());
        assertTrue(ss.contains("‘Pakistan-US on positive trajectory’"), "headings are compared");
        assertTrue(new SentenceSplitter(true).split(a).stream().anyMatch(s -> a.blocks(BlockType.TITLE).get(0).start() == s.start()));
        Article b = Samples.outletB();
        String caption = b.text().substring(0, b.text().indexOf('\n'));
        assertTrue(split(caption).get(0).startsWith("Christopher A. Landberg Acting Coordinator for counterterrorism and acting US envoy"),
                split(caption).toString());
    }
}
