package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.text.Months;

/**
 * Decides where a sentence may hold a temporal expression, so that part-of-speech tagging (whole sentences with a
 * cue) and the numeric classifiers and SUTime (only {@link #windows windows} around the cues; most of the pipeline's
 * time) run only where they can find a date. Checked against SUTime on every sentence (NlpBenchmark identity): same
 * dates on the samples, TempEval-3, GUM and re3d; what is lost is only spelled-out NUMBER/ORDINAL tags ("two",
 * "first") away from any cue and SUTime's vague "at the time" (PAST_REF) in cue-less sentences, none of which the app
 * shows or puts on the calendar. Number words and "time" are not cues because they are in most sentences and cost
 * about 20% of the speed.
 */
final class TemporalCue {

    private TemporalCue() {
    }

    /** Words SUTime's rules start from; a plural 's' is stripped before the look-up. */
    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations are cues too: see known()
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

    /**
     * Words that occur inside SUTime's expressions next to a cue without being cues themselves: determiners, modifiers
     * ("early", "last", "half"), range words ("from", "to", "between") and spelled-out numbers. A window grows over
     * them so that an expression such as "the first half of 2013" or "more than two and a half years" is whole in it.
     */
    private static final Set<String> INSIDE = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "next", "last", "previous", "coming", "following",
            "early", "earlier", "late", "later", "mid", "middle", "end", "beginning", "start", "half", "first", "third",
            "fourth", "fifth", "final", "of", "every", "each", "other", "few", "several", "couple", "some", "many",
            "more", "than", "less", "fewer", "about", "around", "nearly", "almost", "approximately", "roughly", "over",
            "under", "at", "least", "most", "up", "to", "from", "through", "thru", "until", "till", "between", "and",
            "or", "-", "--", "/", ",", "since", "before", "after", "within", "during", "in", "on", "by", "for", "per",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
            "dozen", "dozens", "hundreds", "thousands", "'s");

    /**
     * The token ranges SUTime needs to see in a sentence: every cue, grown over adjacent cues and {@link #INSIDE}
     * words, with {@code margin} more tokens either side (SUTime's tense rules look up to three tokens past an
     * expression for a past-tense verb or "will"), clipped to the sentence; ranges that overlap or touch are merged.
     * Empty when the sentence has no cue.
     *
     * @return {@code [from, to)} token index pairs, in order
     */
    static List<int[]> windows(List<String> words, int margin) {
        List<int[]> spans = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            if (!isCue(words.get(i))) continue;
            // "'11" is a year: the tokenizer may split off the apostrophe
            if (isPlainNumber(words.get(i)) && (i == 0 || !isApostrophe(words.get(i - 1)))) continue;
            int left = i;
            while (left > 0 && grows(words.get(left - 1))) left--;
            int right = i;
            while (right + 1 < n && grows(words.get(right + 1))) right++;
            int from = Math.max(0, left - margin);
            int to = Math.min(n, right + 1 + margin);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                spans.add(new int[] {from, to});
            }
            i = right;
        }
        return spans;
    }

    /**
     * A number SUTime cannot read as a time on its own: digits with at most a decimal part or thousands commas, or two
     * short numbers joined by a hyphen (scores, "6-7"), but no four-digit number (a year, or a time such as 0800).
     * Such a number starts no window, so wire text full of scores, prices and tables does not send most of its
     * sentences to SUTime; it still {@link #grows grows} a window a real cue starts ("March 6-7", "3 days", "5 pm").
     */
    static boolean isPlainNumber(String word) {
        if (!PLAIN_NUMBER.matcher(word).matches()) return false;
        return !YEAR_OR_CLOCK.matcher(word).matches();
    }

    private static final Pattern YEAR_OR_CLOCK = Pattern.compile("\\d{4}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d{1,3}-\\d{1,3}");

    private static boolean isApostrophe(String word) {
        return word.endsWith("'") || word.endsWith("\u2019") || word.endsWith("`");
    }

    private static boolean grows(String word) {
        return INSIDE.contains(word.toLowerCase(Locale.ROOT)) || isCue(word);
    }

    static boolean isCue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1 && known(w.substring(0, w.length() - 1))) return true;
        if (known(w)) return true;
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.endsWith("s") && w.length() > 2 && known(w.substring(0, w.length() - 1))) return true;
        return known(w);
    }

    /** A cue word, or a month's name or abbreviation (without its dot). */
    private static boolean known(String w) {
        return WORDS.contains(w) || (!w.endsWith(".") && Months.parse(w).isPresent());
    }
}
