package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Sentence;

/**
 * Splits an article's story blocks (dateline, headings, paragraphs; the title only on request) into sentences, as
 * {@code [start, end)} ranges of the full article text. Related links, boilerplate and captions are never split.
 * Abbreviations ("Mr.", "Gen.", "U.S.") and initials ("Christopher A. Landberg") do not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen",
            "rep", "pres", "rev", "hon", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "etc", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "dept",
            "univ", "est", "fig", "vol", "cf", "al", "op", "supt", "insp", "det", "atty", "messrs");
    /** Words that start sentences often enough that "U.S. The" is read as a sentence end. */
    private static final Set<String> STARTERS = Set.of(
            "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An", "This", "That", "There", "His", "Her",
            "Their", "On", "At", "After", "When", "Meanwhile", "However", "Last", "According");

    private final boolean includeTitle;

    public SentenceSplitter() {
        this(false);
    }

    public SentenceSplitter(boolean includeTitle) {
        this.includeTitle = includeTitle;
    }

    /** Whether a block takes part in comparison. */
    public boolean compares(BlockType type) {
        if (type == BlockType.TITLE) return includeTitle;
        return type.isBody();
    }

    /** The sentences of the article's compared blocks, in text order. */
    public List<Sentence> split(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : article.blocks()) {
            if (compares(b.type())) splitInto(article.text(), b.start(), b.end(), out);
        }
        return out;
    }

    /** The sentences of {@code text[start, end)}; a line break always ends a sentence. */
    public List<Sentence> split(String text, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        splitInto(text, start, end, out);
        return out;
    }

    private void splitInto(String text, int start, int end, List<Sentence> out) {
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                emit(text, s, i, out);
                s = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, start, end)) {
                int e = i + 1;
                while (e < end && isCloser(text.charAt(e))) e++;
                emit(text, s, e, out);
                s = e;
                i = e - 1;
            }
        }
        emit(text, s, end, out);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    private static boolean endsSentence(String text, int i, int start, int end) {
        int j = i + 1;
        while (j < end && isCloser(text.charAt(j))) j++;
        if (j >= end) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false; // "3.5", "U.S.-led", "example.com"
        int k = j;
        while (k < end && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= end) return true;
        char next = text.charAt(k);
        if (Character.isLowerCase(next)) return false;
        if (text.charAt(i) != '.') return true;
        // the word before the period
        int w = i;
        while (w > start && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, i);
        if (word.isEmpty()) return true;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial
        if (word.indexOf('.') >= 0) {
            // a dotted acronym such as U.S. ends a sentence only before a typical sentence opener
            return STARTERS.contains(nextWord(text, k, end));
        }
        return !ABBREVIATIONS.contains(Tokens.lower(word));
    }

    private static String nextWord(String text, int k, int end) {
        int e = k;
        while (e < end && Character.isLetter(text.charAt(e))) e++;
        return text.substring(k, e);
    }

    private static void emit(String text, int s, int e, List<Sentence> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s) return;
        for (int k = s; k < e; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                out.add(new Sentence(s, e));
                return;
            }
        }
    }
}
