package org.parallax.text;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one reading of English month names: full names ("March"), three-letter abbreviations ("Mar", "Mar.") and
 * "Sept", in any case. {@link #NAME} is the same set as a regular expression for the patterns that find dates in
 * running text; {@link #parse} turns a word such a pattern captured into a {@link Month}.
 */
public final class Months {
    /**
     * A month name or abbreviation as a regular expression without groups and without the abbreviation's dot; use it
     * with {@link java.util.regex.Pattern#CASE_INSENSITIVE} (or {@code (?i)}). "June" and "July" also match whole.
     */
    public static final String NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** The abbreviations written with a full stop ("Jan.", "Sept."): a full stop after them does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Months() {
    }

    /**
     * The month {@code word} names: a full English name or an abbreviation, with or without a final full stop, in
     * any case. Empty for anything else, including other prefixes of a name ("Marc", "Septem").
     */
    public static Optional<Month> parse(String word) {
        if (word == null) return Optional.empty();
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (w.length() < 3) return Optional.empty();
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (w.equals(full) || (w.length() == 3 && full.startsWith(w)) || (m == Month.SEPTEMBER && w.equals("sept"))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The month's number (1-12) for a name {@link #NAME} matched; 0 when {@code word} is no month name. */
    public static int number(String word) {
        return parse(word).map(Month::getValue).orElse(0);
    }

    /** Whether {@code word} (lower case, no dot) is a month abbreviation that is written with a full stop. */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }
}
