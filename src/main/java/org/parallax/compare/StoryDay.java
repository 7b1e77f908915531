package org.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;

/**
 * The day of the story's event in an article's first sentence ("won Sunday's election", "was sentenced on Tuesday", "regained
 * control early on Monday"): when the other article's counterpart of that sentence gives no day at all, its day is the one its
 * own publication carries, so the day is no fact that only one side gives (issue 16: the largest kind of wrong one-sided
 * facts in sets 1-12). A day of its own told elsewhere, a year, a month or a date further off stays a fact.
 */
final class StoryDay {
    /** A day named by its weekday or as today / yesterday, with no year, month or number of a day of a month. */
    private static final Pattern NEAR_DAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today"
            + "|yesterday|tonight)(?:'s)?\\b");
    private static final Pattern FAR = Pattern.compile("(?i)\\b(?:\\d{4}|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|next|last|ago)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\b");

    private StoryDay() {
    }

    /** Whether a date fact's words name a day near the story's own (a weekday, "today", "early on Monday"). */
    static boolean nearDay(Fact f) {
        return f.kind().equals("date") && NEAR_DAY.matcher(f.text()).find() && !FAR.matcher(f.text()).find();
    }

    /**
     * Whether {@code f}, a fact of one side, is the story's day in that side's first sentence {@code first}, whose counterparts
     * {@code others} on the other side give no date at all. A part of the day there ("overnight") leaves the day listed: the
     * weekday tells which night the other side leaves open.
     */
    static boolean toldByPublication(Fact f, Sentence first, List<Sentence> others, Map<Sentence, List<Fact>> otherFacts) {
        if (!nearDay(f) || f.sentenceStart() != first.start() || others.isEmpty()) return false;
        for (Sentence s : others) {
            for (Fact g : otherFacts.getOrDefault(s, List.of())) if (g.kind().equals("date")) return false;
        }
        return true;
    }
}
