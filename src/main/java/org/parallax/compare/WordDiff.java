package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

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
        List<DiffSpan> outA = new ArrayList<>(), outB = new ArrayList<>();
        int ia = 0, ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sA = d.getSource().getPosition(), sB = d.getTarget().getPosition();
            cosmetic(textA, ta, ia, sA, textB, tb, ib, outA, outB);
            int eA = sA + d.getSource().size(), eB = sB + d.getTarget().size();
            DiffKind kind = switch (d.getType()) {
                case CHANGE -> canon(textA, ta.subList(sA, eA)).equals(canon(textB, tb.subList(sB, eB))) ? DiffKind.COSMETIC : DiffKind.CHANGED;
                default -> DiffKind.ONLY_HERE;
            };
            add(outA, ta, sA, sA + d.getSource().size(), kind, textA);
            add(outB, tb, sB, sB + d.getTarget().size(), kind, textB);
            ia = sA + d.getSource().size();
            ib = sB + d.getTarget().size();
        }
        cosmetic(textA, ta, ia, ta.size(), textB, tb, ib, outA, outB);
        return new WordDiff(outA, outB);
    }

    /** Equal stretch: words with the same key starting at {@code ia} and {@code ib}, up to {@code endA}. */
    private static void cosmetic(String textA, List<Unit> ta, int ia, int endA, String textB, List<Unit> tb, int ib,
            List<DiffSpan> outA, List<DiffSpan> outB) {
        for (int k = 0; ia + k < endA; k++) {
            Unit x = ta.get(ia + k), y = tb.get(ib + k);
            if (!surface(textA, x).equals(surface(textB, y))) {
                outA.add(new DiffSpan(x.start(), x.end(), DiffKind.COSMETIC));
                outB.add(new DiffSpan(y.start(), y.end(), DiffKind.COSMETIC));
            }
        }
    }

    /** One span per run of words; runs never cross a sentence gap wider than the text between words. */
    private static void add(List<DiffSpan> out, List<Unit> toks, int from, int to, DiffKind kind, String text) {
        if (from >= to) return;
        int s = toks.get(from).start(), e = toks.get(from).end();
        for (int k = from + 1; k < to; k++) {
            Unit t = toks.get(k);
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
                        if (k > p) parts.add(new Unit(p, k, Tokens.key(text, p, k)));
                        p = k + 1;
                    }
                }
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
        return out;
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
