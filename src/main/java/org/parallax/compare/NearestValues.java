package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of one kind that two articles give differently: a sum of money (in one currency) or a length of time on one side whose
 * nearest on the other side has it as its own nearest, the two within half again of each other ("expected to cost 330 million
 * euros" / "The original estimate was 320 million euros", "served as mayor for 12 years" / "who led Varnholm for 11 years"). Such
 * a pair tells one fact with another value, however the sentences word it, when each side gives several values of the kind: the
 * story's other sums and lengths lie nearer to their own counterparts. Pure.
 */
final class NearestValues {
    private NearestValues() {
    }

    /** How far apart two tellings of one value may lie: "18 million euros" / "21 million euros", "12 years" / "11 years". */
    static final double MAX_RATIO = 1.5;
    /** A sum: a currency sign or a currency word after the number, with or without a scale ("€2.5 million", "1,200 euros", "$50m"). */
    private static final Pattern MONEY = Pattern.compile("(?<![\\w.,])([€$£])?\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
            + "(?:\\s*(billion|million|thousand|bn|m)\\b)?(?:\\s+(euros?|dollars?|pounds?|crowns?|francs?)\\b)?", Pattern.CASE_INSENSITIVE);

    /** One value: its currency or unit kind and its size. */
    record Value(String kind, double size) {
    }

    /** The sums of money in {@code s}, each with its currency. */
    static List<Value> sums(String s) {
        List<Value> out = new ArrayList<>();
        if (s.indexOf('€') < 0 && s.indexOf('$') < 0 && s.indexOf('£') < 0 && !CURRENCY_WORD.matcher(s).find()) return out;
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String sign = m.group(1), word = m.group(4);
            if (sign == null && word == null) continue;
            String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            // a bare "m" after the number is a million only after a currency sign ("$50m"; "6m" may be six metres)
            if (scale.equals("m") && sign == null) continue;
            double v = Double.parseDouble(m.group(2).replace(",", ""));
            v *= scale.startsWith("b") ? 1e9 : scale.startsWith("m") ? 1e6 : scale.equals("thousand") ? 1e3 : 1;
            out.add(new Value(currency(sign, word), v));
        }
        return out;
    }

    private static final Pattern CURRENCY_WORD = Pattern.compile("\\b(?:euros?|dollars?|pounds?|crowns?|francs?)\\b", Pattern.CASE_INSENSITIVE);

    private static String currency(String sign, String word) {
        String w = sign != null ? sign : word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "€", "euro", "euros" -> "EUR";
            case "$", "dollar", "dollars" -> "USD";
            case "£", "pound", "pounds" -> "GBP";
            default -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        };
    }

    /** The lengths of time of {@code s} ({@link ValueKinds#lengthsOfTime}), in minutes. */
    static List<Value> lengths(String s) {
        List<Value> out = new ArrayList<>();
        for (long minutes : ValueKinds.lengthsOfTime(s)) if (minutes > 0) out.add(new Value("time", minutes));
        return out;
    }

    /**
     * {@code out[i][j]} is true when a value of A's sentence i and one of B's sentence j are each other's nearest of their kind on
     * the other side, within {@link #MAX_RATIO}.
     */
    static boolean[][] mutual(List<List<Value>> a, List<List<Value>> b) {
        boolean[][] out = new boolean[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (Value v : a.get(i)) {
                int[] near = nearest(v, b);
                if (near == null) continue;
                Value w = b.get(near[0]).get(near[1]);
                int[] back = nearest(w, a);
                if (back == null || back[0] != i || a.get(i).get(back[1]).size() != v.size()) continue;
                if (Math.max(v.size(), w.size()) <= MAX_RATIO * Math.min(v.size(), w.size())) out[i][near[0]] = true;
            }
        }
        return out;
    }

    /** {sentence, index} of the value of {@code v}'s kind nearest to it by ratio in {@code side}; null when there is none. */
    private static int[] nearest(Value v, List<List<Value>> side) {
        int[] best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int s = 0; s < side.size(); s++) {
            List<Value> vs = side.get(s);
            for (int k = 0; k < vs.size(); k++) {
                Value w = vs.get(k);
                if (!w.kind().equals(v.kind()) || w.size() <= 0 || v.size() <= 0) continue;
                double d = Math.abs(Math.log(w.size() / v.size()));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new int[] {s, k};
                }
            }
        }
        return best;
    }
}
