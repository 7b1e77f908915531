package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * A body named "X of" a place is an organisation, whatever the place in its name made the recogniser say (issue 15,
 * entities18): "the State Railway of Thailand" was typed a place, as "the Reserve Bank of New Zealand" or "the Football
 * Association of Ireland" may be. The words before "of" must end in a body's noun; "the Isle of Man", "the Gulf of
 * Mexico" and "the Republic of Ireland" do not.
 */
final class BodiesOfPlaces {
    private BodiesOfPlaces() {
    }

    private static final Pattern BODY_OF_PLACE = Pattern.compile("^(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:Railways?|Bank|Authority"
            + "|Association|Federation|Corporation|Company|Institute|University|Commission|Agency|Council|Ministry|Department"
            + "|Board|Union|League|Party|Church|Society|Academy|Museum|Library|Post|Airways|Airlines)\\s+of\\s+(?:the\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}$");

    /** Whether {@code form} names a body of a place: "State Railway of Thailand", "Bank of Ghana". */
    static boolean named(String form) {
        return BODY_OF_PLACE.matcher(form).matches();
    }
}
