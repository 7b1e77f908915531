package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A company named after its founder, written by the founder's surname alone where the text speaks of the company:
 * "Ravel founder steps back" beside "Ines Ravel, who founded Ravel Audio", "analysts value Ravel at €2 billion",
 * "shares in Dalton". The recogniser types that lone surname a person and it joined the founder; "Ravel said she"
 * stays the founder. Only the one mention with the cue moves, to the one organisation of the article whose name begins
 * with that word. Stateless.
 */
final class FounderNames {
    /** Right after a lone name, a word said of a company: "Ravel founder", "Ravel shares", "Ravel's chief executive". */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:[’']s)?\\s+(?:co-?founders?|founders?|chief\\s+executive"
            + "|shares|shareholders|share\\s+price|employees|workforce|chairman|chairwoman|board)(?![\\p{L}])");
    /** Right before a lone name, a verb of what a company is worth or owned in: "value Ravel at", "a stake in Ravel". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:value|values|valued|valuing|shares\\s+in"
            + "|stakes?\\s+in|takeover\\s+of|bid\\s+for|buy|bought|acquire|acquired)\\s+$");

    private FounderNames() {
    }

    /**
     * The mention as the company when it is a lone word typed a person, the first word of exactly one organisation's
     * name of two or more words in the article, and a company cue stands right before or after it; else null.
     */
    static Mention company(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) return null;
        String word = EntityLinker.bare(m.text());
        if (word.isEmpty() || word.contains(" ") || !Character.isUpperCase(word.charAt(0))) return null;
        String company = null;
        for (Mention o : mentions) {
            if (o.type() != EntityType.ORGANIZATION) continue;
            String name = EntityLinker.bare(o.text());
            if (!name.startsWith(word + " ")) continue;
            if (company != null && !company.equals(name)) return null;
            company = name;
        }
        if (company == null) return null;
        int end = m.start() + word.length();
        boolean cued = COMPANY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()
                || COMPANY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
        return cued ? EntityNames.copy(m, company, EntityType.ORGANIZATION) : null;
    }
}
