package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.model.BlockType;

/** The line kinds BodyCleaner and the dateline rule handle, each on a page made of that kind of line. */
class BodyCleanerTest {
    private static final String PROSE = "The council voted on Tuesday to close the old bridge to cars, after engineers found"
            + " cracks in two of its piers during the spring inspection.";

    @Test
    void dropsTimeStampsUrlLinesAndTheRepeatedHeadlineAboveTheStoryOnly() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Bridge closed to cars"),
                new BlockText(BlockType.PARAGRAPH, "Donnerstag, 31. Mai 2012"),
                new BlockText(BlockType.PARAGRAPH, "https://example.org/bridge"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Updated 5:30 pm"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed to cars | Example News");
        assertEquals(List.of(PROSE, "Updated 5:30 pm"), out.stream().map(BlockText::text).toList());
    }

    @Test
    void typesCreditsAsCaptionsAndReadsALongCaptionOnce() {
        String caption = "Engineers inspect the cracked pier of the old bridge on Monday morning";
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Photo: Jane Doe"),
                new BlockText(BlockType.CAPTION, caption),
                new BlockText(BlockType.CAPTION, caption),
                new BlockText(BlockType.PARAGRAPH, "The bridge opened in 1911. (mlharing / iStock.com)"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.CAPTION, BlockType.CAPTION),
                out.stream().map(BlockText::type).toList());
    }

    @Test
    void aDatelineIsNeitherTheBylineNorCutFromTheText() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p><span class=\"dateline\">KOBE -</span> "
                + PROSE + " " + PROSE + " " + PROSE + " " + PROSE + "</p></article></body></html>");
        BodyExtractor.Body body = new BodyExtractor().extract(doc, "https://example.org/");
        assertEquals(null, body.bylineElement());
        assertEquals(true, body.content().text().contains("KOBE - The council"), body.content().text());
    }
}
