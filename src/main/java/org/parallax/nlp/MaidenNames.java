package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A person the article names by her present and her former (maiden) name: "Harriet Lindqvist ... won it as Harriet
 * Moss", "Back then she was Laura Whitcombe", "Rebecca Stone, who was elected as Rebecca Hale before her marriage". The
 * two full names share the given name, the former one stands right after "as", "née", "formerly", "born" or "she was",
 * and the article speaks of a marriage. Left apart, the former name (and its bare surname, "As Moss she") was a second
 * person and the bare given name ("Harriet") a third (issue 15: entities2, entities6, entities9).
 */
final class MaidenNames {
    private MaidenNames() {
    }

    /** A word of marriage anywhere in the article. */
    private static final Pattern MARRIAGE = Pattern.compile("(?i)\\b(?:married|marriage|marrying|maiden name|née|nee|wedding"
            + "|took (?:his|her) (?:sur)?name)\\b");
    /** Right before the former name: "as", "née", "formerly", "born", "she was", "he was". */
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:as|née|nee|formerly|born|(?:she|he) was)\\s+$");

    /** Joins each former full name to the one present full name of its given name, and a bare given name to both. */
    static void joinFormerNames(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        if (!MARRIAGE.matcher(text).find()) return;
        for (int b : linkable) {
            Mention former = mentions.get(b);
            List<String> ft = EntityLinker.tokens(former.text());
            if (former.type() != EntityType.PERSON || ft.size() != 2 || former.start() > text.length()) continue;
            String before = text.substring(Math.max(0, former.start() - 12), former.start());
            if (!FORMER_BEFORE.matcher(before).find()) continue;
            // the one other full name of that given name (another surname), and the bare given name
            Integer present = null;
            boolean ambiguous = false;
            List<Integer> bare = new ArrayList<>();
            for (int a : linkable) {
                Mention m = mentions.get(a);
                List<String> t = EntityLinker.tokens(m.text());
                if (m.type() != EntityType.PERSON || t.isEmpty() || !t.get(0).equals(ft.get(0))) continue;
                if (t.size() == 1) {
                    bare.add(a);
                } else if (!t.get(t.size() - 1).equals(ft.get(1))) {
                    if (present != null && EntityLinker.find(parent, present) != EntityLinker.find(parent, a)) ambiguous = true;
                    present = a;
                }
            }
            if (present == null || ambiguous) continue;
            EntityLinker.union(parent, present, b);
            for (int g : bare) EntityLinker.union(parent, present, g);
        }
    }
}
