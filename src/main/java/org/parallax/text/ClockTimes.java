package org.parallax.text;

/**
 * The one reading of a time of day in running text, as {@link Months} is of month names: "6 p.m.", "6pm", "6 P.M.",
 * "11:00 a.m.", "3.15 p.m." and a bare "23:30" or "23.30". A time of day names no day, so the date resolver leaves it
 * out when it asks whether a mention names a day, and the comparison does not take it for a date fact. (The sentence
 * splitter and the word diff read a clock word by word, where a pattern over the text does not fit: see
 * {@code Sentences} and {@code compare.WordDiff}.)
 */
public final class ClockTimes {
    /**
     * A time of day as a regular expression without capturing groups; use it with
     * {@link java.util.regex.Pattern#CASE_INSENSITIVE} (or {@code (?i)}). It starts at the hour's first digit, so put a
     * word boundary before it where a longer number must not match.
     */
    public static final String TIME = "(?:\\d{1,2}(?:[:.]\\d{2})?\\s?[ap]\\.?\\s?m\\.?(?!\\p{L})|\\d{1,2}[:.]\\d{2}(?!\\d))";

    private ClockTimes() {
    }
}
