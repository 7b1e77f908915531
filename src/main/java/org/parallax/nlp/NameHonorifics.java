package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorifics that news of West Africa, South Asia, southern Africa, Ethiopia, Indonesia, Thailand and Burma writes
 * before a name; none is part of it, as "Sardar" is not ({@link EntityLinker#SOUTH_ASIAN_TITLES}).
 * <ul>
 * <li>Before a full name: "Alhaji Musa Danjuma" is Musa Danjuma, "Shri Rajesh Kumar Verma" Rajesh Kumar Verma, "Smt
 * Lakshmi Borah" Lakshmi Borah, "Honourable Lesego Dintwe" Lesego Dintwe. A run the recogniser took whole with an office
 * before the honorific ("Union Minister of Jal Shakti Shri Rajesh Kumar Verma" tagged "Jal Shakti Shri Rajesh Kumar
 * Verma") starts its name after it.</li>
 * <li>Courtesy titles of other usages, also before a given name alone (issue 15, entities18): "Ato Dawit" (Amharic,
 * "Mr") is Dawit, "Pak Joko" and "Ibu Wulandari" (Indonesian) are Joko and Wulandari, "Daw Khin Mar Aye" (Burmese, for
 * a woman) is Khin Mar Aye, "Khun Somchai" is Somchai. Left in, the honorific was a name word, so "Ato Dawit" was a
 * person apart from Dawit Haile. "Pak" is a Korean surname too ("Pak Se-ri"): an honorific only before one unhyphenated
 * word. The Burmese "U" is one letter, which a name's words never count, so only the shown form drops it.</li>
 * </ul>
 * The plain "Mrs", "Dr" are left as they were ("Mrs Justice May" is a judge's style, "Ms Santos Costa" two surnames).
 * Two rounds of stop 47 wrote these as two classes (events18 and entities18); they are one reading. Stateless.
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
    /** Courtesy titles that are no one's name word, lower case, dropped before a given name alone too. */
    private static final Set<String> COURTESY = Set.of("alhaji", "alhaja", "ato", "woizero", "weizero", "woizerit", "ibu", "bapak",
            "daw", "khun");
    /** An honorific only before one unhyphenated word. */
    private static final Set<String> SHORT_ONLY = Set.of("pak");
    /** A courtesy title, or the Burmese "U", before a given name and another name word, as a name is shown. */
    private static final Pattern COURTESY_START = Pattern.compile(
            "^(?:Alhaji|Alhaja|Ato|Woizero|Weizero|Woizerit|Ibu|Bapak|Pak|Daw|Khun|U)\\.?\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");

    /**
     * The name as shown: without a leading honorific, nor what a run holds before an inner one, nor a courtesy title
     * before a given name and another name word; {@code name} when it has none.
     */
    static String strip(String name) {
        return COURTESY_START.matcher(START.matcher(INNER.matcher(name).replaceFirst("")).replaceFirst("")).replaceFirst("");
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

    /**
     * {@link #words(List)}, then a courtesy title dropped from the start when a name word follows ("ato dawit" is
     * ["dawit"]); {@code lower} is the whole form, lower case, for the words as written ("pak se-ri" keeps "pak").
     */
    static List<String> words(List<String> words, String lower) {
        List<String> out = words(words);
        if (out.size() < 2) return out;
        if (out == words) out = new ArrayList<>(words);
        String first = out.get(0);
        if (COURTESY.contains(first)) {
            out.remove(0);
            return out;
        }
        String[] written = lower.strip().split("\\s+");
        if (SHORT_ONLY.contains(first) && out.size() == 2 && written.length == 2 && !written[1].contains("-")) out.remove(0);
        return out;
    }
}
