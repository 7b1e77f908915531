package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * A common occupation written as a false title before a full name, which the tagger took into the name: a caption's
 * "Porter Sam Adeyemi moves boxes", "Farmer Jane Doe said". The word is cut off the name only where the rest is a full
 * name (a given name and a surname), the word starts its sentence or line, and the article never writes the word as a
 * name elsewhere ("Mr Porter", "said Porter"): a real surname stays.
 */
final class OccupationTitles {

    /** Occupation nouns that are also surnames or read as one before a name. */
    private static final Set<String> OCCUPATIONS = Set.of("Porter", "Farmer", "Baker", "Builder", "Driver", "Nurse", "Teacher",
            "Fisherman", "Gardener", "Cook", "Miner", "Butcher", "Shepherd", "Mason", "Plumber", "Carpenter", "Cleaner", "Chef",
            "Waiter", "Waitress", "Resident", "Passenger", "Volunteer", "Student", "Pensioner", "Trader", "Labourer", "Shopkeeper",
            "Grower", "Caretaker", "Ranger", "Steward", "Courier", "Postman", "Weaver", "Potter", "Glazier", "Thatcher", "Tailor");
    /** A capitalised name word: "Sam", "Adeyemi", "O'Neill", "Smith-Jones". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\p{L}");

    /** A name word and another after it: what follows a false title, "Sam Adeyemi". */
    private static final Pattern NAME_START = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\p{L}\\s+\\p{Lu}");

    private OccupationTitles() {
    }

    /** The mentions with an occupation's false title cut off the person names that carry one. */
    static List<RawMention> trimmed(String text, List<RawMention> mentions) {
        List<RawMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RawMention m = mentions.get(i);
            int cut = m.type() == EntityType.PERSON ? cut(text, m.start(), m.end()) : -1;
            if (cut < 0) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.set(i, new RawMention(cut, m.end(), text.substring(cut, m.end()), m.type(), m.nerTag(), m.timexType(), m.timexValue()));
        }
        return out == null ? mentions : out;
    }

    /** Where the name starts once the occupation is cut off [start, end), or -1 when nothing is cut. */
    static int cut(String text, int start, int end) {
        String[] words = text.substring(start, end).split("\\s+");
        if (words.length < 3 || !OCCUPATIONS.contains(words[0])) return -1;
        for (int w = 1; w < words.length; w++) if (!NAME_WORD.matcher(words[w]).matches()) return -1;
        if (!startsSentence(text, start)) return -1;
        Matcher elsewhere = Pattern.compile("(?<![\\p{L}\\-])" + Pattern.quote(words[0]) + "(?![\\p{L}\\-])").matcher(text);
        while (elsewhere.find()) {
            if (elsewhere.start() == start) continue;
            // "said Porter", "Mr Porter", or "Porter said" at a sentence's start: the word is a name in this article
            String next = text.substring(elsewhere.end()).stripLeading();
            if (!startsSentence(text, elsewhere.start()) || !NAME_START.matcher(next).lookingAt()) return -1;
        }
        int at = start + words[0].length();
        while (at < end && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }

    /** Whether no word of the sentence comes before {@code at}: the text's start, a line's, or after a full stop or quote. */
    private static boolean startsSentence(String text, int at) {
        int p = at - 1;
        while (p >= 0 && text.charAt(p) != '\n' && Character.isWhitespace(text.charAt(p))) p--;
        if (p < 0 || text.charAt(p) == '\n') return true;
        char c = text.charAt(p);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '‘' || Character.isDigit(c);
    }
}
