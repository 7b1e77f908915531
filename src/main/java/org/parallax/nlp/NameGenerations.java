package org.parallax.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A father named like his son, written without "Sr." (issue 15, entities16): "Marcus Hale Jr. ... is the son of Marcus
 * Hale ... Marcus Hale, 71, did not speak". Where an article writes one person's full name with "Jr." (or "Jnr",
 * "Junior"), the same full name written without it is the elder of the two: news style keeps the suffix on the son.
 * Left alone, the father's last full mention joined the son.
 */
final class NameGenerations {
    private NameGenerations() {
    }

    /** The keys of the article's full person names written with a younger generation's suffix ("Marcus Hale Jr."). */
    static Set<String> juniorKeys(List<Mention> mentions, List<Integer> linkable) {
        Set<String> out = new HashSet<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && PersonCues.suffixGeneration(m) == 1 && EntityLinker.tokens(m.text()).size() > 1) {
                out.add(EntityLinker.key(EntityType.PERSON, m.text()));
            }
        }
        return out;
    }

    /**
     * A person mention's generation as {@link PersonCues#generation} reads it, and -1 (the elder) for a full name with
     * no suffix and no other mark whose key a "Jr." full name of the article shares.
     */
    static int generation(String text, Mention m, Set<String> juniorKeys) {
        int g = PersonCues.generation(text, m);
        if (g != 0 || juniorKeys.isEmpty() || m.type() != EntityType.PERSON || EntityLinker.tokens(m.text()).size() < 2) return g;
        return juniorKeys.contains(EntityLinker.key(EntityType.PERSON, m.text())) ? -1 : 0;
    }
}
