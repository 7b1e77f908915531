package org.parallax.nlp;

/**
 * A visit told from the host's side, for {@link EventExtractor}'s meeting cue: "The University of Leeds welcomed the
 * Korean ambassador, X, on Monday", "the School of Music hosted the conductor X", "Archbishop X welcomed the patriarch
 * at the port", "welcomed Princess Anne", "on Wednesday she received the Georgian foreign minister, X". The one
 * welcomed, hosted or received is a person, named or told by a title or a calling; not "welcomed the decision",
 * "welcomed the minister's remarks" (a possessive), "hosted a debate", "received a letter from the minister".
 */
final class HostVisits {
    private HostVisits() {
    }

    /** A person's title or calling, as the object of the host's verb. */
    private static final String PERSON_NOUN = "(ambassadors?|envoys?|president|prime\\s+minister|ministers?|secretary"
            + "|mayors?|governor|chancellor|premier|king|queen|prince|princess|duke|duchess|pope|patriarch|archbishop|bishop"
            + "|cardinal|imam|rabbi|emir|sultan|conductor|novelist|author|writer|artist|singer|actor|actress|poet|astronaut"
            + "|commissioner|counterparts?|vice-chancellor|chief\\s+executive|head\\s+of\\s+state)";

    /**
     * The one welcomed or hosted: up to two words ("the Korean ambassador", "its new Swedish counterpart") before a title
     * or calling, or a name written without "the" ("welcomed Matos"); no possessive follows within the clause ("welcomed
     * President X's decision").
     */
    static final String OBJECT = "(((the|a|an|its|their|his|her|our)\\s+)?([\\p{L}-]+\\s+){0,2}?" + PERSON_NOUN
            + "\\b|(?-i:\\p{Lu})[\\p{L}-]+\\b)(?![^.,;]{0,40}?['’]s\\b)";

    /** The cue, as an alternative of a case-insensitive pattern: the host's verb, then the one it welcomes or hosts. */
    static final String CUE = "(welcom(ed|es|ing)|greet(ed|s|ing)|host(ed|s|ing)|receiv(ed|es|ing))\\s+(?=" + OBJECT + ")";
}
