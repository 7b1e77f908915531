package org.parallax.compare;

import java.util.regex.Pattern;

/**
 * A sum in brackets right after a value is that value converted: "€1.2 million (about £1.03 million)", "3.1 billion zlotys (about €720
 * million)", "€1.4 billion (about $1.5 billion)". The other article gives the value, not the conversion, so the bracketed sum is no
 * fact that one side lacks and is not listed one-sided (issue 16, set 17). Pure.
 */
final class BracketConversions {
    private BracketConversions() {
    }

    /** A value just before the bracket: a number, a scale or a currency word ends it ("€1.2 million", "3.1bn zlotys", "$400"). */
    private static final Pattern VALUE_BEFORE = Pattern.compile("(?i)(?:\\d|\\d\\s?(?:m|bn|k)|million|billion|thousand|trillion|[a-z]+s)\\s*\\(\\s*"
            + "(?:(?:about|around|roughly|some|approximately|nearly|almost|or|c\\.|circa|just\\s+over|just\\s+under)\\s+)?$");
    private static final Pattern NUMBER_NEAR = Pattern.compile("\\d");

    /** Whether {@code f}, a sum in {@code text}, stands alone in brackets right after another value of its sentence. */
    static boolean isConversion(String text, Fact f) {
        if (!f.kind().startsWith("amount in ")) return false;
        int end = f.end();
        while (end < f.sentenceEnd() && text.charAt(end) == ' ') end++;
        if (end >= f.sentenceEnd() || text.charAt(end) != ')') return false;
        int from = Math.max(f.sentenceStart(), f.start() - 40);
        String before = text.substring(from, f.start());
        // the bracket opens on the fact (or on its hedge), and a number stands in the words before the bracket
        int open = before.lastIndexOf('(');
        return open > 0 && VALUE_BEFORE.matcher(before).find() && NUMBER_NEAR.matcher(before.substring(0, open)).find();
    }
}
