package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word tokens with offsets, and the normalised keys the comparison works on: lower case, letters and digits only,
 * so "counter-terrorism" and "counterterrorism", or "Pakistan’s" and "Pakistan's", share a key.
 */
final class Tokens {
    private Tokens() {
    }

    /** One word: a {@code [start, end)} range of the text and its normalised key. */
    record Tok(int start, int end, String key, boolean hyphenated) {
    }

    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
            "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
            "they", "them", "his", "her", "their", "we", "our", "you", "i", "not", "no", "has", "have", "had", "will",
            "would", "can", "could", "said", "says", "also", "after", "before", "about", "into", "than", "then", "there",
            "which", "who", "whom", "what", "when", "where", "while", "up", "out", "over", "more", "s", "do", "did",
            "does", "so", "if", "all", "one", "two", "new", "last", "just", "him", "my", "me", "us");

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
    }

    /** Words of {@code text[start, end)}: runs of letters and digits, joined across inner hyphens and apostrophes. */
    static List<Tok> words(String text, int start, int end) {
        List<Tok> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            boolean hyphen = false;
            while (i < end) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < end && isWordChar(text.charAt(i + 1))) {
                    hyphen |= c != '\'' && c != '\u2019';
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Tok(s, i, key(text, s, i), hyphen));
        }
        return out;
    }

    static String key(String text, int s, int e) {
        StringBuilder b = new StringBuilder(e - s);
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (isWordChar(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * The similarity features of a word: its key, and for a hyphenated word its parts too, so that "counter-terrorism"
     * meets both "counterterrorism" and "counter terrorism". Stop words give none.
     */
    static void features(String text, Tok t, List<String> sink) {
        if (STOPWORDS.contains(t.key())) return;
        sink.add(t.key());
        if (t.hyphenated()) {
            int s = t.start();
            for (int k = t.start(); k <= t.end(); k++) {
                if (k == t.end() || !isWordChar(text.charAt(k)) && text.charAt(k) != '\'' && text.charAt(k) != '\u2019') {
                    if (k > s) {
                        String part = key(text, s, k);
                        if (!STOPWORDS.contains(part)) sink.add(part);
                    }
                    s = k + 1;
                }
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
