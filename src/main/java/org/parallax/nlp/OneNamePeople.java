package org.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A person known by one name, written with and without a title (issue 15, entities18: "Wulandari, an engineer who like
 * many Indonesians uses a single name ... Ms Wulandari, 49, ... Ibu Wulandari"). A title's gender keys a bare name apart
 * so that "Mr Blair" and "Mrs Blair" stay two people, and a full name then takes each form in; with no full name to take
 * them, "Ms Wulandari" stayed a person apart from "Wulandari". When the article has no longer name with the word and
 * titles it with one gender only (no "Mr" beside a "Mrs", no "the elder"), its lone forms are one person.
 */
final class OneNamePeople {
    private OneNamePeople() {
    }

    static void join(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        Set<String> inLonger = new HashSet<>();
        Map<String, List<Integer>> byWord = new LinkedHashMap<>();
        Map<String, Set<Character>> genders = new HashMap<>();
        Set<String> generations = new HashSet<>();
        for (int i : linkable) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) continue;
            List<String> t = EntityLinker.tokens(m.text());
            if (t.size() > 1) inLonger.addAll(t);
            if (t.size() != 1) continue;
            String w = t.get(0);
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            char g = PersonCues.titleGender(text, m);
            if (g != '-') genders.computeIfAbsent(w, k -> new HashSet<>()).add(g);
            if (!PersonCues.generationWord(text, m).isEmpty()) generations.add(w);
        }
        byWord.forEach((w, group) -> {
            if (group.size() < 2 || inLonger.contains(w) || generations.contains(w) || genders.getOrDefault(w, Set.of()).size() > 1) return;
            for (int i : group) EntityLinker.union(parent, group.get(0), i);
        });
    }
}
