package org.parallax.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorifics of West African, Ethiopian, Indonesian, Thai and Burmese usage before a name (issue 15, entities18):
 * "Alhaji Musa Danjuma" is Musa Danjuma, "Ato Dawit" (Amharic, "Mr") is Dawit, "Pak Joko" and "Ibu Wulandari"
 * (Indonesian) are Joko and Wulandari, "Daw Khin Mar Aye" (Burmese, for a woman) is Khin Mar Aye, "Khun Somchai" is
 * Somchai. Only at a name's start and with a name after it: left in, the honorific was a name word, so "Ato Dawit" was
 * a person apart from Dawit Haile and "Alhaji Musa Danjuma" was shown with his title. The Burmese "U" is one letter,
 * which a name's words never count.
 */
final class WorldHonorifics {
    private WorldHonorifics() {
    }

    /** Honorifics that are no one's name word, lower case. */
    private static final Set<String> TITLES = Set.of("alhaji", "alhaja", "ato", "woizero", "weizero", "woizerit", "ibu", "bapak",
            "daw", "khun");
    /** "Pak" is a Korean surname too ("Pak Se-ri", "Pak Pong Ju"): an honorific only before one unhyphenated word. */
    private static final Set<String> SHORT_ONLY = Set.of("pak");
    /** One of them, or the Burmese "U", before a given name and another name word: "Alhaji Musa Danjuma", "U Aung Min". */
    private static final Pattern DISPLAY_START = Pattern.compile(
            "^(?:Alhaji|Alhaja|Ato|Woizero|Weizero|Woizerit|Ibu|Bapak|Pak|Daw|Khun|U)\\.?\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");

    /**
     * Drops an honorific from the start of a person's name words ({@code words}, lower case, as EntityLinker.tokens
     * makes them) when a name word follows; {@code lower} is the whole form, lower case, for the words as written.
     */
    static void drop(List<String> words, String lower) {
        if (words.size() < 2) return;
        String first = words.get(0);
        if (TITLES.contains(first)) {
            words.remove(0);
            return;
        }
        String[] written = lower.strip().split("\\s+");
        if (SHORT_ONLY.contains(first) && words.size() == 2 && written.length == 2 && !written[1].contains("-")) words.remove(0);
    }

    /** A form without an honorific before a given name and another name word, as a name is shown. */
    static String untitled(String form) {
        return DISPLAY_START.matcher(form).replaceFirst("");
    }
}
