package org.parallax.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "fall" as the verb before a date: SUTime joins it to the date as the American autumn ("its 150th anniversary will
 * fall in 2081" is autumn 2081). Where the word is "falls", or "fall" after a modal or "to", the mention is cut to the
 * date after "in" or "on"; a year left alone keeps its value, anything else is left for the resolver to read from its
 * words. Stateless.
 */
final class FallVerb {

    private FallVerb() {
    }

    private static final Pattern FALL_THEN_DATE = Pattern.compile("^(falls?)\\s+(?:in|on)\\s+(\\S.*)$");
    /** Before "fall": a modal or "to" that makes it a verb ("will fall in", "is due to fall on"). */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:will|would|could|can|may|might|should|must|shall|to|does|did)"
            + "(?:\\s+\\p{L}+ly)?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    /** {@code m} cut to the date after the verb "fall", or {@code m} itself where it does not start with that verb. */
    static RawMention cut(String text, RawMention m) {
        Matcher f = FALL_THEN_DATE.matcher(text.substring(m.start(), m.end()));
        if (!f.matches()) return m;
        if (f.group(1).equals("fall") && !VERB_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) return m;
        String kept = f.group(2);
        int start = m.start() + f.start(2);
        return new RawMention(start, m.end(), kept, m.type(), m.nerTag(), m.timexType(), YEAR.matcher(kept).matches() ? kept : null);
    }
}
