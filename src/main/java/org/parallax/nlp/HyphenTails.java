package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A person's name the recogniser cut at the hyphen of its last word, before a lower-case syllable: "Lee Min" of "Lee
 * Min-jun" in a headline (Korean given names are written "Min-jun", "Ha-eun"). Where the article writes the whole name
 * as a mention elsewhere, the piece is that name. Left cut, the piece was a name of its own, and the article's lone
 * family name ("Mr Lee") then fitted two names and joined neither. Stateless.
 */
final class HyphenTails {
    /** Right after a name: a hyphen and a lower-case syllable, "-jun", "-eun". */
    private static final Pattern TAIL = Pattern.compile("^-\\p{Ll}+(?![\\p{L}\\-])");

    private HyphenTails() {
    }

    /** The whole name of a person mention cut before its hyphen's syllable, when the article names it whole; else null. */
    static Mention whole(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) return null;
        Matcher t = TAIL.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
        if (!t.find()) return null;
        String whole = EntityLinker.clean(m.text()) + t.group();
        for (Mention o : mentions) {
            if (o != m && o.type() == EntityType.PERSON && EntityLinker.bare(o.text()).equals(whole)) {
                return EntityNames.copy(m, whole, EntityType.PERSON);
            }
        }
        return null;
    }
}
