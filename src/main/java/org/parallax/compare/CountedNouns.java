package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of one thing that two articles give with other or hedged values: "About 1,200 hectares of vineyards were hit" /
 * "Some 1,500 hectares of vines were affected", "some 4,100 planned operations" / "about 4,000 operations", "14 other farms" /
 * "Twelve neighbouring farms". The noun a number counts, past up to two modifiers, names the count's kind; two counts of it lie
 * near each other when the larger is at most {@link #NEAR} times the smaller. Pure.
 */
final class CountedNouns {
    private CountedNouns() {
    }

    /** The prefix of a count's kind: {@code "count hectares"}. */
    static final String KIND = "count ";
    /** How far apart two tellings of one count may lie, as for lengths of time ("about 60" / "some 80" is two counts). */
    static final double NEAR = 1.3;
    /** Counts under this are left out: small numbers of things repeat across a story's facts ("two hospitals", "three boats"). */
    private static final long SMALLEST = 10;
    /** Words that end a count's noun phrase: a number followed by one of them counts no noun ("41 had died", "19 of the animals"). */
    private static final Set<String> STOP = Set.of("of", "and", "or", "the", "a", "an", "in", "on", "at", "to", "for", "from", "with", "by",
            "were", "was", "had", "have", "has", "are", "is", "be", "been", "who", "which", "that", "whose", "but", "as", "per", "than",
            "more", "less", "cent", "percent", "times", "years", "months", "weeks", "days", "hours", "minutes", "seconds");

    /** A number in digits (thousands commas allowed) or a word, not inside a sum, a decimal, a percentage or a clock time. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,$€£:])(\\d{1,3}(?:,\\d{3})+|\\d+|[A-Za-z]+)(?![\\w%:]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("\\s+([A-Za-z]+)\\b(?!['’-])");

    /** The counted nouns of {@code text[start, end)} with their values ("count farms" to [14]). */
    static Map<String, List<Long>> of(String text, int start, int end) {
        Map<String, List<Long>> out = new HashMap<>();
        String s = text.substring(start, end);
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            Long value = value(m.group(1));
            if (value == null || value < SMALLEST) continue;
            Matcher w = WORD.matcher(s);
            int at = m.end();
            for (int d = 0; d < 3 && w.region(at, s.length()).lookingAt(); d++) {
                String low = w.group(1).toLowerCase(Locale.ROOT);
                if (STOP.contains(low) || low.equals("million") || low.equals("billion") || low.equals("thousand")) break;
                if (plural(low)) {
                    out.computeIfAbsent(KIND + low, x -> new ArrayList<>()).add(value);
                    break;
                }
                at = w.end();
            }
        }
        return out;
    }

    /** Whether one count of each list lies within {@link #NEAR} of one of the other. */
    static boolean near(List<Long> xs, List<Long> ys) {
        for (long x : xs) for (long y : ys) if (Math.max(x, y) <= NEAR * Math.min(x, y)) return true;
        return false;
    }

    /** Words ending in "s" that are no plural nouns. */
    private static final Set<String> NOT_PLURAL = Set.of("across", "perhaps", "always", "unless", "whereas", "besides", "towards",
            "afterwards", "sometimes");
    /** Plural nouns of people with no "s". */
    private static final Set<String> PEOPLE_PLURALS = Set.of("people", "children", "men", "women", "police", "staff", "crew");

    private static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !NOT_PLURAL.contains(w)
                || PEOPLE_PLURALS.contains(w);
    }

    /** The value of a number in digits or a number word, else null; no year ("in 1998"). */
    private static Long value(String raw) {
        String digits = raw.replace(",", "");
        if (digits.chars().allMatch(Character::isDigit)) {
            if (digits.length() > 12 || digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) return null;
            return Long.parseLong(digits);
        }
        String n = Meaning.number(raw.toLowerCase(Locale.ROOT));
        return n != null && !n.isEmpty() && n.length() < 12 && n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : null;
    }
}
