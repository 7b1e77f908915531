package org.parallax.nlp;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EventKind;

/**
 * An undated sentence that tells a meeting right after the one dated before it ("The governor hosted her at a working
 * lunch in Carson City afterwards", "The two held a brief meeting in the airport's VIP lounge before driving into the
 * city"): it happens on the single day of the event the sentence before told. The sentence must tie itself to that
 * event ("afterwards", "later that day", "before driving into", or "the two" as its subject) and name no other place
 * (a part of that event, as the golds since events4 count it); any other undated sentence stays background.
 */
final class RightAfter {
    private RightAfter() {
    }

    /** A host's meal with the guest named or told before: "hosted her at a working lunch", "hosts the minister to dinner". */
    static final String HOSTED_AT_MEAL = "host(s|ed|ing)?\\s+(him|her|them|the\\s+[\\p{L}-]+|[\\p{L}-]+(\\s+[\\p{L}-]+)?)\\s+(at|to|for)"
            + "\\s+((a|an)\\s+)?((working|state|official|private|formal|informal)\\s+)?(lunch|luncheon|dinner|banquet|breakfast)";

    static final Pattern TIED = Pattern.compile("\\bafterwards?\\b|\\blater\\s+that\\s+(day|morning|afternoon|evening|night)\\b"
            + "|\\bbefore\\s+(driving|flying|heading|leaving|travell?ing|going|setting\\s+off)\\b"
            + "|^\\W*the\\s+(two|pair)\\s+(?!(leaders|ministers|presidents|sides|delegations|envoys|countries|nations)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day the sentence happens on: the single day of the last event {@code out} holds when that event came from the
     * sentence just before ({@code previousStart}), the sentence ties itself to it and names no place but that event's
     * ({@code placeIds}: "hosted her at a lunch in Carson City afterwards", after a visit to Reno, is told apart); else null.
     */
    static DateRange dayOf(String sentenceText, List<EventCandidate> out, int previousStart, Collection<Long> placeIds) {
        if (previousStart < 0 || !TIED.matcher(sentenceText).find()) return null;
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() == EventKind.STATEMENT) continue;
            if (e.source().sentenceStart() != previousStart) return null;
            if (!e.whereIds().containsAll(placeIds)) return null;
            DateRange w = e.when();
            return w.precision() == DatePrecision.DAY && w.start().equals(w.end()) ? w : null;
        }
        return null;
    }
}
