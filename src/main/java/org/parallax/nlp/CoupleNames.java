package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Two people of one surname written with one surname: "Tom and Sarah Whitlock", "Ahmed and Leila Haddad". The recogniser
 * tags the lone given name "Tom" and the full name "Sarah Whitlock"; left so, "Tom" was a person of no surname and the
 * article's "Mr Whitlock" joined his wife. The lone given name takes the surname of the full name right after "and".
 * Stateless.
 */
final class CoupleNames {
    /** Between the two names: " and ", " & ". */
    private static final Pattern JOINT = Pattern.compile("^\\s+(?:and|&)\\s+$");
    /** The most characters {@link #JOINT} spans with room for doubled spaces: farther mentions are not cut out and tried. */
    private static final int MAX_JOINT = 16;

    private CoupleNames() {
    }

    /**
     * The mention named with the surname it shares, when it is one capitalised word typed a person, no title stands right
     * before it, "and" (or "&") joins it to a person mention of exactly two words right after, and no other person of the
     * article ends with that word (it is no surname: "Smith and John Jones" stays); else null.
     */
    static Mention withSharedSurname(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) return null;
        String word = m.text().strip();
        if (!word.matches("\\p{Lu}\\p{Ll}+") || PersonCues.titleGender(text, m) != '-') return null;
        Mention next = null;
        for (Mention o : mentions) {
            if (o == m || o.type() != EntityType.PERSON || o.start() < m.end() || o.start() - m.end() > MAX_JOINT || o.end() > text.length()) continue;
            if (JOINT.matcher(text.substring(m.end(), o.start())).matches() && (next == null || o.start() < next.start())) next = o;
        }
        if (next == null) return null;
        List<String> full = EntityLinker.tokens(next.text());
        if (full.size() != 2 || !EntityLinker.clean(next.text()).equals(next.text().strip())) return null;
        for (Mention o : mentions) {
            if (o.type() != EntityType.PERSON) continue;
            List<String> t = EntityLinker.tokens(o.text());
            if (t.size() > 1 && t.get(t.size() - 1).equals(word.toLowerCase(Locale.ROOT))) return null;
        }
        return EntityNames.copy(m, word + " " + next.text().strip().split("\\s+")[1], EntityType.PERSON);
    }

    /**
     * Whether two of the candidate mentions are a couple written with one surname ("Tom" right before "and Sarah Whitlock")
     * and no person mention of either one's group is marked a man or a woman ({@link PersonCues#mentionGender}).
     */
    static boolean unmarkedCouple(String text, List<Mention> mentions, List<Integer> persons, int[] parent, List<Integer> candidates) {
        if (!isCouple(text, mentions, candidates)) return false;
        for (int j : persons) {
            int root = EntityLinker.find(parent, j);
            boolean candidate = candidates.stream().anyMatch(c -> EntityLinker.find(parent, c) == root);
            if (candidate && PersonCues.mentionGender(text, mentions, mentions.get(j)) != '-') return false;
        }
        return true;
    }

    private static boolean isCouple(String text, List<Mention> mentions, List<Integer> candidates) {
        for (int i : candidates) {
            for (int j : candidates) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (a.end() <= b.start() && b.start() - a.end() <= MAX_JOINT
                        && b.start() <= text.length() && JOINT.matcher(text.substring(a.end(), b.start())).matches()) return true;
            }
        }
        return false;
    }
}
