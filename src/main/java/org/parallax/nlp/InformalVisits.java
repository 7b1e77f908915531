package org.parallax.nlp;

/**
 * Visits told in the words of a local column or a club's news, for {@link EventExtractor}'s visit cue: "dropped in at
 * the Scouts' hut", "popped into Bramford Primary School", "called in at the depot", "the mayor, X, is coming to
 * Bramford to reopen the park". Not "prices dropped into negative territory", "dropped by 5%", "an idea popped into her
 * head" (a place or body must follow), nor "coming to terms".
 */
final class InformalVisits {
    private InformalVisits() {
    }

    /** The cue, as an alternative of a case-insensitive pattern. */
    static final String CUE = "(dropped|drops|drop|dropping)\\s+in\\s+(at|on)\\s+(?=((the|a|an|our|their|his|her)\\s+)?"
            + "(?-i:\\p{Lu}))|(popped|pops|pop|popping)\\s+(into|in\\s+(at|on|to)|by)\\s+(?=((the|our|their|his|her)\\s+)?"
            + "(?-i:\\p{Lu}))|(called|calls|calling)\\s+in\\s+at\\s+(?=((the|our|their|his|her)\\s+)?(\\p{L}+\\s+)?(?-i:\\p{Lu}))"
            + "|(?<=(?-i:\\p{Lu})[\\p{L}'’-]{1,30},?\\s{1,3})(is|are)\\s+coming\\s+to\\s+(?=(?-i:\\p{Lu}))";

    /**
     * A meeting told as sitting down together: "Tremblay also sat down with Ghana's president, X, on Friday", "will sit
     * down with the mayor". Not "sat down with a book" (a person or a title must follow).
     */
    static final String SAT_DOWN = "(sat|sits|sit|sitting)\\s+down\\s+with\\s+(?=((the|a|an|his|her|their)\\s+)?"
            + "((?-i:\\p{Lu})|(\\p{L}+\\s+)?(president|minister|mayor|leader|chancellor|king|queen|envoy|secretary|premier"
            + "|governor|chief|chair|head)\\b))";
}
