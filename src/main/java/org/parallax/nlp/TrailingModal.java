package org.parallax.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date mention that SUTime ran on into the modal verb "may" after it: "The 22nd century may seem far off" is tagged
 * as one mention, 22 May. In lower case after other words, "may" is the verb (news text capitalises the month), so the
 * mention is cut before it; "the Nth century" left is that century, anything else takes no value of SUTime's and is
 * read from its words. Stateless.
 */
final class TrailingModal {

    private TrailingModal() {
    }

    /** Words, then the lower-case "may" (with nothing of a day after it). */
    private static final Pattern BEFORE_MAY = Pattern.compile("^(.*\\S)\\s+may$");
    private static final Pattern DAY_NUMBER_END = Pattern.compile("\\d(?:st|nd|rd|th)?$");
    private static final Pattern CENTURY = Pattern.compile("^(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century$", Pattern.CASE_INSENSITIVE);

    /** {@code m} without a trailing modal "may", or {@code m} itself. */
    static RawMention cut(String text, RawMention m) {
        Matcher b = BEFORE_MAY.matcher(text.substring(m.start(), m.end()));
        if (!b.matches() || DAY_NUMBER_END.matcher(b.group(1)).find()) return m; // "on 22 may": a month written small
        String kept = b.group(1);
        Matcher c = CENTURY.matcher(kept);
        String value = c.matches() ? String.format("%02dXX", Integer.parseInt(c.group(1)) - 1) : null;
        return new RawMention(m.start(), m.start() + kept.length(), kept, m.type(), m.nerTag(), m.timexType(), value);
    }
}
