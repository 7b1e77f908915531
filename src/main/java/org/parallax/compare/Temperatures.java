package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temperatures in degrees Celsius or Fahrenheit ("-38.2°C", "minus 36.8F", "44 degrees Celsius", "104F"), read in Celsius so
 * that one reading told in the two scales agrees ("-38.2°C" / "minus 36.8F") and two readings differ ("-24°C" / "minus
 * 17F"). A written value allows half its last digit in its own scale; a hedged one ("about 40C", "more than 100F") two
 * degrees of its scale either way. A conversion in brackets after a value ("40C (104F)") is the same reading, not a second
 * one. Degrees with no scale ("40 degrees") are left out: they may be an angle, and the scale is a guess. Pure.
 */
final class Temperatures {
    /** The kind of a temperature; compared only between counterpart sentences ({@link FactPairing#counted}). */
    static final String KIND = "temperature";

    private static final Pattern TEMPERATURE = Pattern.compile("(?i)(?:(" + FactExtractor.QUAL + ")\\s+)?(?<![\\w.,])(minus\\s+|-|\u2212)?("
            + FactExtractor.DIGITS + ")(?:\\s?\u00b0\\s?([CF])\\b|\\s?degrees?\\s+(celsius|centigrade|fahrenheit)\\b|([CF])\\b)");
    private static final Pattern BRACKET_BETWEEN = Pattern.compile("\\s*[(\\[]\\s*(?:or\\s+)?");

    private Temperatures() {
    }

    /** Whether {@code low} (a lower-cased sentence with a digit) may hold a temperature: the finder is a long pattern. */
    static boolean mayHold(String low) {
        return low.indexOf('\u00b0') >= 0 || low.contains("degree") || low.matches("(?s).*\\d[cf]\\b.*");
    }

    static void find(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = TEMPERATURE.matcher(s);
        int lastEnd = -1;
        while (m.find()) {
            if (lastEnd >= 0 && BRACKET_BETWEEN.matcher(s.substring(lastEnd, m.start())).matches()) {
                lastEnd = m.end();
                continue;
            }
            String num = m.group(3).replace(",", "");
            OptionalDouble parsed = NumberWords.parse(num);
            if (parsed.isEmpty()) continue;
            String scale = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
            boolean fahrenheit = scale.toLowerCase(Locale.ROOT).startsWith("f");
            double v = (m.group(2) != null ? -1 : 1) * parsed.getAsDouble();
            double half = FactExtractor.unitOf(num) / 2;
            double reach = m.group(1) == null ? half : 2;
            double lo = v - reach, hi = v + reach;
            if (fahrenheit) {
                lo = (lo - 32) * 5 / 9;
                hi = (hi - 32) * 5 / 9;
            }
            String norm = (v < 0 ? "-" : "") + NumberWords.format(Math.abs(v)) + "\u00b0" + (fahrenheit ? "F" : "C");
            out.add(new Fact(KIND, lo, hi, m.group().strip(), (m.group(1) == null ? "" : "~") + norm, base + m.start(), base + m.end(), base,
                    sentEnd));
            lastEnd = m.end();
        }
    }
}
