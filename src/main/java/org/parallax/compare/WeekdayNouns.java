package org.parallax.compare;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday before a noun names a kind of thing, not a day, for {@link FactPairing}: "the end of Saturday deliveries",
 * "Saturday letter deliveries would end", "Sunday trading laws". Such a weekday (no "on", "last", "next", "by" or the like
 * before it, no "'s" after it, a plural noun after it, at most one noun between) is no date of the story. Without this,
 * "must approve the end of Saturday deliveries" was a date ("the end of Saturday") that conflicted with the other side's
 * "Saturday letter deliveries", and the two sentences were linked by the one weekday each side gives. "On Saturday police
 * arrested", "Saturday's protests", "last Friday talks broke down" and "Saturday saw protests" stay dates.
 */
final class WeekdayNouns {
    private WeekdayNouns() {
    }

    private static final Pattern WEEKDAY_ENDS = Pattern.compile("(?i)(?:^|\\s)(\\S+\\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)$");
    private static final Pattern NOUNS_AFTER = Pattern.compile("\\s+(?:([a-z]{3,})\\s+)?([a-z]{3,}s)\\b(?!['’])");
    private static final Set<String> TIME_WORDS = Set.of("on", "last", "next", "this", "by", "until", "till", "from", "since", "before",
            "after", "every", "each", "that", "early", "late", "to", "through", "between", "and", "or", "coming", "past", "same");
    private static final Set<String> NOT_NOUNS = Set.of("morning", "afternoon", "evening", "night", "saw", "sees", "was", "is", "has", "had",
            "brought", "brings", "marked", "marks", "will", "would", "could", "began", "ended", "when", "after", "before", "as", "its", "his",
            "her", "their");
    private static final Set<String> VERBS = Set.of("was", "has", "does", "sees", "marks", "brings", "means", "remains", "begins", "ends",
            "starts", "looks", "seems", "comes", "goes", "follows", "is");

    /** Whether the date {@code mention} (its text ending at {@code end} of {@code text}) is a weekday told as a kind of thing. */
    static boolean attributive(String text, int start, int end, String mention) {
        Matcher w = WEEKDAY_ENDS.matcher(mention.strip());
        if (!w.find()) return false;
        String before = w.group(1) != null ? w.group(1).strip() : FactExtractor.wordBefore(text, start);
        if (before != null && TIME_WORDS.contains(before.toLowerCase(Locale.ROOT))) return false;
        Matcher n = NOUNS_AFTER.matcher(text).region(end, text.length());
        if (!n.lookingAt()) return false;
        return (n.group(1) == null || !NOT_NOUNS.contains(n.group(1))) && !VERBS.contains(n.group(2));
    }
}
