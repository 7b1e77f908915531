package org.parallax.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Prizes and awards named after a person or a place: "the Corrigan Prize" (after the publisher Helen Corrigan), "the
 * Rotterdam Water Prize" (presented in Rotterdam). The recogniser types such a name a person, or keeps only its first
 * word, the place. A name ending in an award word is the award (MISC), and a first word the recogniser cut from one is
 * the whole award. Left alone, the prize was the person's or the city's entity (issue 15: entities8, entities9). So is a
 * name before "'s Law", "'s Syndrome" and the like: "Hartley's Law" had joined Sam Hartley (entities17).
 */
final class Awards {
    private Awards() {
    }

    /** A name's last word that makes it an award. */
    private static final Pattern AWARD_END = Pattern.compile("\\s(?:Prize|Prizes|Award|Awards|Medal|Trophy)$");
    /** Right after a cut name: up to two capitalised words and an award word, "[Rotterdam] Water Prize". */
    private static final Pattern AWARD_AFTER = Pattern.compile("^(?:\\s+\\p{Lu}\\p{Ll}+){0,2}\\s+(?:Prize|Award|Medal|Trophy)(?![\\p{L}])");

    /**
     * Right after a name, a possessive and a noun of a thing named after a person: "[Hartley]'s Law", "[Moore]'s Law",
     * "[Parkinson]'s Disease", "[Clarke]'s Prize". Capitalised only: "Hartley's family" is the man's.
     */
    private static final Pattern EPONYM_AFTER = Pattern.compile("^['’]s\\s+(?:Law|Syndrome|Disease|Prize|Award|Medal|Trophy)(?![\\p{L}])");

    /** Whether a name of two or more words ends in an award word: "Corrigan Prize", "Booker Prize". */
    static boolean isAward(String name) {
        return AWARD_END.matcher(EntityLinker.bare(name)).find();
    }

    /** The whole award a mention is the first words of, as one mention (MISC), or null. */
    static Mention wholeAward(String text, Mention m) {
        if (m.type() == EntityType.DATE || m.end() > text.length() || m.start() < 0 || m.text().matches(".*[’']s$")) return null;
        String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        Matcher eponym = EPONYM_AFTER.matcher(rest);
        if (eponym.find()) return EntityNames.copy(m, EntityLinker.clean(m.text()) + eponym.group().replaceAll("\\s+", " "), EntityType.MISC);
        Matcher after = AWARD_AFTER.matcher(rest);
        if (!after.find()) return null;
        return EntityNames.copy(m, EntityLinker.clean(m.text()) + after.group().replaceAll("\\s+", " "), EntityType.MISC);
    }
}
