package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * A name the recogniser tagged in one place of an article and left untagged in another: "Marren will travel to Halvik"
 * tagged, "led a delegation to Halvik" not. The statistical tagger reads each sentence on its own, so a name it knows
 * from one context it may miss in the next; a writer means one thing by one name within an article (one sense per
 * discourse). Each untagged occurrence of a tagged name becomes a mention of the same type, where:
 * <ul>
 * <li>the tagged mention stands on its own (not "Trent" tagged inside "Severn Trent");</li>
 * <li>the article gives the name one type only (a "Jordan" tagged as a person and as a place stays as tagged);</li>
 * <li>the name is a whole word run, capitalised, at least two letters, and not a month or day name;</li>
 * <li>no other mention covers any of it (a date, a number, a longer name);</li>
 * <li>the tagger passed the name over at most twice as often as it tagged it (a word tagged once and written
 * untagged twenty times is one it reads as no name: "Milepost" in a table, "KO" in a boxing record);</li>
 * <li>no capitalised word sits right beside it, which would make it part of a longer name the tagger missed
 * ("Halvik Port Authority"), except a sentence's opening function word ("The Halvik terminal") or a person's title;</li>
 * <li>a person's name does not follow "the" nor come before a thing named after it ("Okafor airport"), nor a body's
 * name a preposition of place ("the Tapa military base" tagged as a body, then "At Tapa he was met").</li>
 * </ul>
 * Stateless.
 */
final class RepeatedNames {
    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    /** Capitalised words that stand before a name at a sentence's start without being part of it. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "To", "From", "On", "For", "With", "By", "And",
            "But", "Of", "As", "After", "Before", "When", "While", "If", "Since", "Until", "Then", "So", "Yet", "Or", "Under", "Over",
            "Near", "Into", "Across", "Outside", "Inside", "Like", "About", "Both", "Neither", "Only", "Even", "Meanwhile", "Also");
    /** Titles that stand before a person's name without being part of it: "Mr Marren", "Dr Okafor". */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame");
    /** A preposition of place right before a word: "at ", "In ", "near ". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:at|in|near|to|from|into)\\s$");
    /** A thing named after a person, right after the name: " airport", " bridge", " prize". */
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s(?:airport|station|bridge|stadium|arena|street|road|avenue|square"
            + "|hospital|school|college|university|park|centre|center|hall|building|tower|dam|terminal|prize|award|trophy|cup"
            + "|foundation|institute|museum|library|lecture|memorial|statue)\\b");
    /** Month and day names, which the tagger may take into a name once ("May") but which mostly are dates. */
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    private RepeatedNames() {
    }

    /** The mentions, with every untagged repeat of a tagged name added as a mention of its type, in text order. */
    static List<RawMention> added(String text, List<RawMention> mentions) {
        Map<String, RawMention> named = new LinkedHashMap<>();
        Set<String> mixed = new HashSet<>();
        Map<String, Integer> tagged = new HashMap<>();
        boolean[] none = new boolean[text.length() + 1];
        for (RawMention m : mentions) {
            if (m.type() == null || !NAMED.contains(m.type()) || !eligible(m.text())) continue;
            // a tag on a piece of a longer capitalised run ("Trent" of "Severn Trent") is no name of its own
            if (m.start() < 0 || m.end() > text.length() || !free(text, m.start(), m.end(), none, m.type())) continue;
            RawMention seen = named.putIfAbsent(m.text(), m);
            tagged.merge(m.text(), 1, Integer::sum);
            if (seen != null && seen.type() != m.type()) mixed.add(m.text());
        }
        if (named.isEmpty()) return mentions;
        boolean[] covered = new boolean[text.length() + 1];
        for (RawMention m : mentions) {
            for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) covered[i] = true;
        }
        List<RawMention> out = null;
        for (RawMention m : named.values()) {
            if (mixed.contains(m.text())) continue;
            String name = m.text();
            List<Integer> found = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (free(text, at, at + name.length(), covered, m.type())) found.add(at);
            }
            // passed over far more often than tagged: the tagged places are the odd ones out
            if (found.isEmpty() || found.size() > 2 * tagged.get(name)) continue;
            if (out == null) out = new ArrayList<>(mentions);
            for (int at : found) {
                out.add(new RawMention(at, at + name.length(), name, m.type(), m.nerTag(), null, null));
                for (int i = at; i < at + name.length(); i++) covered[i] = true;
            }
        }
        if (out == null) return mentions;
        out.sort(Comparator.comparingInt(RawMention::start).thenComparingInt(RawMention::end));
        return out;
    }

    /** A name worth looking for again: capitalised, two letters or more, not a month or day. */
    private static boolean eligible(String name) {
        if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || name.indexOf('\n') >= 0) return false;
        return !CALENDAR.contains(name);
    }

    /** Whether {@code [at, end)} is a whole word run with nothing covered inside and no capitalised word beside it. */
    private static boolean free(String text, int at, int end, boolean[] covered, EntityType type) {
        for (int i = at; i < end; i++) {
            if (covered[i]) return false;
        }
        if (at > 0 && wordChar(text.charAt(at - 1))) return false;
        if (end < text.length() && wordChar(text.charAt(end))) return false;
        // a person is seldom "the X": "the Tapa military base" is a place the tagger once read as a person
        if (type == EntityType.PERSON && at >= 4 && text.substring(at - 4, at).equalsIgnoreCase("the ")) return false;
        // ... nor a person's name before a thing named after the person ("Okafor airport", "the Hale bridge")
        if (type == EntityType.PERSON && NAMED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) return false;
        // ... and a body's name right after a preposition of place is as likely the place ("the Tapa military base",
        // then "At Tapa he was met")
        if (type == EntityType.ORGANIZATION && PLACE_BEFORE.matcher(text.substring(Math.max(0, at - 8), at)).find()) return false;
        // the next word: a capital right after one space or hyphen continues the name
        if (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        if (at >= 2 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '-')) {
            int wordEnd = at - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && wordChar(text.charAt(wordStart - 1))) wordStart--;
            String before = text.substring(wordStart, wordEnd);
            if (wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart)) && !OPENERS.contains(before)
                    && !(type == EntityType.PERSON && TITLES.contains(before))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '&';
    }
}
