package org.parallax.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage described like a W3C TextQuoteSelector: the exact quote with some text before and after it, plus the
 * offsets it had. {@link #locate} finds it again in a changed text: the exact quote (the occurrence whose context and
 * position fit best), then the text between its prefix and suffix, then the closest approximate match; or null.
 */
public record TextQuote(String exact, String prefix, String suffix, int start, int end) {
    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        if (exact == null) throw new IllegalArgumentException("a quote needs its text");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code [start, end)} in {@code text}, with up to {@link #CONTEXT} characters on each side. */
    public static TextQuote of(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside the text (length " + text.length() + ")");
        }
        return new TextQuote(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }

    /** Where this quote is in {@code text}: {@code [start, end)}, or null when it cannot be found. */
    public int[] locate(String text) {
        int[] exactHit = exactMatch(text);
        if (exactHit != null) return exactHit;
        int[] between = betweenContext(text);
        if (between != null) return between;
        return fuzzy(text);
    }

    private int[] exactMatch(String text) {
        if (exact.isEmpty()) return null;
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) hits.add(i);
        if (hits.isEmpty()) return null;
        int best = hits.get(0);
        long bestScore = Long.MIN_VALUE;
        for (int h : hits) {
            // context agreement outweighs distance from the old position
            long score = 1000L * (commonSuffix(text.substring(0, h), prefix) + commonPrefix(text.substring(h + exact.length()), suffix))
                    - Math.abs(h - start);
            if (score > bestScore) {
                bestScore = score;
                best = h;
            }
        }
        return new int[] {best, best + exact.length()};
    }

    private int[] betweenContext(String text) {
        if (prefix.length() < 8 || suffix.length() < 8) return null;
        int[] best = null;
        int bestDiff = Integer.MAX_VALUE;
        for (int p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) {
            int from = p + prefix.length();
            int s = text.indexOf(suffix, from);
            if (s < 0) continue;
            int len = s - from;
            int diff = Math.abs(len - exact.length());
            if (len > 0 && len <= exact.length() * 2 + 16 && diff < bestDiff) {
                bestDiff = diff;
                best = new int[] {from, s};
            }
        }
        return best;
    }

    /** Approximate substring match (Sellers' edit distance); accepts at most a quarter of the quote's length in edits. */
    private int[] fuzzy(String text) {
        int m = exact.length();
        if (m < 4 || m > 2000 || text.isEmpty()) return null;
        int maxEdits = Math.max(1, m / 4);
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) prev[i] = i;
        int bestEnd = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int j = 1; j <= text.length(); j++) {
            cur[0] = 0;
            char tc = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int cost = exact.charAt(i - 1) == tc ? 0 : 1;
                cur[i] = Math.min(Math.min(prev[i] + 1, cur[i - 1] + 1), prev[i - 1] + cost);
            }
            if (cur[m] < bestDist) {
                bestDist = cur[m];
                bestEnd = j;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        if (bestDist > maxEdits) return null;
        int bestStart = -1;
        int bestFull = Integer.MAX_VALUE;
        for (int s = Math.max(0, bestEnd - m - maxEdits); s <= Math.min(bestEnd, bestEnd - m + maxEdits); s++) {
            int d = distance(exact, text.substring(s, bestEnd));
            if (d < bestFull) {
                bestFull = d;
                bestStart = s;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }
}
