package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a report was made, told before its verb, for {@link EventExtractor}: "The foreign ministry on Friday confirmed
 * that X met Y in Muscat on Tuesday", "The palace on Monday announced that the king will visit Japan in May". The date
 * right before the reporting verb is the statement's; the event's date is the one the clause after the verb gives.
 * Only when that clause gives a date of its own: "The ministry on Friday confirmed the meeting" keeps Friday.
 */
final class ReportingDays {
    private ReportingDays() {
    }

    /** Right after the date: a reporting verb (with "publicly", "also" before it) and the clause it governs. */
    private static final Pattern VERB_AFTER = Pattern.compile("^,?\\s+((also|publicly|officially|formally|finally|later)\\s+)?"
            + "(confirmed|said|announced|revealed|disclosed|reported|stated|acknowledged|admitted|told\\s+(reporters|journalists|the\\s+press))"
            + "(\\s+that|,|\\s+(?=(?-i:\\p{Lu})|the\\b|he\\b|she\\b|they\\b|it\\b))", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the date ending at {@code dateEnd} in {@code sentenceText} is the day of a reporting verb right after it,
     * and one of the other dates ({@code otherStarts}, offsets in the same sentence) stands in the clause the verb governs.
     */
    static boolean isReportingDay(String sentenceText, int dateEnd, List<Integer> otherStarts) {
        if (dateEnd < 0 || dateEnd > sentenceText.length()) return false;
        Matcher m = VERB_AFTER.matcher(sentenceText.substring(dateEnd));
        if (!m.find()) return false;
        int clause = dateEnd + m.end();
        return otherStarts.stream().anyMatch(o -> o >= clause);
    }
}
