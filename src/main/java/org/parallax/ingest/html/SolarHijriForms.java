package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Solar Hijri dates in forms {@link WorldDates} does not read as the Gregorian day they name: Afghanistan's
 * months, named after the signs of the zodiac in Dari ("۲۳ حوت ۱۴۱۷", Hut, the twelfth month) and in Pashto ("کب"),
 * and the numeric date Iranian sites print, the year first ("۱۴۱۷/۱۲/۲۲"), in Persian digits, or in ASCII digits among
 * Persian words (not Arabic-Indic digits, nor a year marked "هـ" or "ق": those are lunar Hijri years, as 14xx is on an
 * Arabic page). Only years 1300 to 1499 are read (a Gregorian year is never among them).
 * Text without such a date is returned unchanged.
 */
final class SolarHijriForms {
    /** The twelve months from the first, Hamal (Wray) to Hut (Kab), in Dari and in Pashto. */
    private static final String[][] MONTHS = {{"حمل", "وری"}, {"ثور", "غویی", "غوایی"}, {"جوزا", "غبرگولی", "غبرګولی"},
        {"سرطان", "چنگاښ", "چنګاښ"}, {"اسد", "زمری"}, {"سنبله", "وږی"}, {"میزان", "تله"}, {"عقرب", "لړم"}, {"قوس", "لیندۍ", "لیندی"},
        {"جدی", "مرغومی"}, {"دلو", "سلواغه"}, {"حوت", "کب"}};
    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    private static final Pattern NAMED;
    private static final Pattern NUMERIC = Pattern.compile("(?<!" + DIGIT + "|[/.\\-])(" + DIGIT + "{4})\\s*([/.\\-])\\s*(" + DIGIT
            + "{1,2})\\s*\\2\\s*(" + DIGIT + "{1,2})(?!" + DIGIT + "|[/.\\-]" + DIGIT + "|\\s*(?:هـ|ھ|ه\\.?\\s?ق|ق))");
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF]");
    /** Letters Persian (and Dari) write that Arabic does not. */
    private static final Pattern PERSIAN_LETTERS = Pattern.compile("[پچژگکی]");

    static {
        StringBuilder alt = new StringBuilder();
        for (String[] month : MONTHS) for (String n : month) alt.append(alt.length() == 0 ? "" : "|").append(n);
        NAMED = Pattern.compile("(?<!" + DIGIT + "|\\p{L})(" + DIGIT + "{1,2})\\s+(" + alt + ")(?![\\p{L}\\p{M}])\\s*(" + DIGIT
                + "{4})(?!" + DIGIT + ")");
    }

    private SolarHijriForms() {
    }

    /** {@code text} with such dates as ISO dates of the Gregorian calendar. */
    static String prepare(String text) {
        if (text == null || !ARABIC_SCRIPT.matcher(text).find()) return text;
        String t = NAMED.matcher(text).replaceAll(m -> iso(m.group(), m.group(3), month(m.group(2)), m.group(1)));
        boolean persian = PERSIAN_LETTERS.matcher(t).find();
        return NUMERIC.matcher(t).replaceAll(m -> {
            // Persian digits, or ASCII ones in Persian words: an Arabic page's year first with 14xx is a lunar Hijri one,
            // and so is a year marked "هـ" or "ق" (qamari) after it
            boolean persianDigits = m.group(1).chars().allMatch(c -> c >= 0x06F0 && c <= 0x06F9);
            boolean asciiDigits = m.group(1).chars().allMatch(c -> c < 0x80);
            if (!persianDigits && !(asciiDigits && persian)) return Matcher.quoteReplacement(m.group());
            return iso(m.group(), m.group(1), Integer.parseInt(ascii(m.group(3))), m.group(4));
        });
    }

    private static String iso(String whole, String year, int month, String day) {
        int y = Integer.parseInt(ascii(year));
        if (y < 1300 || y > 1499 || month < 1) return Matcher.quoteReplacement(whole);
        LocalDate d = WorldDates.fromSolarHijri(y, month, Integer.parseInt(ascii(day)));
        return d == null ? Matcher.quoteReplacement(whole) : d.toString();
    }

    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) for (String n : MONTHS[i]) if (n.equals(name)) return i + 1;
        return -1;
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        return b.toString();
    }
}
