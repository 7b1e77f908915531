package org.parallax.compare;

import java.util.regex.Pattern;

/**
 * Ages that are no person's, for {@link AgeFacts}: "The 160-year-old tower", "the nine-year-old gelding", "the 2,500-tonne,
 * 160-year-old Hollin Head lighthouse". An age of 120 years or more is a thing's, since no person lives so long; and an age
 * followed by the noun of an animal, a building or another thing (right after it, or after a name) is that
 * thing's. Without this, "The 160-year-old tower" was read as the age of a named person and listed as a fact the other side
 * lacks. A thing's age before its noun ("the nine-year-old gelding") is kept as the unnamed age of that noun ("age of a
 * gelding"), so that the sentence still tells two ages and "The nine-year-old" on the other side is not taken for its one
 * named person (dropping the age made that false conflict).
 */
final class ThingAges {
    private ThingAges() {
    }

    /** No person is this old. */
    static final double OLDEST = 120;

    private static final Pattern THING_AFTER = Pattern.compile("\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}((?:horse|gelding|mare|colt|filly|stallion|pony"
            + "|dog|cat|elephant|gorilla|tortoise|whale|animal|tower|building|bridge|church|cathedral|lighthouse|house|ship|vessel|boat|tree"
            + "|oak|company|firm|business|club|tradition|record|law|car|plane|aircraft|mill|chimney|station|pier|theatre|hotel|castle|school"
            + "|museum|newspaper|festival|race|contest|monument|statue)s?)\\b(?!-)");

    /** The noun of the thing whose age ends at {@code end} of {@code s} ("gelding"), or null when none follows. */
    static String noun(String s, int end) {
        java.util.regex.Matcher m = THING_AFTER.matcher(s).region(end, s.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** Whether the age {@code years}, ending at {@code end} of {@code s}, is a thing's and no person's. */
    static boolean thing(String s, int end, double years) {
        return years >= OLDEST || THING_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }
}
