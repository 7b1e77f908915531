package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Things named after people that the recogniser tags as the people: a court case ("Pryce v Dunmore", "Smith v. Jones")
 * and a storm ("Storm Colin", "Hurricane Ida") whose name stands alone later ("if Colin had passed"). Left so, the
 * case's two names joined the two parties and the storm's name joined the ship's captain Colin Buckley. Stateless.
 */
final class CaseNames {
    /** Between the two parties of a case: " v ", " v. ", " vs ", " vs. ", " versus ". */
    private static final Pattern VERSUS = Pattern.compile("^\\s+(?:v|vs|versus)\\.?\\s+$");
    /** The most characters {@link #VERSUS} spans, with room for doubled spaces. */
    private static final int MAX_VERSUS_GAP = 16;
    /** The words before a storm's name, in the order they are tried. */
    private static final List<String> STORM_WORDS = List.of("Storm", "Hurricane", "Typhoon", "Cyclone");

    private CaseNames() {
    }

    /**
     * The mention as its case ("Pryce v Dunmore", of type MISC) when it is one party of two names joined by "v": each
     * party is a name the recogniser tagged; else the mention as its storm ("Storm Colin") when it is one capitalised
     * word typed a person, with no title before it, that the article also writes after "Storm", "Hurricane", "Typhoon" or
     * "Cyclone"; else null.
     */
    static Mention caseOrStorm(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.DATE || m.type() == EntityType.MISC || m.start() < 0 || m.end() > text.length()) return null;
        for (Mention o : mentions) {
            if (o == m || o.type() == EntityType.DATE || o.end() > text.length()) continue;
            Mention first = o.start() >= m.end() ? m : o.end() <= m.start() ? o : null;
            Mention second = first == m ? o : m;
            // "v" or "versus" between them: a gap of a few characters (a long article has thousands of pairs far apart)
            if (first == null || second.start() - first.end() > MAX_VERSUS_GAP
                    || !VERSUS.matcher(text.substring(first.end(), second.start())).matches()) continue;
            return EntityNames.copy(m, first.text().strip() + " v " + second.text().strip(), EntityType.MISC);
        }
        String word = m.text().strip();
        if (m.type() != EntityType.PERSON || !word.matches("\\p{Lu}\\p{Ll}+") || PersonCues.titleGender(text, m) != '-') return null;
        for (String kind : STORM_WORDS) {
            String named = kind + " " + word;
            for (int at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
                int end = at + named.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return EntityNames.copy(m, named, EntityType.MISC);
                }
            }
        }
        return null;
    }
}
