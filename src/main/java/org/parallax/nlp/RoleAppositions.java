package org.parallax.nlp;

import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A full name set off by commas right after a person's role: "Dunleavy's chief executive, Nadia Quist, said", "its
 * chairman, Tom Reed, will", "The airport's manager, Ngozi Eze, said". The recogniser typed such a name an organisation
 * or a place now and then; what stands in apposition to a chief executive or a coach is a person. Only names of two or
 * three capitalised words. Stateless.
 */
final class RoleAppositions {
    /** Right before a name: a person's role and a comma. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:chief\\s+executive|chief\\s+financial\\s+officer"
            + "|finance\\s+chief|chairman|chairwoman|president|managing\\s+director|spokesman|spokeswoman|spokesperson|founder"
            + "|coach|captain|deputy|successor|predecessor|widow|widower|wife|husband|son|daughter"
            + "|manager|general\\s+manager|editor|director|leader|secretary|treasurer|mayor|governor|granddaughter|grandson),\\s+$");
    /**
     * Right before a lone given name: a possessive and a kin word, then a comma: "their daughter, Inês." (issue 15,
     * entities16: the recogniser typed the name a place).
     */
    private static final Pattern KIN_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:elder|younger|eldest"
            + "|youngest|only)\\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|grandson|granddaughter|partner),\\s+$");
    /** One capitalised word: a given name. */
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}’'\\-]*");
    /** Right after the name: the comma that closes the apposition. */
    private static final Pattern COMMA_AFTER = Pattern.compile("^,\\s");
    /** Two or three capitalised words: "Nadia Quist", "Mary Anne Cole". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]+(?: \\p{Lu}[\\p{L}’'\\-]+){1,2}");

    private RoleAppositions() {
    }

    /** Whether a place or organisation mention is a full name in apposition to a person's role. */
    static boolean isPerson(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.LOCATION || m.start() < 0 || m.end() > text.length()) return false;
        String form = EntityLinker.clean(m.text());
        if (ONE_NAME.matcher(form).matches() && KIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 32), m.start())).find()
                && text.substring(m.end(), Math.min(text.length(), m.end() + 1)).matches("[,.;]")) return true;
        return FULL_NAME.matcher(form).matches()
                && ROLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 32), m.start())).find()
                && COMMA_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).find();
    }
}
