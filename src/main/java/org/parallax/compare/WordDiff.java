package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.parallax.model.Sentence;

/**
 * A word-level diff of two aligned passages (java-diff-utils over normalised word keys), as spans into each full text.
 * What differs only in writing is marked {@link DiffKind#COSMETIC}, never as a real change: case, curly apostrophes,
 * hyphenation ("7.3-magnitude" / "7.3 magnitude", "counter-terrorism" / "counterterrorism"), abbreviations with or
 * without dots ("U.S." / "U.S" / "US"), number and time formats ("1,000" / "1000", "6 p.m." / "6:00 p.m."), spelled
 * and written numbers ("seven" / "7", "Forty-three" / "43"). Quotes and dashes are not words, so they never differ.
 */
public record WordDiff(List<DiffSpan> a, List<DiffSpan> b) {
    public WordDiff {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    /** Diffs the words of sentences {@code sa} of {@code textA} against those of {@code sb} of {@code textB}. */
    public static WordDiff of(String textA, List<Sentence> sa, String textB, List<Sentence> sb) {
        List<Unit> ta = words(textA, sa), tb = words(textB, sb);
        List<String> ka = ta.stream().map(Unit::key).toList();
        List<String> kb = tb.stream().map(Unit::key).toList();
        Patch<String> patch = DiffUtils.diff(ka, kb);
        // per word: null where it has an equal word on the other side, else how it differs
        DiffKind[] kindA = new DiffKind[ta.size()], kindB = new DiffKind[tb.size()];
        List<int[]> same = new ArrayList<>();
        int ia = 0, ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sA = d.getSource().getPosition(), sB = d.getTarget().getPosition();
            for (int k = 0; ia + k < sA; k++) same.add(new int[] {ia + k, ib + k});
            int eA = sA + d.getSource().size(), eB = sB + d.getTarget().size();
            DiffKind kind = switch (d.getType()) {
                case CHANGE -> canon(textA, ta.subList(sA, eA)).equals(canon(textB, tb.subList(sB, eB))) ? DiffKind.COSMETIC : DiffKind.CHANGED;
                default -> DiffKind.ONLY_HERE;
            };
            Arrays.fill(kindA, sA, eA, kind);
            Arrays.fill(kindB, sB, eB, kind);
            ia = eA;
            ib = eB;
        }
        for (int k = 0; ia + k < ta.size(); k++) same.add(new int[] {ia + k, ib + k});
        moved(textA, ta, kindA, textB, tb, kindB, same);
        List<DiffSpan> outA = new ArrayList<>(), outB = new ArrayList<>();
        for (int[] p : same) {
            Unit x = ta.get(p[0]), y = tb.get(p[1]);
            if (!surface(textA, x).equals(surface(textB, y))) {
                outA.add(new DiffSpan(x.start(), x.end(), DiffKind.COSMETIC));
                outB.add(new DiffSpan(y.start(), y.end(), DiffKind.COSMETIC));
            }
        }
        runs(outA, ta, kindA, textA);
        runs(outB, tb, kindB, textB);
        outA.sort(Comparator.comparingInt(DiffSpan::start));
        outB.sort(Comparator.comparingInt(DiffSpan::start));
        return new WordDiff(outA, outB);
    }

    /**
     * Words that moved: a run of changed words on one side that the other side has among its changed words too, in the
     * same order ("the U.S. Geological Survey put the depth at 10 km" / "at a depth of 10 km according to the US
     * Geological Survey") is the same words told in another order, not a change. A run counts when it is two words or
     * more with one not a stop word, or one number or name (a word with a digit or a capital on both sides).
     */
    private static void moved(String textA, List<Unit> ta, DiffKind[] kindA, String textB, List<Unit> tb, DiffKind[] kindB,
            List<int[]> same) {
        while (true) {
            int bestI = -1, bestJ = -1, bestLen = 0;
            for (int i = 0; i < ta.size(); i++) {
                if (!movable(kindA[i])) continue;
                for (int j = 0; j < tb.size(); j++) {
                    int len = 0;
                    while (i + len < ta.size() && j + len < tb.size() && movable(kindA[i + len]) && movable(kindB[j + len])
                            && ta.get(i + len).key().equals(tb.get(j + len).key())) {
                        len++;
                    }
                    if (len > bestLen && counts(textA, ta.subList(i, i + len), textB, tb.subList(j, j + len))) {
                        bestI = i;
                        bestJ = j;
                        bestLen = len;
                    }
                }
            }
            if (bestLen == 0) return;
            for (int k = 0; k < bestLen; k++) {
                kindA[bestI + k] = null;
                kindB[bestJ + k] = null;
                same.add(new int[] {bestI + k, bestJ + k});
            }
        }
    }

