package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * The first person of a quote, for {@link EventExtractor}: "I met her once before, at a trade fair in Birmingham in
 * 2015," Patel said; "I'm going to Brasilia on 19 July," she said; an interview's answer "I visited Juba in 2011". The
 * "I" is the one who speaks: the person the sentence says said it, else the one "she" stands for, else (an interview's
 * answers, told with no "said") the person the article named first.
 */
final class QuotedSpeaker {
    private QuotedSpeaker() {
    }

    /**
     * "I" as a subject ("I visited", "I'm going", "Last month I was in"), not a king's or a war's numeral ("Charles I
     * visited", "World War I veterans").
     */
    static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])(?<!\\b(War|Phase|Class|Type|Part|Book|Act|Chapter"
            + "|Henry|Charles|Elizabeth|James|George|Edward|William|Richard|Mary|Louis|Philip|Juan\\s{1,3}Carlos)\\s{1,3})"
            + "I(['’](m|ve|d|ll))?\\s+(\\p{Ll}|['’]m\\b)");
}
