package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.text.ClosedClass;

/**
 * A person's surname the tagger left untagged after the article named the person in full: "Norway's foreign minister,
 * Sigrid Nes, visits Reykjavik" tagged, then "Nes and Leblanc meet in Tromso" and "Mori meets the president of the
 * Nevada Senate" not. The statistical tagger reads each sentence on its own and often misses a short or rare surname
 * standing alone; a writer who has named "Sigrid Nes" means her by "Nes" later in the article. For the events only
 * (the stored mentions are left as they are): each such occurrence becomes a mention of that person, where:
 * <ul>
 * <li>the person was named before it with two words or more, and no other person of the article shares the last word;</li>
 * <li>the word is capitalised, three letters or more, not a month or day, not a closed-class word, and no mention of a
 * place or body is written the same;</li>
 * <li>no mention covers it and no capitalised word sits right beside it (a longer name the tagger missed), except a
 * sentence's opening function word or a title ("Mr", "Ms");</li>
 * <li>it does not follow "the" nor come before a thing named after the person ("the Mori plant", "Nes Hall").</li>
 * </ul>
 * Stateless.
 */
final class MissedSurnames {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]{2,}");
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "To", "From", "On", "For", "With", "By", "And",
            "But", "Of", "As", "After", "Before", "When", "While", "If", "Since", "Until", "Then", "So", "Yet", "Or", "Both",
            "Only", "Even", "Meanwhile", "Also", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Next", "Later");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** A thing named after a person, right after the name: " airport", " plant", " prize". */
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s(?:airport|station|bridge|stadium|arena|street|road|avenue"
            + "|square|hospital|school|college|university|park|centre|center|hall|building|tower|plant|prize|award|trophy|cup"
            + "|foundation|institute|museum|library|lecture|memorial|statue|family|government|administration|era|doctrine)\\b");

    private MissedSurnames() {
    }

    /** The mentions, with every untagged lone surname of a person named in full before added as that person, in text order. */
    static List<Mention> added(String text, List<Mention> mentions, Map<Long, String> entityNames) {
        Map<String, Long> bySurname = new HashMap<>();
        Map<String, Integer> firstFull = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> otherNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entityId() == null) continue;
            if (m.type() != EntityType.PERSON) {
                otherNames.add(m.text());
                continue;
            }
            String name = entityNames.getOrDefault(m.entityId(), m.text()).strip();
            String[] words = name.split("\\s+");
            if (words.length < 2) continue;
            String last = words[words.length - 1];
            Long seen = bySurname.putIfAbsent(last, m.entityId());
            if (seen != null && !seen.equals(m.entityId())) shared.add(last);
            if (m.text().strip().contains(" ") && m.text().strip().endsWith(last)) firstFull.merge(last, m.start(), Math::min);
        }
        if (bySurname.isEmpty()) return mentions;
        boolean[] covered = new boolean[text.length() + 1];
        for (Mention m : mentions) {
            for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) covered[i] = true;
        }
        List<Mention> out = null;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            Long id = bySurname.get(word);
            if (id == null || shared.contains(word) || otherNames.contains(word) || CALENDAR.contains(word)
                    || ClosedClass.isClosedClass(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Integer full = firstFull.get(word);
            if (full == null || w.start() <= full || !free(text, w.start(), w.end(), covered)) continue;
            Mention like = mentions.stream().filter(m -> id.equals(m.entityId())).findFirst().orElseThrow();
            if (out == null) out = new ArrayList<>(mentions);
            out.add(new Mention(0, like.articleId(), w.start(), w.end(), word, EntityType.PERSON, null, id, like.blockType(),
                    like.origin(), false));
        }
        if (out == null) return mentions;
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** A whole word nothing covers, with no capitalised word beside it but an opener or a title, not "the X" nor "X airport". */
    private static boolean free(String text, int at, int end, boolean[] covered) {
        for (int i = at; i < end; i++) {
            if (covered[i]) return false;
        }
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) return false;
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return false;
        if (at >= 4 && text.substring(at - 4, at).equalsIgnoreCase("the ")) return false;
        if (NAMED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) return false;
        if (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        if (at >= 2 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '-')) {
            int wordEnd = at - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
            String before = text.substring(wordStart, wordEnd);
            if (wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart)) && !OPENERS.contains(before)) return false;
        }
        return true;
    }
}
