package org.parallax.compare;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as news text writes them, to one value: digits with thousands commas ("1,000"), decimals ("7.3"), spelled
 * numbers ("Forty-three", "two hundred", "a dozen") and a scale word after either ("2.5 million", "$334M"). Pure.
 */
public final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "m", 1e6, "mm", 1e6, "bn", 1e9, "k", 1e3, "b", 1e9);

    /** The spelled-number words a reader may see between digits of one number ("forty-three", "two hundred and five"). */
    static final String WORD_ALTERNATION = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
            + "|million|billion|dozen";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    /** Digits with a scale written on ("334m", "2.5bn", "40k"). */
    private static final Pattern DIGITS_SCALE = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|mm|bn|k|b)");

    private NumberWords() {
    }

    /** Whether {@code word} (any case) is a spelled number or a scale word. */
    public static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return UNITS.containsKey(w) || SCALES.containsKey(w) && w.length() > 2;
    }

    /**
     * The value of {@code text}: "43", "1,000", "7.3", "Forty-three", "two hundred and five", "2.5 million", "334M",
     * "a dozen". Empty when it is not one number.
     */
    public static OptionalDouble parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        if (s.isEmpty()) return OptionalDouble.empty();
        if (s.startsWith("a ") || s.startsWith("an ")) s = "one " + s.substring(s.indexOf(' ') + 1);
        String[] words = SEPARATORS.split(s);
        double total = 0, group = 0;
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("and") && any && i + 1 < words.length) continue;
            if (DIGITS.matcher(w).matches()) {
                if (any && group != 0) return OptionalDouble.empty();
                group = Double.parseDouble(w.replace(",", ""));
                any = true;
                continue;
            }
            Matcher digitsScale = DIGITS_SCALE.matcher(w);
            if (digitsScale.matches()) {
                if (any) return OptionalDouble.empty();
                total += Double.parseDouble(digitsScale.group(1)) * SCALES.get(digitsScale.group(2));
                any = true;
                continue;
            }
            Integer u = UNITS.get(w);
            if (u != null) {
                if (w.equals("dozen")) {
                    group = (group == 0 ? 1 : group) * 12;
                } else {
                    group += u;
                }
                any = true;
                continue;
            }
            Double sc = SCALES.get(w);
            if (sc != null && any) {
                if (sc == 100) {
                    group *= 100;
                } else {
                    total += group * sc;
                    group = 0;
                }
                continue;
            }
            return OptionalDouble.empty();
        }
        return any ? OptionalDouble.of(total + group) : OptionalDouble.empty();
    }

    /** The value as a reader would write it: "7", "7.3", "2500000". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%s", stripZeros(v));
    }

    private static String stripZeros(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
