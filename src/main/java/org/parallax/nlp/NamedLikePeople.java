package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Things named like people: a ferry "the Princess Anne", racehorses "Lady Catherine" and "Mister Jones", a pie brand
 * "Granny Pike's". The recogniser reads the name as the person (often only "Anne", "Catherine", with a title before),
 * and it joined the person of that name in the same or another article (issue 15, entities17). A name is a thing (MISC,
 * named whole with its title) where the article writes it with what only a thing has:
 * <ul>
 * <li>a thing's noun right before it: "the ferry Princess Anne", "the racehorse Lady Catherine", or a trainer's name
 * before "-trained": "the Burke-trained Lady Catherine";</li>
 * <li>"the" before a name with a noble title: "sailed on the Princess Anne" (a princess is no "the Princess Anne");</li>
 * <li>such a noun, or a brand, ending an apposition ("The Princess Anne, a new ferry,", "Granny Pike's, its pie
 * brand,"), ", ridden by" after it, or "owned by" after a titled name ("Mister Jones is owned by the singer").</li>
 * </ul>
 * The article's other mentions of that whole name are the thing too, unless the article also writes the name with an age
 * ("Princess Anne, 86,"): then it names the person as well, and only the cued mentions are the thing. A name right
 * after "named after" is the person. Stateless.
 */
final class NamedLikePeople {
    private NamedLikePeople() {
    }

    /** Titles a thing is named with; "Mister" and "Miss" as written out. */
    private static final String TITLES = "Princess|Prince|Queen|King|Lady|Lord|Duchess|Duke|Mister|Miss|Sir|Dame";
    /** Nouns of things named like people: vessels and horses. */
    private static final String NOUNS = "ferry|ship|vessel|liner|yacht|tanker|trawler|lifeboat|racehorse|horse|filly|colt|mare|gelding"
            + "|stallion|greyhound";
    /** A title right before a mention the recogniser cut it from: "Princess [Anne]". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(" + TITLES + ")\\s+$");
    /** A title opening a mention: "[Lady Catherine]". */
    private static final Pattern TITLE_OPENS = Pattern.compile("^(?:" + TITLES + ")\\s");
    /** Right before a name: a thing's noun after "the" or "a", or a trainer's "-trained". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?:(?:^|[^\\p{L}])(?i:the|a|an|new)\\s+(?:" + NOUNS + ")|\\p{L}-trained)\\s+$");
    /** Right before a titled name: "the" (or a sentence's "The"). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");
    /**
     * Right after a name: a thing's noun ending an apposition ("The Princess Anne, a new ferry for", "Granny Pike's, its pie
     * brand,"; not "Jones, the ferry captain"), or ", ridden by".
     */
    private static final Pattern THING_AFTER = Pattern.compile("^(['’]s)?,\\s+(?:(?:a|an|the|her|his|its)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?:"
            + NOUNS + "|brand)(?:\\s*[,.;:)]|\\s+(?:for|of|from|that|which|is|was|and|owned|named|built|trained)(?![\\p{L}]))|ridden\\s+by\\s)");
    /** Right after a titled name: owned like a thing. */
    private static final Pattern OWNED_AFTER = Pattern.compile("^(?:,|\\s+(?:is|was))\\s+owned\\s+by\\s");
    /** Right after a name: an age in apposition, which only a person has. */
    private static final Pattern AGE_AFTER = Pattern.compile("^,\\s+\\d{1,3}\\s*[,.;]");
    /** Right before a name: the words that name whom a thing is named after. */
    private static final Pattern NAMESAKE_BEFORE = Pattern.compile("named\\s+(?:after|for)\\s+$");
    /** Right before a name: a capitalised word of the same name ("Granny [Pike]"). */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]*\\s$");
    /** A name's own next word: the name goes on ("the Princess Anne Hospital", "the Prince of Wales"). */
    private static final Pattern GOES_ON = Pattern.compile("^(?:\\s+of\\s|[ ]\\p{Lu}|[\\p{L}\\-]|[’'](?!s(?![\\p{L}])))");

    /**
     * The whole names the article writes as things, each with the thing's name ("Granny Pike" as "Granny Pike's"). Every
     * place the text writes a person mention's whole name counts, found by the recogniser or not.
     */
    static Map<String, String> things(String text, List<Mention> mentions) {
        Map<String, String> cued = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String whole = whole(text, m);
            if (whole == null || cued.containsKey(whole)) continue;
            String name = cuedAt(text, m, whole);
            for (int p = text.indexOf(whole); name == null && p >= 0; p = text.indexOf(whole, p + 1)) {
                int end = p + whole.length();
                // a word of a longer name is no writing of this one: "Pike" of "Granny Pike's, its pie brand"
                if (p > 0 && Character.isLetter(text.charAt(p - 1)) || end < text.length() && Character.isLetter(text.charAt(end))
                        || NAME_WORD_BEFORE.matcher(text.substring(Math.max(0, p - 30), p)).find()) continue;
                name = cuedAt(text, p, end, whole, "");
            }
            if (name != null) cued.put(whole, name);
        }
        return cued;
    }

    /** This mention as the thing it names, whole (MISC), or null when it is no such thing here. */
    static Mention thing(String text, Mention m, List<Mention> mentions, Map<String, String> things) {
        if (things.isEmpty()) return null;
        String whole = whole(text, m);
        if (whole == null || !things.containsKey(whole)) return null;
        if (cuedAt(text, m, whole) != null) return EntityNames.copy(m, things.get(whole), EntityType.MISC);
        int from = fromOf(text, m, whole);
        if (NAMESAKE_BEFORE.matcher(text.substring(Math.max(0, from - 20), from)).find() || namesAPerson(text, mentions, whole)) return null;
        return EntityNames.copy(m, things.get(whole), EntityType.MISC);
    }

    /** A person's mention's whole name with a title the recogniser cut before it, or null when not a person's. */
    private static String whole(String text, Mention m) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) return null;
        String own = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        if (own.isEmpty() || GOES_ON.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).find()) return null;
        Matcher t = TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
        return t.find() && !TITLE_OPENS.matcher(own).find() ? t.group(1) + " " + own : own;
    }

    /** Where the whole name starts: at its cut title, else at the mention. */
    private static int fromOf(String text, Mention m, String whole) {
        String own = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        return whole.equals(own) ? m.start() : Math.max(0, m.start() - (whole.length() - own.length()));
    }

    /** The thing's name where this mention is written as a thing, else null. */
    private static String cuedAt(String text, Mention m, String whole) {
        String own = m.text().strip();
        return cuedAt(text, fromOf(text, m, whole), m.end(), whole, own.matches(".*[’']s") ? own.substring(own.length() - 2) : "");
    }

    /** The thing's name where the text writes the whole name from {@code from} to {@code end} as a thing, else null. */
    private static String cuedAt(String text, int from, int end, String whole, String ownPossessive) {
        String before = text.substring(Math.max(0, from - 40), from);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        Matcher a = THING_AFTER.matcher(after);
        // the brand's possessive, after the name or at its end: "Granny Pike's, its pie brand"
        if (a.find()) return whole + (a.group(1) != null ? a.group(1) : ownPossessive);
        if (NOUN_BEFORE.matcher(before).find()) return whole;
        boolean titled = TITLE_OPENS.matcher(whole).find() && !whole.contains(" of "); // "the Duke of Arden" is the duke
        return titled && (THE_BEFORE.matcher(before).find() || OWNED_AFTER.matcher(after).find()) ? whole : null;
    }

    /** Whether the article also writes this whole name with an age, as a person. */
    private static boolean namesAPerson(String text, List<Mention> mentions, String whole) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.DATE || o.start() < 0 || o.end() > text.length() || !whole.equals(whole(text, o))) continue;
            if (AGE_AFTER.matcher(text.substring(o.end(), Math.min(text.length(), o.end() + 8))).find()) return true;
        }
        return false;
    }
}
