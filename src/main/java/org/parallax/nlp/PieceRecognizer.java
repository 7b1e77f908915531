package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.parallax.model.Block;
import org.parallax.model.RecognitionLanguage;
import org.parallax.model.Sentence;
import org.parallax.text.EnglishText;
import org.parallax.text.Sentences;

/**
 * Recognises a long text in bounded pieces so that time and memory per call stay bounded whatever the article's size:
 * the text is cut at a paragraph break (else a line break, a sentence end, a space) at most {@code maxPiece} characters
 * on, each piece goes through the inner {@link Recognizer} with its blocks, and the offsets are shifted back into the
 * whole text. A text no longer than one piece goes through unchanged, unannounced. Before each piece of a longer one
 * the caller hears how far it got and may stop it ({@link CancellationException}). A text that does not read as English
 * ({@link EnglishText}) is not given to the recogniser, whose models read English only and would take "Leider" or "Auch
 * bei der Buchung" for people: it gets its sentences and no mentions.
 */
public final class PieceRecognizer {
    /** 50,000 characters: about 8,000 words, a long feature; CoreNLP takes a few seconds on it. */
    public static final int DEFAULT_PIECE = 50_000;

    /** Told before each piece; returns false to stop the article there. */
    @FunctionalInterface
    public interface Pieces {
        boolean next(int done, int total);
    }

    private final Recognizer inner;
    private final int maxPiece;

    public PieceRecognizer(Recognizer inner, int maxPiece) {
        if (maxPiece < 100) throw new IllegalArgumentException("a piece of " + maxPiece + " characters is too small");
        this.inner = inner;
        this.maxPiece = maxPiece;
    }

    public int maxPiece() {
        return maxPiece;
    }

    /** Whether {@code length} characters are recognised in more than one piece. */
    public boolean isLong(long length) {
        return length > maxPiece;
    }

    /**
     * Recognises {@code text} piece by piece; offsets in the result are into {@code text}.
     *
     * @throws CancellationException when {@code pieces} says stop (nothing of the article is returned)
     */
    public Recognition recognize(String text, List<Block> blocks, LocalDate docDate, Pieces pieces) {
        return recognize(text, blocks, docDate, RecognitionLanguage.FROM_TEXT, pieces);
    }

    /**
     * As {@link #recognize(String, List, LocalDate, Pieces)}, with the language the user said the article is in:
     * ENGLISH recognises it whatever its words look like, OTHER gives it sentences only.
     */
    public Recognition recognize(String text, List<Block> blocks, LocalDate docDate, RecognitionLanguage language, Pieces pieces) {
        if (!EnglishText.reads(text, language)) return new Recognition(Sentences.split(text), List.of());
        if (!isLong(text.length())) return inner.recognize(text, blocks, docDate);
        List<int[]> ranges = split(text, maxPiece);
        List<Sentence> sentences = new ArrayList<>();
        List<RawMention> mentions = new ArrayList<>();
        for (int p = 0; p < ranges.size(); p++) {
            if (!pieces.next(p, ranges.size())) throw new CancellationException("stopped at piece " + p + " of " + ranges.size());
            int from = ranges.get(p)[0];
            int to = ranges.get(p)[1];
            Recognition r = inner.recognize(text.substring(from, to), clip(blocks, from, to), docDate);
            for (Sentence s : r.sentences()) sentences.add(new Sentence(s.start() + from, s.end() + from));
            for (RawMention m : r.mentions()) {
                mentions.add(new RawMention(m.start() + from, m.end() + from, m.text(), m.type(), m.nerTag(), m.timexType(),
                        m.timexValue()));
            }
        }
        return new Recognition(sentences, mentions);
    }

    /** The blocks overlapping {@code [from, to)}, cut to it and counted from {@code from}. */
    static List<Block> clip(List<Block> blocks, int from, int to) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            int s = Math.max(b.start(), from);
            int e = Math.min(b.end(), to);
            if (s < e) out.add(new Block(b.type(), s - from, e - from));
        }
        return out;
    }

    /** {@code [start, end)} ranges covering {@code text}, each at most {@code max} long, cut where a reader would pause. */
    static List<int[]> split(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int limit = from + max;
            if (limit >= text.length()) {
                out.add(new int[] {from, text.length()});
                break;
            }
            int cut = cutBefore(text, from + max / 2, limit);
            out.add(new int[] {from, cut});
            from = cut;
        }
        return out;
    }

    /** The best cut in {@code (low, limit]}: after a paragraph break, a line break, a sentence end, a space, else at limit. */
    private static int cutBefore(String text, int low, int limit) {
        int at = text.lastIndexOf("\n\n", limit - 2);
        if (at >= low) return at + 2;
        at = text.lastIndexOf('\n', limit - 1);
        if (at >= low) return at + 1;
        for (int i = limit - 1; i > low; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        for (int i = limit - 1; i > low; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        // one word longer than half a piece: cut it, but never inside a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
