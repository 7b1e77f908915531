package org.parallax.compare;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose age an unnamed person's age is, for {@link FactExtractor}, when the words around it say more than its noun does.
 * "The pilot, a 41-year-old local man," is the pilot's age: the noun before the comma names the person by role, as "The
 * pilot, 41," does. "a 58-year-old woman from Canada" names no one: the capitalised word after "from" is where the person is
 * from. Pure.
 */
final class AgeAppositions {
    /** "The pilot, " right before "a 41-year-old": the person's noun before the comma, with at most one word before it. */
    private static final Pattern NOUN_BEFORE_COMMA = Pattern.compile("(?i)(?:^|\\s)(?:the|an?)\\s+(?:[a-z-]+\\s+)?("
            + String.join("|", FactExtractor.unnamedAgeNouns()) + "),\\s*$");
    /** Words that put a place or a group after a person's noun ("woman from Canada", "man in Leeds"), not a name. */
    private static final Set<String> PLACE_WORDS = Set.of("from", "in", "of", "at", "near", "outside");

    /** Nouns that tell no more of a person than their sex or age ("a 41-year-old local man"). */
    private static final Set<String> GENERIC = Set.of("man", "woman", "person", "boy", "girl");

    private AgeAppositions() {
    }

    /**
     * The noun of the person whose age starts at {@code ageStart} in {@code s}: the role noun before the comma of an apposition
     * ("The pilot, a 41-year-old local man") when the noun after the age ({@code noun}) says no more than "man" or "woman";
     * else {@code noun}.
     */
    static String noun(String s, int ageStart, String noun) {
        // "The pilot, a 51-year-old captain": a noun after the age that tells a role of its own stays
        if (!GENERIC.contains(noun)) return noun;
        Matcher m = NOUN_BEFORE_COMMA.matcher(s.substring(0, ageStart));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : noun;
    }

    /** Whether the name found after an age, ending at {@code nameEnd}, comes after a word of place ("woman from Canada"). */
    static boolean placeBefore(String s, String name, int nameEnd) {
        int at = s.lastIndexOf(name.strip(), nameEnd);
        return at > 0 && PLACE_WORDS.contains(String.valueOf(FactExtractor.wordBefore(s, at)));
    }
}
