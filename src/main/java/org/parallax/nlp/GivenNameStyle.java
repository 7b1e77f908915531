package org.parallax.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A lone name in an article that calls people by their given names (issue 15, entities16: Ethiopian names, "Tesfaye
 * Alemu ... beat Alemu Bekele ... Alemu led until the last two kilometres"). The lone word is the last word of one
 * full name and the first word of another; when the article also calls the first person by his first word alone
 * ("Tesfaye, 24"), its lone words are given names, so this one is the other person's. Left to the surname rule, every
 * "Alemu" joined Tesfaye Alemu.
 */
final class GivenNameStyle {
    private GivenNameStyle() {
    }

    /**
     * The group a lone person mention {@code i} joins among {@code targets} (the groups it fits), or null: with one
     * target, {@link #otherByGivenName}; with two, the one whose full name begins with the word when the other's ends
     * with it and that other's first word is written alone (issue 15, entities18: "Dawit, 55," beside "Yonas Dawit",
     * "Yonas" and his father "Dawit Haile" is the father; the surname rule had made it the son).
     */
    static Integer amongTargets(List<Mention> mentions, List<Integer> persons, int[] parent, int i, Set<Integer> targets) {
        if (targets.size() == 1) return otherByGivenName(mentions, persons, parent, i, targets.iterator().next());
        if (targets.size() != 2) return null;
        for (int t : targets) {
            Integer other = otherByGivenName(mentions, persons, parent, i, t);
            if (other != null && targets.contains(EntityLinker.find(parent, other))) return EntityLinker.find(parent, other);
        }
        return null;
    }

    /**
     * The group a lone person mention {@code i} joins instead of {@code target} (the group whose full name ends in the
     * word), or null: a full name of another group begins with the word, and the target's full name's first word is
     * written alone somewhere in the article.
     */
    static Integer otherByGivenName(List<Mention> mentions, List<Integer> persons, int[] parent, int i, int target) {
        List<String> t = EntityLinker.tokens(mentions.get(i).text());
        if (t.size() != 1) return null;
        String word = t.get(0);
        Set<String> targetFirsts = new LinkedHashSet<>();
        Set<String> lone = new LinkedHashSet<>();
        Set<Integer> others = new LinkedHashSet<>();
        for (int j : persons) {
            Mention m = mentions.get(j);
            if (m.type() != EntityType.PERSON) continue;
            List<String> o = EntityLinker.tokens(m.text());
            int root = EntityLinker.find(parent, j);
            if (o.size() == 1) lone.add(o.get(0));
            if (o.size() < 2) continue;
            if (root == EntityLinker.find(parent, target) && o.get(o.size() - 1).equals(word)) targetFirsts.add(o.get(0));
            else if (root != EntityLinker.find(parent, target) && o.get(0).equals(word)) others.add(root);
        }
        if (others.size() != 1 || targetFirsts.isEmpty() || targetFirsts.stream().noneMatch(lone::contains)) return null;
        return others.iterator().next();
    }
}
