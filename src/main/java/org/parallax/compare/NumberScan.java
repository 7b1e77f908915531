package org.parallax.compare;

import java.util.Locale;
import java.util.Set;

/** A cheap scan of a sentence for anything a number can start with, before {@link FactExtractor}'s long patterns run. Pure. */
final class NumberScan {
    private NumberScan() {
    }

    /** The words {@link FactExtractor}'s number pattern can start with besides digits: spelled numbers, "dozen" and the vague counts. */
    private static final Set<String> NUMBER_WORDS =
            Set.copyOf(java.util.Arrays.asList((NumberWords.WORD_ALTERNATION + "|" + FactExtractor.VAGUE).split("\\|")));

    /**
     * Whether {@link FactExtractor}'s number pattern can match in {@code sentence}: it holds a digit or a whole word that starts a number. A cheap
     * test before the long pattern, which most sentences of an article would otherwise run through.
     */
    static boolean mayHoldNumber(String sentence) {
        int n = sentence.length(), i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (c >= '0' && c <= '9') return true;
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isAsciiLetter(sentence.charAt(j))) j++;
            if (j - i <= 9 && NUMBER_WORDS.contains(sentence.substring(i, j).toLowerCase(Locale.ROOT))) return true;
            i = j;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
