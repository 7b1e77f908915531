package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorifics that news of West Africa, South Asia and southern Africa writes before a full name: "Alhaji Musa Danjuma"
 * is Musa Danjuma, "Shri Rajesh Kumar Verma" Rajesh Kumar Verma, "Smt Lakshmi Borah" Lakshmi Borah, "Honourable
 * Lesego Dintwe" Lesego Dintwe. The honorific is no part of the name, as "Sardar"
 * is not ({@link EntityLinker#SOUTH_ASIAN_TITLES}). A run the recogniser took whole with an office before the honorific
 * ("Union Minister of Jal Shakti Shri Rajesh Kumar Verma" tagged "Jal Shakti Shri Rajesh Kumar Verma") starts its name
 * after it. Only before a given name and a surname. The plain "Mrs", "Dr" are left as they were ("Mrs Justice May" is
 * a judge's style, "Ms Santos Costa" two surnames). Stateless.
 */
final class NameHonorifics {
    private NameHonorifics() {
    }

    /** Honorifics that only ever stand before a name (never a given name or surname of their own). */
    private static final String PURE = "Alhaji|Alhaja|Shri|Shrimati|Smt|Honourable";
    private static final String NAME_AHEAD = "\\.?\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})";
    private static final Pattern START = Pattern.compile("^(?:" + PURE + ")" + NAME_AHEAD);
    private static final Pattern INNER = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:" + PURE + ")" + NAME_AHEAD);
    /** The honorifics above as the linker's lower-case name words. */
    private static final Set<String> WORDS = Set.of("alhaji", "alhaja", "shri", "shrimati", "smt", "honourable");

    /** The name without a leading honorific, nor what a run holds before an inner one; {@code name} when it has none. */
    static String strip(String name) {
        return START.matcher(INNER.matcher(name).replaceFirst("")).replaceFirst("");
    }

    /**
     * A person's lower-case name words without these honorifics and what comes before the last of them: ["shri",
     * "verma"] is ["verma"], ["jal", "shakti", "shri", "rajesh", "kumar", "verma"] is ["rajesh", "kumar", "verma"].
     * {@code words} itself when none is there, or when nothing would be left.
     */
    static List<String> words(List<String> words) {
        int cut = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (WORDS.contains(words.get(i))) cut = i;
        }
        return cut < 0 ? words : new ArrayList<>(words.subList(cut + 1, words.size()));
    }
}
