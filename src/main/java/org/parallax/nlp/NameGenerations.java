package org.parallax.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A father named like his son, written without "Sr." (issue 15, entities16): "Marcus Hale Jr. ... is the son of Marcus
 * Hale ... Marcus Hale, 71, did not speak". Where an article writes one person's full name with "Jr." (or "Jnr",
 * "Junior") and names his father, the same full name written without it is the elder of the two: news style keeps the
 * suffix on the son.
 * Left alone, the father's last full mention joined the son.
 */
final class NameGenerations {
    private NameGenerations() {
    }

    /**
     * The keys of the article's full person names written with a younger generation's suffix ("Marcus Hale Jr.") whose
     * father the article also names as such ("the son of Marcus Hale", "whose father Marcus Hale"). Without a father
     * in the text, "Jr." is one more way to write the name ("Martin Luther King Jr." / "Martin Luther King").
     */
    static Set<String> juniorKeys(String text, List<Mention> mentions, List<Integer> linkable) {
        Set<String> juniors = new HashSet<>();
        Set<String> elders = new HashSet<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || EntityLinker.tokens(m.text()).size() < 2) continue;
            if (PersonCues.suffixGeneration(m) == 1) juniors.add(EntityLinker.key(EntityType.PERSON, m.text()));
            else if (PersonCues.generation(text, m) == -1) elders.add(EntityLinker.key(EntityType.PERSON, m.text()));
        }
        juniors.retainAll(elders);
        return juniors;
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
