package org.parallax.nlp;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Common nouns for a person or a group by kind ("Police", "Woman", "Suspect", "CEO") that a recogniser or an annotator
 * took for a name, often as the first word of a sentence or a headline. Inside one article such a word may stand for
 * one person or body, but in another article it is someone else: the police of another town, another woman. So a
 * cluster named only by such words joins no entity of another article. Words that are also common surnames ("Driver",
 * "Baker", "Singer") are not listed: a bare surname may still join the library's one person of that name.
 */
final class GenericNames {
    private static final Set<String> WORDS = Set.of(
            "man", "men", "woman", "women", "people", "person", "persons", "boy", "boys", "girl", "girls", "child",
            "children", "baby", "teenager", "teen", "suspect", "suspects", "killer", "killers", "victim", "victims",
            "gunman", "gunmen", "attacker", "attackers", "robber", "robbers", "thief", "thieves", "police", "policeman",
            "policemen", "policewoman", "officer", "officers", "official", "officials", "authorities", "spokesman",
            "spokeswoman", "spokesperson", "ceo", "star", "stars", "fans", "crowd", "residents", "witness", "witnesses",
            "soldiers", "troops", "rebels", "militants", "protesters", "protestors", "students", "workers", "passengers",
            "rescuers", "firefighters", "investigators", "prosecutors", "detectives", "lawmakers", "mourners");

    private GenericNames() {
    }

    /** Whether every form is one such word (any case, a possessive aside), so the cluster links across no article. */
    static boolean onlyGeneric(Collection<String> forms) {
        if (forms.isEmpty()) return false;
        for (String f : forms) {
            String w = EntityLinker.clean(f).toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "");
            if (!WORDS.contains(w)) return false;
        }
        return true;
    }
}
