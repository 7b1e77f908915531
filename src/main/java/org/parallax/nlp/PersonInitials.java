package org.parallax.nlp;

import java.util.List;
import java.util.Locale;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A person called by the initials of every word of a name the article writes in full: "KBF" for Khalid bin Faisal, "AOC"
 * for Alexandria Ocasio-Cortez, "AMLO" for Andrés Manuel López Obrador. The recogniser typed such initials an
 * organisation; left so, they were an organisation of their own. Three letters or more, one person of the article with
 * those initials, and no organisation or place of the article whose words give them too. Stateless.
 */
final class PersonInitials {
    private PersonInitials() {
    }

    /** The index of the person whose full name gives the initials of a place or organisation mention, or -1. */
    static int personOf(List<Mention> mentions, Mention m) {
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON) return -1;
        String form = EntityLinker.bare(m.text());
        if (!form.matches("\\p{Lu}{3,5}")) return -1;
        int found = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() == EntityType.DATE || o == m || !form.equals(initials(o.text()))) continue;
            if (o.type() != EntityType.PERSON) return -1;
            if (found >= 0 && !EntityLinker.clean(mentions.get(found).text()).equals(EntityLinker.clean(o.text()))) return -1;
            if (found < 0) found = i;
        }
        return found;
    }

    /** The first letters, upper case, of every word of a name of three words or more, hyphen halves apart; else null. */
    static String initials(String name) {
        String[] words = EntityLinker.bare(name).split("[ \\-]+");
        if (words.length < 3) return null;
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return null;
            out.append(w.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Joins each person's initials to the person (the initials typed a person by {@link #personOf} or the recogniser). */
    static void join(List<Mention> mentions, List<Integer> linkable, int[] parent) {
        for (int i : linkable) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) continue;
            int p = personOf(mentions, m);
            if (p >= 0 && linkable.contains(p)) EntityLinker.union(parent, i, p);
        }
    }
}
