package org.parallax.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's date that is also the day of the event told right after it ({@link EventExtractor}): "The deal was
 * announced on Thursday in Vienna, where X and Y appeared together at a press conference". The event of the
 * ", where" or ", when" clause took place when and where the statement was made.
 */
final class StatementDays {
    private StatementDays() {
    }

    /** Right after the date: a place or nothing, then ", where" or ", when" opening the clause of the event. */
    private static final Pattern WHERE_CLAUSE = Pattern.compile("^[^.;,]{0,40}?,\\s+(where|when)\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the event told in a ", where" or ", when" clause right after the statement's date (ending at {@code after}
     * in {@code sentenceText}) owns that date too: the clause has a visit or meeting cue in the sense the sentence's
     * kind is read in.
     */
    static boolean alsoTheEvents(String sentenceText, int after) {
        if (after < 0 || after > sentenceText.length()) return false;
        Matcher m = WHERE_CLAUSE.matcher(sentenceText.substring(after));
        if (!m.find()) return false;
        String clause = NotAnEvent.BODY_SESSION.matcher(NotAnEvent.OTHER_SENSE.matcher(MeetingsNamed.blank(
                sentenceText.substring(after + m.end()))).replaceAll(" ")).replaceAll(" ");
        return EventExtractor.VISIT.matcher(clause).find() || EventExtractor.MEETING.matcher(clause).find();
    }
}
