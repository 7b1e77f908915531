package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-class words (pronouns, determiners, existential "there", wh-words and similar function words) are never a
 * name: a mention made only of them is not a mention of an entity, and a form such as "Howard - he" is the name
 * "Howard" with a pronoun run on. Words are judged by CoreNLP's part-of-speech tag where a token has one and by a word
 * list otherwise; a word in capitals ("US", "IT", "WHO") is an acronym, never the pronoun.
 */
public final class ClosedClass {

    /** Penn Treebank tags of closed-class words that can stand where a name stands. */
    private static final Set<String> TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "WDT", "DT", "PDT", "EX");

    /** The word-list backstop, lower case: what the tags above cover in English news text. */
    private static final Set<String> WORDS = Set.of(
            // personal, possessive and reflexive pronouns
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
            "them", "their", "theirs", "themselves", "thee", "thou", "thy", "oneself",
            // demonstrative, relative and interrogative pronouns
            "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "whoever", "whomever", "whatever",
            "whichever",
            // determiners, predeterminers, quantifying determiners, existential there
            "a", "an", "the", "some", "any", "each", "every", "either", "neither", "no", "both", "all", "half", "such",
            "another", "other", "there",
            // indefinite pronouns
            "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
            "nobody", "nothing", "none");

    /** A clitic after an apostrophe at the end of a word ("he's", "it’s"). */
    private static final Pattern CLITIC = Pattern.compile("['’]\\p{L}+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private ClosedClass() {
    }

    /** Whether a token is a closed-class word: by its tag when it has one (null when untagged), else by the list. */
    public static boolean isClosedClass(String word, String posTag) {
        if (isAcronym(word)) return false;
        if (posTag != null && TAGS.contains(posTag)) return true;
        return WORDS.contains(bare(word));
    }

    /** Whether a text holds words and every one of them is a closed-class word ("he", "her", "The", "this one's" not). */
    public static boolean isClosedClass(String text) {
        if (text == null) return false;
        Matcher m = WORD.matcher(text);
        boolean any = false;
        while (m.find()) {
            if (!isClosedClass(m.group(), null)) return false;
            any = true;
        }
        return any;
    }

    /**
     * The part of {@code [start, end)} of {@code text} that can be a name: without closed-class words written in lower
     * case at either edge, nor the punctuation and spaces that joined them ("Howard - he" gives "Howard"). A capitalised
     * closed-class word at an edge stays ("The Hague"). Null when nothing but closed-class words and punctuation is left.
     */
    public static int[] nameSpan(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        if (words.isEmpty()) return null;
        int first = 0;
        int last = words.size() - 1;
        while (first <= last && droppableAtEdge(text, words.get(first))) first++;
        while (last >= first && droppableAtEdge(text, words.get(last))) last--;
        if (first > last) return null;
        boolean allClosed = true;
        for (int i = first; i <= last && allClosed; i++) {
            int[] w = words.get(i);
            allClosed = isClosedClass(text.substring(w[0], w[1]), null);
        }
        if (allClosed) return null;
        // keep what the recogniser had around the kept words (a closing bracket, a full stop of "Inc.")
        int from = first == 0 ? start : words.get(first)[0];
        int to = last == words.size() - 1 ? end : trimEnd(text, words.get(last)[1], words.get(last + 1)[0]);
        return new int[] {from, to};
    }

    /** The form as a name ({@link #nameSpan}), or null when it is no name at all. */
    public static String nameForm(String form) {
        if (form == null) return null;
        int[] s = nameSpan(form, 0, form.length());
        return s == null ? null : form.substring(s[0], s[1]).strip();
    }

    /** The end of the kept part: past closing brackets and dots right after the last kept word, before any other gap. */
    private static int trimEnd(String text, int from, int limit) {
        int p = from;
        while (p < limit && ".)]’'".indexOf(text.charAt(p)) >= 0) p++;
        return p;
    }

    private static boolean droppableAtEdge(String text, int[] w) {
        String word = text.substring(w[0], w[1]);
        return Character.isLowerCase(word.codePointAt(0)) && isClosedClass(word, null);
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static String bare(String word) {
        // "he's", "she'd", "it’s": the pronoun with a clitic
        return CLITIC.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
