package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A ministry or office whose long name lists its fields with commas ("the Department for Coasts, Fisheries and Marine
 * Affairs", "the Department for Environment, Food and Rural Affairs") and its short name made of the first letters or
 * syllables of those words ("Cofma", "Defra", "Ofsted"). The recogniser cuts the long name at its comma ("Marine
 * Affairs"), and the short name, not in capitals, was no acronym, so the body was shown by it. Stateless.
 */
final class OfficeNames {
    /** Right before a cut name: "Department for Coasts, Fisheries and ", "Ministry of Health, Labour and ". */
    private static final Pattern HEAD_BEFORE = Pattern.compile("(?:Department|Ministry|Office|Secretariat)\\s+(?:for|of)\\s+"
            + "\\p{Lu}[\\p{L}’'-]*(?:,\\s+\\p{Lu}[\\p{L}’'-]*)*,?\\s+and\\s+$");

    private OfficeNames() {
    }

    /** The organisation mention with the office's head and listed fields before it, as one mention; else null. */
    static Mention whole(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || m.start() < 0 || m.end() > text.length()) return null;
        Matcher b = HEAD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 80), m.start()));
        if (!b.find()) return null;
        int from = m.start() - (b.end() - b.start());
        return new Mention(m.id(), m.articleId(), from, m.end(), text.substring(from, m.end()), m.type(), m.date(), m.entityId(),
                m.blockType(), m.origin(), m.rejected());
    }

    /**
     * Whether one word spells a longer name by the first letters or syllables of some of its words, in order: "Cofma" of
     * "Department for Coasts, Fisheries and Marine Affairs" (co, f, m, a), "Defra", "Ofsted" of "Office for Standards in
     * Education". Three letters or more, taken from two words or more.
     */
    static boolean clips(String word, String name) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || !name.contains(" ")) return false;
        String[] words = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").split("\\s+");
        return spell(w, words, 0, 0);
    }

    private static boolean spell(String rest, String[] words, int from, int used) {
        if (rest.isEmpty()) return used >= 2;
        for (int j = from; j < words.length; j++) {
            for (int k = Math.min(rest.length(), words[j].length()); k >= 1; k--) {
                if (words[j].startsWith(rest.substring(0, k)) && spell(rest.substring(k), words, j + 1, used + 1)) return true;
            }
        }
        return false;
    }

    /** Whether a one-word organisation form clips another, longer form of the same entity. */
    static boolean clipsAny(String form, List<String> others) {
        return !form.contains(" ") && others.stream().anyMatch(o -> !o.equals(form) && clips(form, o));
    }
}
