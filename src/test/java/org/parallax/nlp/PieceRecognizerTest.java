package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockType;

/** Long texts recognised in pieces give the mentions the whole text gives, at the same offsets. */
class PieceRecognizerTest {
    private static String longText(int copies) {
        String sample = SampleArticles.text("story1-outlet-a.txt").strip() + "\n\n" + SampleArticles.text("story1-outlet-b.txt").strip();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < copies; i++) sb.append(sample).append("\n\n");
        return sb.toString();
    }

    @Test
    void piecesCoverTheTextWithinTheirSizeAndEndAtParagraphs() {
        String text = longText(12);
        List<int[]> ranges = PieceRecognizer.split(text, 5_000);
        assertTrue(ranges.size() > 10);
        int at = 0;
        for (int[] r : ranges) {
            assertEquals(at, r[0]);
            assertTrue(r[1] - r[0] <= 5_000 && r[1] > r[0]);
            if (r[1] < text.length()) assertTrue(text.startsWith("\n\n", r[1] - 2), "cut after a paragraph break at " + r[1]);
            at = r[1];
        }
        assertEquals(text.length(), at);
    }

    @Test
    void aWordLongerThanAPieceIsCutWithoutSplittingASurrogatePair() {
        String text = "😀".repeat(400);
        for (int[] r : PieceRecognizer.split(text, 301)) assertTrue(!Character.isLowSurrogate(text.charAt(r[0])));
    }

    @Test
    void mentionsFromPiecesAreTheWholeTextsMentions() {
        String text = longText(10);
        List<Block> blocks = List.of(new Block(BlockType.PARAGRAPH, 0, text.length()));
        SampleRecognizer inner = new SampleRecognizer();
        Recognition whole = inner.recognize(text, blocks, SampleArticles.A_DATE);
        List<int[]> seen = new ArrayList<>();
        Recognition pieced = new PieceRecognizer(inner, 4_000).recognize(text, blocks, SampleArticles.A_DATE, (p, n) -> {
            seen.add(new int[] {p, n});
            return true;
        });
        assertTrue(seen.size() > 5);
        assertEquals(whole.mentions(), pieced.mentions());
        for (RawMention m : pieced.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        // sentences stay in order inside the text, and none crosses a cut
        List<Integer> cuts = PieceRecognizer.split(text, 4_000).stream().map(r -> r[0]).toList();
        int last = 0;
        for (var x : pieced.sentences()) {
            assertTrue(x.start() >= last && x.end() <= text.length(), x.toString());
            assertTrue(cuts.stream().noneMatch(c -> x.start() < c && c < x.end()), x + " crosses a cut");
            last = x.end();
        }
    }

    @Test
    void stopsBetweenPiecesWhenTold() {
        String text = longText(10);
        PieceRecognizer pieces = new PieceRecognizer(new SampleRecognizer(), 4_000);
        assertThrows(CancellationException.class, () -> pieces.recognize(text, List.of(new Block(BlockType.PARAGRAPH, 0,
                text.length())), null, (p, n) -> p < 2));
    }

    @Test
    void aTextInAnotherLanguageGetsItsSentencesAndNoMentions() {
        // the stand-in recogniser knows "Islamabad" and "Washington": only the language keeps them from being found
        String german = "Leider gibt es keinen Flug mehr von Islamabad nach Washington mit einem Sparpreis-Ticket. Auch bei "
                + "der Buchung von Fahrkarten hat sich einiges geändert, wie die Bahn in Berlin mitteilte. Wer in der ersten "
                + "Klasse reist, kann die Lounge weiterhin nutzen. Im Fall von Verspätungen gilt das nicht, sagte eine Sprecherin.";
        List<Block> blocks = List.of(new Block(BlockType.PARAGRAPH, 0, german.length()));
        Recognition r = new PieceRecognizer(new SampleRecognizer(), 4_000).recognize(german, blocks, SampleArticles.A_DATE, (p, n) -> true);
        assertEquals(List.of(), r.mentions());
        assertEquals(4, r.sentences().size());
        String english = "Since October 1 the flight from Islamabad has been closed to passengers with a saver ticket, the airline "
                + "said in Washington. Those who travel in first class can still use it, a spokeswoman for Deutsche Bahn said on Monday, and "
                + "the rule will be reviewed after the winter.";
        Recognition e = new PieceRecognizer(new SampleRecognizer(), 4_000).recognize(english, List.of(new Block(BlockType.PARAGRAPH, 0,
                english.length())), SampleArticles.A_DATE, (p, n) -> true);
        assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("Islamabad")), e.mentions().toString());
    }
}
