package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * A decade of a life ("In his twenties", "His forties were his busiest years", "into his eighties"): the years of those
 * ages, counted from the birth year the text gives ("Born in Newport in the spring of 1951") or from an age at
 * publication ("who has died aged 84"). SUTime leaves these untagged. Not dated where the text gives no birth year or
 * age, nor where the phrase describes someone ("a man in his fifties"). Stateless.
 */
final class AgeDecades {

    private AgeDecades() {
    }

    /** The value these mentions carry, for {@link #range} to know them. */
    static final String VALUE = "AGE_DECADE";
    private static final List<String> DECADES = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");
    private static final Pattern AGE_DECADE = Pattern.compile("\\b(?:his|her|their)\\s+(" + String.join("|", DECADES) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BORN = Pattern.compile("\\b[Bb]orn\\b[^.;]{0,80}?\\b((?:1[89]|20)\\d\\d)\\b");
    private static final Pattern AGED = Pattern.compile("\\b(?:aged|died at|dies at)\\s+(\\d{2,3})\\b");
    /** "a man in his fifties", "a woman in her seventies": a description of someone's age, no years of a life. */
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile("\\b(?:a|an|one|two|three|four|the)\\s+(?:\\p{L}+\\s+){1,3}in\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** The mentions with each decade of a life added where no date mention lies; unchanged when the text gives no birth year. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null || birthYear(text, docDate) == null) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        Matcher a = AGE_DECADE.matcher(text);
        boolean added = false;
        while (a.find()) {
            int start = a.start(), end = a.end();
            if (dates.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
            if (DESCRIBED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) continue;
            out.add(new RawMention(start, end, a.group(), EntityType.DATE, "DATE", "DATE", VALUE));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /**
     * The years of the decade of life the mention names (born 1951: "his twenties" 1971-1980), ending no later than the
     * year of publication; null for any other mention.
     */
    static DateRange range(String text, RawMention m, LocalDate docDate) {
        if (docDate == null || !VALUE.equals(m.timexValue())) return null;
        Matcher a = AGE_DECADE.matcher(text.substring(m.start(), m.end()));
        Integer born = birthYear(text, docDate);
        if (!a.find() || born == null) return null;
        int from = born + 10 * (DECADES.indexOf(a.group(1).toLowerCase(Locale.ROOT)) + 2);
        int to = Math.min(from + 9, docDate.getYear());
        if (from > docDate.getYear()) return null;
        return new DateRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DatePrecision.YEAR);
    }

    private static Integer birthYear(String text, LocalDate docDate) {
        Matcher b = BORN.matcher(text);
        if (b.find()) return Integer.parseInt(b.group(1));
        Matcher aged = AGED.matcher(text);
        if (aged.find()) return docDate.getYear() - Integer.parseInt(aged.group(1));
        return null;
    }
}
