package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * The days of a tour told by their order, the day as the one who takes the traveller on: "The second day took her to
 * Dhubri". A visit cue when the sentence opens with such a day; its date is that day of the tour told before.
 */
final class TourDays {

    private TourDays() {
    }

    /** A day of the tour named by its order, opening the sentence. */
    private static final Pattern ORDINAL_DAY = Pattern.compile("^\\W*(on\\s+)?the\\s+(first|second|third|fourth|fifth|sixth"
            + "|seventh|final|last|opening|closing)\\s+day\\b", Pattern.CASE_INSENSITIVE);

    /** "took her to Dhubri", "took the minister on to Goalpara". */
    static final Pattern TOOK_TO = Pattern.compile("\\btook\\s+(him|her|them|us|the\\s+\\p{L}+)\\s+(on\\s+)?to\\s+(?-i:\\p{Lu})",
            Pattern.CASE_INSENSITIVE);

    /** Whether the sentence opens with a day of a tour named by its order. */
    static boolean opensWithOrdinalDay(String sentenceText) {
        return ORDINAL_DAY.matcher(sentenceText).find();
    }
}
