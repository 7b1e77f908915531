package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a sentence may hold a temporal expression, so that SUTime (about 80% of the pipeline's time) runs
 * only where it can find something. It errs on the side of yes: a false cue costs time, a missed cue loses a date.
 */
final class TemporalCue {

    private TemporalCue() {
    }

    /** Words SUTime's rules start from; a plural 's' is stripped before the look-up. */
    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // weekdays and abbreviations
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // deictic and vague references
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current", "recently", "recent",
            "formerly", "previously", "previous", "past", "present", "future", "ago", "later", "earlier", "soon", "nowadays", "lately",
            "once", "twice", "daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly",
            "annual", "biannual", "then", "time",
            // units
            "second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century",
            "centurie", "millennium", "millennia", "quarter", "semester", "term", "season", "era", "age", "period",
            // seasons and parts of the day
            "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night", "noon",
            "midnight", "midday", "dawn", "dusk", "overnight", "daytime", "nighttime", "sunrise", "sunset",
            // holidays SUTime knows by name
            "christmas", "easter", "thanksgiving", "halloween", "new", "eve", "independence", "labor", "memorial",
            "veterans", "valentine", "passover", "hanukkah", "ramadan", "eid", "diwali", "kwanzaa", "columbus",
            "presidents", "mlk", "patrick", "mother", "father", "boxing", "lent", "advent", "pentecost",
            // number words that start durations and times ("three weeks", "half past ten")
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "a.m.", "p.m.", "am", "pm", "o'clock",
            "bc", "ad", "b.c.", "a.d.", "bce", "ce", "fy", "q1", "q2", "q3", "q4", "h1", "h2");

    /** Whether one of the tokens (their text, in order) is a cue. */
    static boolean anyCue(List<String> words) {
        for (String w : words) {
            if (isCue(w)) return true;
        }
        return false;
    }

    static boolean isCue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1 && WORDS.contains(w.substring(0, w.length() - 1))) return true;
        if (WORDS.contains(w)) return true;
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.endsWith("s") && w.length() > 2 && WORDS.contains(w.substring(0, w.length() - 1))) return true;
        return WORDS.contains(w);
    }
}
