package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * Decades named by their tens alone ("the sixties", "the mid-'80s", "the mid-90s", "the noughties"), which SUTime leaves untagged or
 * tags as a set of no century; a past century written "the 1800s", which SUTime reads as a decade. Stateless.
 */
final class DecadeWords {

    private DecadeWords() {
    }

    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");
    private static final Pattern DECADE = Pattern.compile("\\b[Tt]he\\s+(?:(?:early|mid|late)[\\s-]+)?(?:['\u2019]?([1-9])0s|("
            + String.join("|", DECADE_WORDS) + "|noughties))\\b", Pattern.CASE_INSENSITIVE);
    /** Temperatures, speeds and ages around a decade written without its apostrophe: "highs in the mid-30s" is no decade. */
    private static final Pattern MEASURE_NEAR = Pattern.compile("(?i)\\b(?:temperatures?|highs?|lows?|degrees|celsius|fahrenheit|heat"
            + "|mph|km/h|aged?|percent|per\\s+cent)\\b|\u00b0|%");
    private static final Pattern MEASURE_AFTER = Pattern.compile("^\\s*(?:\u00b0|[CF]\\b|degrees|per|%|mph|km)", Pattern.CASE_INSENSITIVE);

    /** A past century written as its first year's decade ("the late 1800s"), which SUTime reads as the decade 1800-1809. */
    private static final Pattern CENTURY_00S = Pattern.compile("\\b(1\\d|20)00s\\b");

    /**
     * "in the sixties", "the mid-'80s": a decade named by its tens alone, which SUTime leaves untagged or tags as a set
     * with no century. A reader takes the last such decade that had ended before the year of publication (in 2035 "the
     * sixties" are the 1960s, "the twenties" the 2020s). Added as decade mentions where no date mention lies; the
     * modifier ("mid-") is read as for "the mid-1980s". Needs the publication date.
     */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        Matcher d = DECADE.matcher(text);
        boolean added = false;
        while (d.find()) {
            int start = d.start(), end = d.end();
            if (d.group(1) != null && !d.group().contains("'") && !d.group().contains("\u2019")
                    && (MEASURE_NEAR.matcher(text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 30))).find()
                    || MEASURE_AFTER.matcher(text.substring(end)).lookingAt())) {
                continue; // "highs in the mid-30s": a temperature, not the 1930s
            }
            if (dates.stream().anyMatch(m -> m.start() < end && start < m.end() && m.type() == EntityType.DATE
                    && m.timexValue() != null && !m.timexValue().startsWith("XX"))) {
                continue;
            }
            int tens = d.group(1) != null ? Integer.parseInt(d.group(1))
                    : d.group(2).equalsIgnoreCase("noughties") ? 0 : DECADE_WORDS.indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 2;
            int century = docDate.getYear() / 100;
            if (century * 100 + tens * 10 + 9 >= docDate.getYear()) century--;
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, d.group(), EntityType.DATE, "DATE", "DATE", String.format("%02d%dX", century, tens)));
            added = true;
        }
        Matcher c = CENTURY_00S.matcher(text);
        while (c.find()) {
            // "in the late 1800s": the century's last third (1867-1899), not the decade's last years; a past century only,
            // so "the 2000s" written in the 2030s stays the decade
            int first = Integer.parseInt(c.group(1));
            if (first >= docDate.getYear() / 100) continue;
            int start = c.start(), end = c.end();
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, c.group(), EntityType.DATE, "DATE", "DATE", first + "XX"));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }
}
