package org.parallax.nlp;

/**
 * A commander's or a head of state's inspection, for {@link EventExtractor}'s visit cue: "inspected troops of the 12th
 * Mechanised Brigade at the Orzysz training area on Friday", "had reviewed a parade of recruits at the garrison in
 * Elblag", "inspected a guard of honour". A visit to where the troops are. Not
 * "inspected the accounts", "reviewed the policy", "reviewed the brigade's budget" (troops, a parade, a guard or a
 * unit must follow, not its possessive), nor the noun "a review on the parade ground".
 */
final class Inspections {
    private Inspections() {
    }

    /** The cue, as an alternative of a case-insensitive pattern. */
    static final String CUE = "(inspect(s|ed|ing)?|review(ed|ing))\\s+((a|the|its|his|her|their)\\s+)?"
            + "((?!(on|at|in|of|by|for|from|to|with|and)\\b)(\\p{L}+|\\d+\\p{L}*)\\s+){0,2}?(troops|soldiers|sailors|marines"
            + "|recruits|cadets|parades?|guards?\\s+of\\s+honou?r|honou?r\\s+guards?|brigades?|battalions?|regiments?|garrisons?|(forward|front-?line)\\s+positions)(?!['’])";
}
