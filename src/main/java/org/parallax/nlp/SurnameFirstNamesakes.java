package org.parallax.nlp;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A lone surname of two people whose names are written surname first ("Li Wei" and "Li Na" in one article, then "Li",
 * "Mr Li", "Ms Li"). The word is the first word of both full names, so it is no one's last word, and it was left an
 * entity of its own. The article shows the word is a surname when it writes a gendered title before it ("Mr Li").
 * Then news style holds, as for two people of one Western surname: the bare form is the one introduced first, unless
 * a mark of gender ("Ms Li", "Li said ... his") parts it from that person's group. Stateless.
 */
final class SurnameFirstNamesakes {
    private SurnameFirstNamesakes() {
    }

    /**
     * The group the lone word {@code word} (mention {@code i}) joins among {@code groups} (the groups of the full names
     * it begins), or none when the article writes no gendered title before the word alone or every group is of the
     * other gender.
     */
    static Set<Integer> pick(String article, List<Mention> mentions, int[] parent, int i, Set<Integer> groups, String word) {
        Set<Integer> out = new LinkedHashSet<>();
        boolean titledAlone = mentions.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.start() >= 0
                && EntityLinker.tokens(o.text()).equals(List.of(word)) && PersonCues.titleGender(article, o) != '-');
        if (!titledAlone) return out;
        Map<Integer, List<Integer>> members = IntStream.range(0, mentions.size()).boxed()
                .filter(k -> mentions.get(k).type() == EntityType.PERSON && mentions.get(k).start() >= 0)
                .collect(Collectors.groupingBy(k -> EntityLinker.find(parent, k)));
        char g = gender(article, mentions, members.getOrDefault(EntityLinker.find(parent, i), List.of(i)));
        groups.stream().filter(r -> g == '-' || gender(article, mentions, members.getOrDefault(r, List.of())) != (g == 'm' ? 'f' : 'm'))
                .min(Comparator.comparingInt(r -> firstFull(mentions, members.getOrDefault(r, List.of()))))
                .ifPresent(out::add);
        return out;
    }

    /** 'm' or 'f' when a group's marked mentions agree on it, else '-'. */
    private static char gender(String article, List<Mention> mentions, List<Integer> group) {
        char g = '-';
        for (int k : group) {
            char h = PersonCues.mentionGender(article, mentions, mentions.get(k));
            if (h == '-') continue;
            if (g != '-' && g != h) return '-';
            g = h;
        }
        return g;
    }

    /** Where a group's first full name (two or more name words) stands in the text. */
    private static int firstFull(List<Mention> mentions, List<Integer> group) {
        return group.stream().filter(k -> EntityLinker.tokens(mentions.get(k).text()).size() > 1)
                .mapToInt(k -> mentions.get(k).start()).min().orElse(Integer.MAX_VALUE);
    }
}
