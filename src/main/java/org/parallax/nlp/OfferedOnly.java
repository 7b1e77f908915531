package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * A visit or meeting that a sentence only offers or says never happened, for {@link NotAnEvent#planOff}: an invitation
 * ("invited Dr Molefe to pay a state visit to Zambia in 2040", "renewed an invitation for the Pope to visit Chile",
 * "has invited her to visit Accra next year") is a visit hoped for, as "hopes to visit" is; "no such meeting took
 * place", "the meeting never happened" deny it in so many words. No event at the sentence's dates. "At the invitation of
 * X, Y paid an official visit" is a visit made, and no invitation here ("invitation of" is no offer to someone).
 */
final class OfferedOnly {
    private OfferedOnly() {
    }

    static final Pattern OFFERED = Pattern.compile("\\b(invit(e|es|ed|ing)|invitations?\\s+(for|to))\\s+[^.;]{1,80}?\\bto\\s+"
            + "((pay|make)\\s+(a|an|his|her|their)\\s+)?([\\p{L}-]+\\s+){0,2}?(visit|meet|come\\s+to|travel\\s+to|tour)\\b"
            + "|\\bno\\s+such\\s+(meeting|visit|talks|trip)\\s+(ever\\s+)?(took\\s+place|happened|occurred|was\\s+held)\\b"
            + "|\\b(meeting|visit|talks|trip)\\s+(never\\s+(took\\s+place|happened|occurred)|(did\\s+not|didn['’]t)\\s+(take\\s+place|happen|occur))\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean offeredOnly(String sentenceText) {
        return OFFERED.matcher(sentenceText).find();
    }
}
