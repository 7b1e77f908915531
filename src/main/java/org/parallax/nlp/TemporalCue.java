package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a sentence may hold a temporal expression, so that part-of-speech tagging, the numeric classifiers
 * and SUTime (most of the pipeline's time) run only where they can find a date. Checked against SUTime on every
 * sentence (NlpBenchmark identity): same dates on the samples, TempEval-3, GUM and re3d; what a cue-less sentence
 * loses is only spelled-out NUMBER/ORDINAL tags ("two", "first") and SUTime's vague "at the time" (PAST_REF), none
 * of which the app shows or puts on the calendar. Number words and "time" are left out because they are in most
 * sentences and cost about 20% of the speed.
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
            // deictic and vague references SUTime normalises on their own (PRESENT_REF, PAST_REF, FUTURE_REF)
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "formerly", "previously",
            "past", "future", "ago", "nowadays", "lately", "once", "current", "present",
            // periodic sets
            "daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "annual",
            // units: "two weeks", "the next day", "this year"
            "second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century",
            "centurie", "millennium", "millennia", "quarter", "semester", "season",
            // seasons and parts of the day
            "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night", "noon",
            "midnight", "midday", "dawn", "dusk", "overnight", "daytime", "nighttime",
            // holidays SUTime knows by name (english.holidays.sutime.txt)
            "christmas", "easter", "thanksgiving", "halloween", "valentine", "passover", "hanukkah", "ramadan",
            "diwali", "kwanzaa", "mlk", "pentecost",
            // times of day
            "a.m.", "p.m.", "am", "pm", "o'clock", "bc", "ad", "b.c.", "a.d.", "bce", "fy");

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
