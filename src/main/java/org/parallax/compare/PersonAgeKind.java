package org.parallax.compare;

import java.util.regex.Pattern;

/**
 * A person's age as a value kind of {@link SentenceAligner}: the one sentence each article gives an age in tells of one person,
 * however the rest is worded and whatever age each gives ("Luc Marin, 47, had been taking part in the Ocean Solo race" /
 * "Rescuers have saved skipper Luc Marin, 48, from his crippled yacht", "Lessing, 58, wept as the verdict was read out" / "The
 * 59-year-old former mayor had been accused"). The ages are those {@link FactExtractor} reads, named or not ("the
 * 96-year-old main" reads as one too). Pure.
 */
final class PersonAgeKind {
    private PersonAgeKind() {
    }

    /** The value kind of a sentence that states an age. */
    static final String AGE = "age";
    /** A quick test before the facts are read: an age is written "-year-old", "Name, 47," or "aged 61". */
    private static final Pattern HINT = Pattern.compile("year-old|,\\s+\\d{1,3}(?:,|\\.?\\s*$)|\\baged?\\s+\\d|\\bof\\s+\\d{2}\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether {@code text[start, end)} states the age of a person. */
    static boolean states(String text, int start, int end) {
        if (!HINT.matcher(text.substring(start, end)).find()) return false;
        for (Fact f : FactExtractor.extract(text, start, end)) if (f.kind().startsWith("age of")) return true;
        return false;
    }
}