    private static boolean movable(DiffKind k) {
        return k == DiffKind.CHANGED || k == DiffKind.ONLY_HERE;
    }

    private static boolean counts(String textA, List<Unit> a, String textB, List<Unit> b) {
        if (a.isEmpty()) return false;
        if (a.size() >= 2) return a.stream().anyMatch(u -> !Tokens.STOPWORDS.contains(u.key()));
        Unit x = a.get(0), y = b.get(0);
        // "US" / "U.S." is a name, not the pronoun "us"
        boolean stop = Tokens.STOPWORDS.contains(x.key()) && !(capitals(textA, x) && capitals(textB, y));
        return !stop && marked(textA, x) && marked(textB, y);
    }

    private static boolean capitals(String text, Unit u) {
        String w = text.substring(u.start(), u.end());
        return w.chars().anyMatch(Character::isLetter) && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A word a reader finds again when it moves: a number or a clock time, a name (a capital), or a sign of an amount. */
    private static boolean marked(String text, Unit u) {
        if (!u.key().isEmpty() && Character.isDigit(u.key().charAt(0))) return true;
        for (int k = u.start(); k < u.end(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || Character.isUpperCase(c) || c == '%' || c == '\u20ac' || c == '$' || c == '\u00a3') return true;
        }
        return false;
    }

    /** One span per run of words of one kind. */
    private static void runs(List<DiffSpan> out, List<Unit> toks, DiffKind[] kinds, String text) {
        int k = 0;
        while (k < toks.size()) {
            if (kinds[k] == null) {
                k++;
                continue;
            }
            int e = k;
            while (e + 1 < toks.size() && kinds[e + 1] == kinds[k]) e++;
            add(out, toks, k, e + 1, kinds[k], text);
            k = e + 1;
        }
    }

    /** One span per run of words; runs never cross a line break, and a word read out of text order is a span of its own. */
    private static void add(List<DiffSpan> out, List<Unit> toks, int from, int to, DiffKind kind, String text) {
        if (from >= to) return;
        int s = toks.get(from).start(), e = toks.get(from).end();
        for (int k = from + 1; k < to; k++) {
            Unit t = toks.get(k);
            if (t.start() < e) {
                out.add(new DiffSpan(t.start(), t.end(), kind));
                continue;
            }
            if (text.substring(e, t.start()).indexOf('\n') >= 0) {
                out.add(new DiffSpan(s, e, kind));
                s = t.start();
            }
            e = t.end();
        }
        out.add(new DiffSpan(s, e, kind));
    }

    /** Case is not a difference worth showing; curly and straight apostrophes are the same mark. */
    private static String surface(String text, Unit t) {
        return Tokens.lower(text.substring(t.start(), t.end())).replace('\u2019', '\'');
    }

    /** A word as the diff compares it: a range of the text and a key that ignores how it is written. */
    record Unit(int start, int end, String key) {
    }

    /**
     * The changed words of both sides are one thing written two ways: the same number ("forty three" / "43"), or the
     * same letters once hyphens and dots are gone ("counter terrorism" / "counterterrorism").
     */
    private static String canon(String text, List<Unit> us) {
        if (us.isEmpty()) return "";
        StringBuilder keys = new StringBuilder();
        for (Unit u : us) keys.append(u.key());
        OptionalDouble n = NumberWords.parse(text.substring(us.get(0).start(), us.get(us.size() - 1).end()).replace(",", ""));
        return n.isPresent() ? "#" + NumberWords.format(n.getAsDouble()) : keys.toString();
    }

    /** The units of the sentences: words split at hyphens, digit groups and dotted abbreviations joined. */
    static List<Unit> words(String text, List<Sentence> ss) {
        List<Unit> parts = new ArrayList<>();
        for (Sentence s : ss) {
            for (Tokens.Tok t : Tokens.words(text, s.start(), s.end())) {
                int p = t.start();
                for (int k = t.start(); k <= t.end(); k++) {
                    if (k == t.end() || isHyphen(text.charAt(k))) {
                        if (k > p) parts.add(new Unit(p, k, spelling(Tokens.key(text, p, k))));
                        p = k + 1;
                    }
                }
            }
            // an ampersand between words is the word "and" ("Kessel & Brandt" / "Kessel and Brandt")
            for (int k = s.start(); k < s.end(); k++) {
                if (text.charAt(k) != '&' || k == 0 || k + 1 >= text.length() || !Character.isWhitespace(text.charAt(k - 1))
                        || !Character.isWhitespace(text.charAt(k + 1))) {
                    continue;
                }
                int at = parts.size();
                while (at > 0 && parts.get(at - 1).start() > k) at--;
                parts.add(at, new Unit(k, k + 1, "and"));
            }
        }
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Unit u = parts.get(i);
            int j = i;
            // "1,000", "7.3", "6:00", "U.S.", "p.m.": parts touching through one comma, dot or colon
            while (j + 1 < parts.size() && joins(text, parts.get(j), parts.get(j + 1))) j++;
            if (j > i) {
                u = joined(text, parts.subList(i, j + 1));
                i = j;
            }
            out.add(new Unit(u.start(), u.end(), numberKey(text, u)));
        }
        return quantities(text, out);
    }

