package org.parallax.nlp;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A person the article itself says is another than a namesake: "Barker, 61, is no relation of the Leeds striker of the
 * same name", "Tom Barker (no relation)", "not to be confused with". Such a cluster starts an entity of its own and
 * joins no known person of another article. Stateless.
 */
final class Namesakes {
    private Namesakes() {
    }

    /** Right after a person mention: the article's word that it is another person than a namesake. */
    private static final Pattern AFTER = Pattern.compile("^(?:,\\s+\\d{1,3},)?\\s*(?:\\(no relation\\)|,?\\s+(?:who\\s+)?(?:is|was)\\s+"
            + "(?:no relation|not related)\\s+(?:of|to)\\s|,\\s+(?:not|no)\\s+relation\\s|,?\\s+not\\s+to\\s+be\\s+confused\\s+with\\s)");

    /** Whether the article says, right after one of these person mentions, that the person is another than a namesake. */
    static boolean declared(String text, List<Mention> mentions, Collection<Integer> members) {
        for (int i : members) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) continue;
            if (AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()) return true;
        }
        return false;
    }
}
