package org.parallax.compare;

import java.util.List;

import org.parallax.model.Sentence;

/**
 * Whether an article's first sentence is a headline: a short line with no closing stop. A headline names the story's event
 * in a word or two ("Gigante dies", "AMD Buys SeaMicro"), so the event pass asks less of it than of a sentence of prose.
 */
final class Headlines {
    /** The most words of a headline. */
    static final int MAX_WORDS = 16;

    private Headlines() {
    }

    /** Whether the first of {@code sentences} in {@code text} reads as a headline. */
    static boolean first(String text, List<Sentence> sentences) {
        return !sentences.isEmpty() && isHeadline(sentences.get(0).textIn(text));
    }

    /** Whether {@code line} reads as a headline: at most {@link #MAX_WORDS} words, ending in no stop, question, quote or bracket. */
    static boolean isHeadline(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (".!?\"'\u201d\u2019):;,".indexOf(last) >= 0) return false;
        return t.split("\\s+").length <= MAX_WORDS;
    }
}
