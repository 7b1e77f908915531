package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.Sentence;

/**
 * The one rule for where a sentence of news text ends: at {@code . ! ?} (and the closing quotes and brackets after
 * it) before white space and a word that does not start in lower case, or at a line break. Abbreviations ("Mr.",
 * "Gen.", "Const.", "Sept."), initials ("Christopher A. Landberg") and numbers ("3.5") never end a sentence; a dotted
 * acronym ("U.S.") ends one only before a typical sentence opener, a clock time ("11 p.m.") before any capital but a
 * day, a month or a zone. Sentences are {@code [start, end)} ranges of the
 * given text, without white space at either end. Pure and thread-safe.
 */
public final class Sentences {
    /**
     * Words written with a full stop that is not a sentence end: titles and ranks (civil, military, police, church),
     * company and address words, and reference words. Month abbreviations come from {@link Months}.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // titles
            "mr", "mrs", "ms", "messrs", "dr", "prof", "hon", "rev", "fr", "msgr", "jr", "sr", "esq",
            // office holders
            "gov", "sen", "rep", "pres", "atty", "amb", "supt", "insp", "det", "const", "sgt", "cpl", "pvt",
            // military ranks
            "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "brig", "lieut", "cmdt",
            // army branches and units written after a rank ("Col. Inf. Tim Fanning")
            "inf", "regt", "bn", "bde", "cav", "ret",
            // organisations, places, units and references
            "st", "mt", "ft", "inc", "corp", "co", "ltd", "dept", "univ", "no", "nos", "vs", "etc", "approx", "est",
            "fig", "vol", "cf", "al", "op");
    /** Words that start sentences often enough that "U.S. The" is read as a sentence end. */
    private static final Set<String> STARTERS = Set.of(
            "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An", "This", "That", "There", "His", "Her",
            "Their", "On", "At", "After", "When", "Meanwhile", "However", "Last", "According");

    private Sentences() {
    }

    /** The sentences of {@code text[start, end)} in order; pieces with no letter or digit are left out. */
    public static List<Sentence> split(String text, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        int s = start;
        while (s < end) {
            int e = endOf(text, s, start, end);
            emit(text, s, e, out);
            s = e < end && isLineBreak(text.charAt(e)) ? e + 1 : e;
        }
        return out;
    }

    /** The sentences of the whole text. */
    public static List<Sentence> split(String text) {
        return split(text, 0, text.length());
    }

    /**
     * The sentence (or the sentences) holding {@code [start, end)}, looked for only inside {@code [from, to)} (a
     * block, so a headline never runs into the body): from the end of the sentence before {@code start} to the end
     * of the sentence holding the last character of the span.
     */
    public static Sentence around(String text, int from, int to, int start, int end) {
        int s = from;
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (isLineBreak(c) || (isStop(c) && endsSentence(text, i, from, to) && closersEnd(text, i, to) <= start)) {
                s = isLineBreak(c) ? i + 1 : closersEnd(text, i, to);
                break;
            }
        }
        int e = endOf(text, Math.max(start, end - 1), from, to);
        if (e < end) e = end; // a span that runs over a line break keeps its whole
        while (s < start && Character.isWhitespace(text.charAt(s))) s++;
        while (e > end && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Sentence(s, e);
    }

    /** The sentence of an article holding {@code [start, end)}, cut within its block so a headline never runs into the body. */
    public static Sentence around(Article article, int start, int end) {
        String text = article.text();
        Optional<Block> block = article.blockAt(start);
        return around(text, block.map(Block::start).orElse(0), block.map(Block::end).orElse(text.length()), start, end);
    }

    /** {@link #around(String, int, int, int, int)} in the whole text. */
    public static Sentence around(String text, int start, int end) {
        return around(text, 0, text.length(), start, end);
    }

    /** The first sentence of a one-line paragraph, with its closing punctuation; the whole text when it has one. */
    public static String first(String paragraph) {
        int e = endOf(paragraph, 0, 0, paragraph.length());
        return paragraph.substring(0, e).strip();
    }

    /**
     * Where the sentence that runs through {@code at} ends inside {@code [start, end)}: after its stop and closing
     * quotes, at the line break that ends it, or at {@code end}.
     */
    private static int endOf(String text, int at, int start, int end) {
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) return i;
            if (isStop(c) && endsSentence(text, i, start, end)) return closersEnd(text, i, end);
        }
        return end;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** The index after the stop at {@code i} and the closing quotes, brackets and further stops that follow it. */
    private static int closersEnd(String text, int i, int end) {
        int e = i + 1;
        while (e < end && isCloser(text.charAt(e))) e++;
        return e;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || isStop(c);
    }

    /** Whether the stop at {@code i} ends a sentence; {@code start} bounds the look back for the word before it. */
    private static boolean endsSentence(String text, int i, int start, int end) {
        int j = closersEnd(text, i, end);
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
        // a decimal number is no abbreviation: "The median age is now 41.8. Almost one in seven ..."
        if (Character.isDigit(word.charAt(0)) && word.chars().allMatch(c -> c == '.' || Character.isDigit(c))) return true;
        if (word.indexOf('.') >= 0) {
            String following = nextWord(text, k, end);
            // a clock time ("at 11 p.m. Final results...") ends a sentence unless a day, a month or a zone follows it
            // a place's clock after it ("at 11 a.m. Paris time, and ...") goes on the sentence too
            if (isClock(text, w, word)) return !following.isEmpty() && !AFTER_CLOCK.contains(following.toLowerCase(Locale.ROOT))
                    && Months.parse(following).isEmpty() && !(following.length() > 1 && following.equals(following.toUpperCase(Locale.ROOT)))
                    && !placeClock(text, k + following.length(), end);
            // a dotted acronym such as U.S. ends a sentence only before a typical sentence opener
            return STARTERS.contains(following);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(lower) && !Months.isAbbreviation(lower);
    }

    /** Words that go on a clock time's sentence: days and zones ("6 p.m. Friday", "6 p.m. Eastern"). */
    private static final Set<String> AFTER_CLOCK = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "eastern", "pacific", "central", "mountain", "local", "today", "tonight", "tomorrow", "yesterday");

    /** "p.m." or "a.m." after a number ("6 p.m.", "6:00 a.m."). */
    private static boolean isClock(String text, int w, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals("p.m") && !lower.equals("a.m")) return false;
        int b = w;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        return b > 0 && Character.isDigit(text.charAt(b - 1));
    }

    /** Whether " time" follows at {@code k} ("Paris| time"): the word before it names the clock of a place. */
    private static boolean placeClock(String text, int k, int end) {
        return text.regionMatches(true, k, " time", 0, 5) && (k + 5 >= end || !Character.isLetter(text.charAt(k + 5)));
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
