package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * An organisation the article names by its present and its former name side by side: "Meta, formerly known as
 * Facebook", "Facebook, now Meta", "Norvane Energy, formerly Baltic Grid Holdings", "Aviva (previously called Norwich
 * Union)", "X is to be renamed the Y". The two names are one body in that article, whatever type the recogniser gave
 * the former one. Left apart, the old name was an organisation of its own (issue 15: entities5 "Facebook, now Meta", entities8 "formerly known as").
 */
final class Renames {
    private Renames() {
    }

    /** Between the two names: a comma or bracket, then a word of renaming, and nothing else. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)^\\s*[,(]\\s*(?:(?:formerly|previously|once|until \\d{4})"
            + "(?:\\s+(?:known as|called|named))?|now(?:\\s+(?:known as|called|named))?|renamed(?:\\s+from)?)\\s+$");

    /**
     * Between the two names, a sentence that renames the first: "[X] is to be renamed the [Y]", "[X] was renamed [Y]",
     * "[X] will be known as [Y]". The recogniser may have cut the first name at "and" ("[Department for Energy Security]
     * and Net Zero is to be renamed"): the rest of it, in capitalised words, may stand before the verb.
     */
    private static final Pattern RENAMED_TO = Pattern.compile("^(?:\\s+and(?:\\s+\\p{Lu}\\p{Ll}+){1,2})?\\s+(?:is|are|was|were|has been"
            + "|have been|will be|is to be|are to be|is being)\\s+(?:renamed|rebranded|known as)(?:\\s+as)?(?:\\s+the)?\\s+$");

    /** Step 4d of linking: each present name and the former name right after it (or the reverse, with "now"); a one-word
     * name typed a person may be either ("Facebook" typed a person), but one of the two is typed an organisation. A
     * person's former name ("won it as Harriet Moss") is joined first, by {@link MaidenNames}. */
    static void joinRenamed(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        MaidenNames.joinFormerNames(text, mentions, linkable, parent);
        for (int a : linkable) {
            Mention first = mentions.get(a);
            if (isPersonName(first) || first.end() > text.length()) continue;
            for (int b : linkable) {
                Mention second = mentions.get(b);
                if (second.start() <= first.end() || second.start() - first.end() > 40 || isPersonName(second)) continue;
                if (first.type() != EntityType.ORGANIZATION && second.type() != EntityType.ORGANIZATION) continue;
                String between = text.substring(first.end(), second.start());
                if (BETWEEN.matcher(between).find() || RENAMED_TO.matcher(between).find()) EntityLinker.union(parent, a, b);
            }
        }
    }

    /** A person's name of two or more words: no company's name, whatever words stand between. */
    private static boolean isPersonName(Mention m) {
        return m.type() == EntityType.PERSON && EntityLinker.tokens(m.text()).size() > 1;
    }
}
