package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;

/**
 * A place in an order that two counterpart sentences give differently: "Okafor was fifth at the last world championships" /
 * "Two years ago she came sixth in the world final", "slipped to 51st place" / "was 52nd a year ago", "for the eighth year in a
 * row" / "the ninth straight year". An ordinal word from "second" on, or one in digits ("51st"), is a rank; "first" is left out
 * (so many firsts are no place: "for the first time", "its first medal"), as are fractions ("a third of the fire"), days of a
 * month ("March 3rd"), centuries and names ("Second Avenue"). So many ordinals tell other things that a rank is compared only
 * within one aligned pair, and only when each side of it states exactly one: never across the articles, never one-sided. Pure.
 */
final class Ranks {
    private Ranks() {
    }

    /** The kind of a rank's conflict. */
    static final String KIND = "rank";
    private static final List<String> WORDS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![\\w.,-])(" + String.join("|", WORDS) + "|\\d{1,3}(?:st|nd|rd|th))\\b(?!-?\\d)");
    /** After an ordinal: a fraction's "of" ("a third of"), a date's ("the 3rd of May"), a plural fraction, a century. */
    private static final Pattern NOT_AFTER = Pattern.compile("(?i)(?:s\\b|\\s+(?:of|century|centuries|world\\s+war)\\b)");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** The ranks {@code text[start, end)} states, as facts of kind {@link #KIND}. */
    static List<Fact> of(String text, int start, int end) {
        List<Fact> out = new ArrayList<>();
        String s = text.substring(start, end);
        Matcher m = ORDINAL.matcher(s);
        while (m.find()) {
            String w = m.group(1);
            // a name ("Second Avenue", "the Fifth Republic"): a capital anywhere but at the sentence's start
            if (Character.isUpperCase(w.charAt(0)) && m.start() > 0) continue;
            if (NOT_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            String before = FactExtractor.wordBefore(s, m.start());
            if (before != null && MONTHS.contains(before)) continue;
            int v = value(w);
            out.add(new Fact(KIND, v, v, w, String.valueOf(v), start + m.start(), start + m.end(), start, end));
        }
        return out;
    }

    /**
     * The conflict of the one rank each side of an aligned pair states, when the two differ; {@code seen} holds the ranks already
     * compared in another pair (by their start), so one rank conflicts once.
     */
    static void settle(String textA, List<Sentence> a, String textB, List<Sentence> b, Set<Integer> seen, List<Comparison.Conflict> conflicts) {
        List<Fact> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (Sentence s : a) xs.addAll(of(textA, s.start(), s.end()));
        for (Sentence s : b) ys.addAll(of(textB, s.start(), s.end()));
        if (xs.size() != 1 || ys.size() != 1) return;
        Fact x = xs.get(0), y = ys.get(0);
        if (x.lo() == y.lo() || !seen.add(x.start()) | !seen.add(-1 - y.start())) return;
        conflicts.add(new Comparison.Conflict(KIND, x.value(), y.value()));
    }

    private static int value(String w) {
        String low = w.toLowerCase(Locale.ROOT);
        int i = WORDS.indexOf(low);
        return i >= 0 ? i + 2 : Integer.parseInt(low.substring(0, low.length() - 2));
    }
}