    /**
     * One key for a word's British and American spellings of the -ise / -isation family ("organisation" /
     * "organization", "criticised" / "criticized"); both sides are keyed alike, so a shared word is never split.
     */
    static String spelling(String key) {
        if (key.length() < 6) return key;
        Matcher m = BRITISH_IS.matcher(key);
        return m.matches() ? m.group(1) + "iz" + m.group(2) : key;
    }

    private static final Pattern BRITISH_IS = Pattern.compile("([a-z]{3,})is(ation|ations|e|es|ed|ing|er|ers)");

    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "january"), Map.entry("feb", "february"),
            Map.entry("mar", "march"), Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
            Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    /** Words after a number that name one unit, each to one key ("kilometres" and "km", "bn" and "billion"). */
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(Map.entry("km", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("metre", "metre"),
            Map.entry("metres", "metre"), Map.entry("meter", "metre"), Map.entry("meters", "metre"), Map.entry("percent", "percent"),
            Map.entry("pct", "percent"), Map.entry("bn", "billion"), Map.entry("b", "billion"), Map.entry("billion", "billion"),
            Map.entry("mn", "million"), Map.entry("million", "million"), Map.entry("k", "thousand"), Map.entry("euro", "eur"),
            Map.entry("euros", "eur"), Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("pound", "gbp"),
            Map.entry("pounds", "gbp"), Map.entry("pm", "pm"), Map.entry("am", "am"), Map.entry("ft", "ft"), Map.entry("feet", "ft"),
            Map.entry("foot", "ft"), Map.entry("c", "degree"), Map.entry("f", "degree"), Map.entry("degree", "degree"),
            Map.entry("degrees", "degree"));
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(\\d[\\d.]*)(bn|mn|m|b|k|km|pm|am|ft|c|f)");
    /** A clock time as written before its am/pm ("3.15", "3:15"). */
    private static final Pattern CLOCK_WRITTEN = Pattern.compile("\\d{1,2}[:.]\\d\\d");
    /** A 24-hour clock time with no am/pm after it ("14:32"): the same key as "2.32 p.m." / "2:32 p.m.". */
    private static final Pattern CLOCK_24 = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    /** Scale names that may follow "degrees" ("44.1 degrees Celsius" is "44.1C"). */
    private static final java.util.Set<String> DEGREE_SCALES = java.util.Set.of("celsius", "centigrade", "fahrenheit");

    /**
     * One key per quantity however it is written: a unit or scale after a number ("30 kilometres" / "30 km", "$4.2 billion"
     * / "$4.2bn", "2.5 million euro" / "\u20ac2.5m", "12 percent" / "12%"), a clock time ("6 p.m." / "6:00 p.m." / "6pm",
     * "noon" / "12 p.m."), a spelled number of several words ("Forty-three" / "43") and an abbreviated month ("Nov." /
     * "November"). A currency sign is read after its amount, where the word stands ("\u20ac2.5m" as "2.5 m \u20ac").
     */
    private static List<Unit> quantities(String text, List<Unit> in) {
        List<Unit> split = new ArrayList<>();
        for (Unit u : in) {
            Matcher m = NUMBER_SUFFIX.matcher(u.key());
            if (Character.isDigit(text.charAt(u.start())) && m.matches()
                    && Tokens.lower(text.substring(u.start(), u.end())).replace(",", "").equals(u.key())) {
                int cut = u.end() - m.group(2).length();
                split.add(new Unit(u.start(), cut, m.group(1)));
                split.add(new Unit(cut, u.end(), m.group(2)));
            } else {
                split.add(u);
            }
        }
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Unit u = split.get(i);
            String k = u.key();
            // a spelled number of several words is one number
            if (spelled(text, u)) {
                int j = i;
                while (j + 1 < split.size() && spelled(text, split.get(j + 1))
                        && split.get(j + 1).start() - split.get(j).end() == 1
                        && spaceOrHyphen(text.charAt(split.get(j).end()))) {
                    j++;
                }
                if (j > i) {
                    OptionalDouble v = NumberWords.parse(text.substring(u.start(), split.get(j).end()));
                    if (v.isPresent()) {
                        out.add(new Unit(u.start(), split.get(j).end(), NumberWords.format(v.getAsDouble())));
                        i = j;
                        continue;
                    }
                }
            }
            if (k.equals("noon") || k.equals("midnight")) {
                out.add(new Unit(u.start(), u.end(), k.equals("noon") ? "12pm" : "12am"));
                continue;
            }
            // "No. 9" is "Number 9": a capital "No." before a number
            if (k.equals("no") && text.charAt(u.start()) == 'N' && u.end() < text.length() && text.charAt(u.end()) == '.' && i + 1 < split.size()
                    && isNumber(text, split.get(i + 1))) {
                out.add(new Unit(u.start(), u.end(), "number"));
                continue;
            }
            String month = MONTHS.get(k);
            if (month != null && u.end() < text.length() && text.charAt(u.end()) == '.' && Character.isUpperCase(text.charAt(u.start()))) {
                out.add(new Unit(u.start(), u.end(), month));
                continue;
            }
            if (CLOCK_WRITTEN.matcher(k).matches() && i + 1 < split.size() && adjacent(text, u, split.get(i + 1))
                    && (split.get(i + 1).key().equals("pm") || split.get(i + 1).key().equals("am"))) {
                // "3.15 p.m." and "3:15 p.m." are one clock time
                out.add(new Unit(u.start(), split.get(i + 1).end(), k.replace('.', ':') + split.get(i + 1).key()));
                i++;
                continue;
            }
            Matcher clock = CLOCK_24.matcher(text.substring(u.start(), u.end()));
            boolean ampmNext = i + 1 < split.size() && adjacent(text, u, split.get(i + 1))
                    && (split.get(i + 1).key().equals("pm") || split.get(i + 1).key().equals("am"));
            if (clock.matches() && !ampmNext && (Integer.parseInt(clock.group(1)) >= 13 || clock.group(1).startsWith("0"))) {
                // "14:32" is "2:32 p.m.", "09:15" is "9:15 a.m."
                int h = Integer.parseInt(clock.group(1));
                String minutes = clock.group(2).equals("00") ? "" : ":" + clock.group(2);
                out.add(new Unit(u.start(), u.end(), (h > 12 ? h - 12 : h == 0 ? 12 : h) + minutes + (h >= 12 ? "pm" : "am")));
                continue;
            }
            if (!isNumber(text, u)) {
                out.add(u);
                continue;
            }
            char sign = u.start() > 0 ? text.charAt(u.start() - 1) : ' ';
            String currency = sign == '$' ? "usd" : sign == '\u20ac' ? "eur" : sign == '\u00a3' ? "gbp" : null;
            int j = i + 1;
            String unit = j < split.size() && adjacent(text, u, split.get(j)) ? UNIT_WORDS.get(split.get(j).key()) : null;
            if (unit == null && j < split.size() && split.get(j).key().equals("m") && adjacent(text, u, split.get(j))) {
                unit = currency != null ? "million" : "metre";
            }
            if (unit != null && (unit.equals("pm") || unit.equals("am"))) {
                // the clock time is one word: "6 p.m." and "6:00 p.m." and "6pm"
                out.add(new Unit(u.start(), split.get(j).end(), u.key() + unit));
                i = j;
                continue;
            }
            out.add(u);
            if (j < text.length() && u.end() < text.length() && text.charAt(u.end()) == '%') {
                out.add(new Unit(u.end(), u.end() + 1, "percent"));
            }
            if (unit != null) {
                int unitEnd = split.get(j).end();
                if (unit.equals("degree") && j + 1 < split.size() && DEGREE_SCALES.contains(split.get(j + 1).key())
                        && adjacent(text, split.get(j), split.get(j + 1))) {
                    unitEnd = split.get(++j).end(); // "degrees Celsius" is one unit, as "C" is
                }
                out.add(new Unit(split.get(i + 1).start(), unitEnd, unit));
                i = j;
                if (unit.equals("million") || unit.equals("billion") || unit.equals("thousand")) {
                    String after = i + 1 < split.size() && adjacent(text, split.get(i), split.get(i + 1)) ? UNIT_WORDS.get(split.get(i + 1).key()) : null;
                    if (after != null && after.length() == 3 && !after.endsWith("m")) {
                        out.add(new Unit(split.get(i + 1).start(), split.get(i + 1).end(), after));
                        i++;
                        currency = null;
                    }
                }
            } else if (i + 2 < split.size() && split.get(j).key().equals("per") && split.get(j + 1).key().equals("cent")) {
                out.add(new Unit(split.get(j).start(), split.get(j + 1).end(), "percent"));
                i = j + 1;
            }
            if (currency != null) out.add(new Unit(u.start() - 1, u.start(), currency));
        }
        return out;
    }

    private static boolean spelled(String text, Unit u) {
        String w = Tokens.lower(text.substring(u.start(), u.end()));
        return NumberWords.isNumberWord(w) && !w.equals("dozen") && !UNIT_WORDS.containsKey(w);
    }

    private static boolean isNumber(String text, Unit u) {
        String k = u.key();
        if (k.isEmpty() || k.charAt(0) < '0' || k.charAt(0) > '9') return false;
        boolean dots = Character.isDigit(text.charAt(u.start()));
        for (int i = 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(c >= '0' && c <= '9' || dots && c == '.')) return false;
        }
        return true;
    }

    /** Two words with only a space, a hyphen or nothing between them ("10-metre", "2.4 m", "4.2bn"). */
    private static boolean adjacent(String text, Unit x, Unit y) {
        int gap = y.start() - x.end();
        if (gap == 0) return true;
        if (gap != 1) return false;
        char c = text.charAt(x.end());
        return c == ' ' || c == '\u00a0' || isHyphen(c);
    }

    private static boolean spaceOrHyphen(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || isHyphen(c);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean joins(String text, Unit x, Unit y) {
        if (y.start() != x.end() + 1) return false;
        char c = text.charAt(x.end());
        boolean digits = Character.isDigit(text.charAt(x.end() - 1)) && Character.isDigit(text.charAt(y.start()));
        if (digits) return c == ',' || c == '.' || c == ':';
        return c == '.' && x.end() - x.start() <= 2 && y.end() - y.start() <= 2 && Character.isLetter(text.charAt(x.start()))
                && Character.isLetter(text.charAt(y.start()));
    }

    private static Unit joined(String text, List<Unit> us) {
        int s = us.get(0).start(), e = us.get(us.size() - 1).end();
        String raw = text.substring(s, e);
        String key;
        if (Character.isDigit(raw.charAt(0))) {
            key = raw.replace(",", "").replaceFirst(":00$", "").toLowerCase(java.util.Locale.ROOT);
        } else {
            key = Tokens.key(text, s, e);
        }
        return new Unit(s, e, key);
    }

    /** Spelled numbers share the key of their digits ("seven" and "7"). */
    private static String numberKey(String text, Unit u) {
        if (!NumberWords.isNumberWord(u.key()) || u.key().equals("dozen")) return u.key();
        OptionalDouble v = NumberWords.parse(text.substring(u.start(), u.end()));
        return v.isPresent() && v.getAsDouble() < 100 ? NumberWords.format(v.getAsDouble()) : u.key();
    }
}
