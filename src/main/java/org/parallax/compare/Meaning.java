package org.parallax.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meaning key of a word for sentence alignment: a light English stemmer (plural, past and -ing forms, with a short
 * table of irregular forms that news reports use for the same fact: "died"/"dead"/"death", "shot"/"shooting"), and
 * spelled numbers as digits ("seven" and "7" agree), and classes of news event words ("quake"/"tremor",
 * "arrested"/"detained"). Keys are lower case letters and digits, as {@link Tokens#key}.
 */
final class Meaning {
    private Meaning() {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("died", "die"), Map.entry("dies", "die"), Map.entry("dying", "die"), Map.entry("dead", "die"),
            Map.entry("death", "die"), Map.entry("deaths", "die"), Map.entry("deadly", "die"),
            Map.entry("shot", "shoot"), Map.entry("shooting", "shoot"), Map.entry("shootings", "shoot"),
            Map.entry("killing", "kill"), Map.entry("killings", "kill"), Map.entry("killer", "kill"),
            Map.entry("won", "win"), Map.entry("wins", "win"), Map.entry("winning", "win"), Map.entry("winner", "win"),
            Map.entry("beat", "beat"), Map.entry("beaten", "beat"), Map.entry("struck", "strike"), Map.entry("hit", "hit"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("left", "leave"), Map.entry("held", "hold"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("sent", "send"), Map.entry("sold", "sell"), Map.entry("bought", "buy"), Map.entry("caught", "catch"),
            Map.entry("fled", "flee"), Map.entry("hurt", "injur"), Map.entry("wounded", "injur"), Map.entry("injuries", "injur"),
            Map.entry("fired", "fire"), Map.entry("firing", "fire"), Map.entry("quake", "earthquak"),
            Map.entry("arrests", "arrest"), Map.entry("acquisition", "acquir"), Map.entry("acquires", "acquir"),
            Map.entry("purchase", "buy"), Map.entry("purchased", "buy"), Map.entry("buys", "buy"));

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("hundred", "100"),
            Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"), Map.entry("fourth", "4th"),
            Map.entry("fifth", "5th"), Map.entry("sixth", "6th"));

    /**
     * Classes of news event words: words that report one kind of event, each mapped to one key of its class
     * ("tremor" and "quake" to "earthquak", "detained" to "arrest"), so two reports of one event meet however worded.
     */
    private static final Map<String, String> EVENT_CLASS = classes(
            "earthquake quake tremor temblor aftershock",
            "killed died slain murdered fatal perished",
            "injured wounded hurt",
            "arrested detained apprehended custody nabbed",
            "rehab rehabilitation",
            "appointed named nominated nominee picked tapped chosen selected",
            "shooting gunfire gunman gunmen",
            "blaze fire flames",
            "resigned quit",
            "acquired bought takeover",
            "sentenced jailed prison imprisoned",
            "convicted guilty",
            "released unveiled launched introduced",
            "won victory triumph",
            "defeated beat",
            "crashed collided collision",
            "storm hurricane cyclone typhoon",
            "explosion exploded blast bomb",
            "patch fixed update",
            "dismissed sacked ousted");

    private static Map<String, String> classes(String... rows) {
        Map<String, String> m = new HashMap<>();
        for (String row : rows) {
            String[] ws = row.split(" ");
            for (String w : ws) m.put(stem(w), stem(ws[0]));
        }
        return Map.copyOf(m);
    }

    /** The key of the event class of a stem, or the stem itself. */
    static String eventClass(String stem) {
        return EVENT_CLASS.getOrDefault(stem, stem);
    }

    /** The digits of a spelled number ("seven" gives "7"), else null. */
    static String number(String key) {
        return NUMBERS.get(key);
    }

    /** The stem of a normalised word key. */
    static String stem(String key) {
        String n = NUMBERS.get(key);
        if (n != null) return n;
        String irr = IRREGULAR.get(key);
        if (irr != null) return irr;
        int len = key.length();
        if (len <= 3 || Character.isDigit(key.charAt(0))) return key;
        String s = key;
        if (s.endsWith("ies") && len > 4) s = s.substring(0, len - 3) + "y";
        else if (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes")) s = s.substring(0, len - 2);
        else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) s = s.substring(0, len - 1);
        else if (s.endsWith("ied") && len > 4) s = s.substring(0, len - 3) + "y";
        else if (s.endsWith("ed") && len > 4) s = undouble(s.substring(0, len - 2));
        else if (s.endsWith("ing") && len > 5) s = undouble(s.substring(0, len - 3));
        // "arrested"/"arrest", "injured"/"injury"/"injure": a final e or y is dropped so the forms meet
        if (s.length() > 4 && (s.endsWith("e") || s.endsWith("y"))) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** Words between "had" and its participle that keep a past perfect ("had already left", "had not been"). */
    private static final Set<String> PERFECT_ADVERBS = Set.of("not", "never", "already", "just", "also", "previously",
            "since", "long", "recently", "earlier", "ever", "first", "once", "twice", "only", "still", "then", "both");
    /** Irregular participles a past perfect takes ("had won", "had been"); regular ones end in -ed or -en. */
    private static final Set<String> PARTICIPLES = Set.of("been", "done", "gone", "made", "left", "lost", "won", "held",
            "led", "paid", "said", "sent", "set", "put", "seen", "told", "run", "hit", "struck", "fought", "bought", "brought", "caught",
            "taught", "thought", "sought", "found", "spent", "kept", "built", "met", "sold", "shown", "known", "flown", "grown", "thrown",
            "drawn", "begun", "become", "come", "fled", "stood", "shut", "hurt", "sunk", "swum", "hung", "spun", "split", "cut",
            "let", "quit", "read", "heard", "felt", "dealt", "meant", "sat", "slept", "stuck", "swept", "wept", "lent", "bent", "burnt");

    /**
     * Words after which a "had" is no main clause's: speech reported ("said the water had risen", backshifted, not background),
     * a relative or adverbial clause ("a ship that had sailed"), or a second clause ("and 71% had not been vaccinated").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("said", "says", "say", "told", "tell", "telling",
            "saying", "insisting", "insisted", "added", "adding", "confirmed", "reported", "announced", "believed", "believe", "thought",
            "knew", "know", "claimed", "denied", "stated", "warned", "that", "which", "who", "whom", "whose", "where", "when", "because",
            "after", "before", "since", "until", "and", "but", "as", "while", "if", "once", "though", "although");

    /**
     * Whether a sentence's main clause is in the past perfect ("Molar had beaten her in all four of their earlier matches", "The
     * weather service had issued a storm warning"): a time before the story's event, which a report gives as background. A "had"
     * after a reporting verb, a relative word or a conjunction is no main clause's.
     */
    static boolean pastPerfect(List<Tokens.Tok> words) {
        for (int k = 0; k < words.size() - 1; k++) {
            if (CLAUSE_OPENERS.contains(words.get(k).key())) return false;
            if (!words.get(k).key().equals("had")) continue;
            int q = k + 1;
            while (q < words.size() - 1 && PERFECT_ADVERBS.contains(words.get(q).key())) q++;
            if (!participle(words.get(q).key())) continue;
            // "No woman had ever won the open championship before", "had never lost at home before": a first the event makes, which
            // a report tells in its own words ("the first woman to hold the title"), not background (issue 16, set 17)
            if (tellsAFirst(words, k + 1, q)) continue;
            return true;
        }
        return false;
    }

    private static boolean participle(String w) {
        return PARTICIPLES.contains(w) || w.length() > 3 && (w.endsWith("ed") || w.endsWith("en")) && !Character.isDigit(w.charAt(0));
    }

    /** Whether the adverbs {@code from..to} after a "had" tell a first: "ever", or "never" with a "before" later on. */
    private static boolean tellsAFirst(List<Tokens.Tok> words, int from, int to) {
        boolean never = false;
        for (int q = from; q < to; q++) {
            if (words.get(q).key().equals("ever")) return true;
            never |= words.get(q).key().equals("never");
        }
        if (!never) return false;
        for (int q = to + 1; q < words.size(); q++) if (words.get(q).key().equals("before")) return true;
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) return s.substring(0, n - 1);
        return s;
    }
}
