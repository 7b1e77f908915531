package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.text.Months;

/**
 * Dates written as one hyphened word that SUTime does not read: "mid-December", "mid-2023", "mid-1990s" (CoreNLP's
 * tokenizer keeps "mid-December" as one token, which no SUTime rule matches, so the sentence showed no date at all). Each
 * becomes a DATE mention with the value of what it modifies ({@code XXXX-12}, {@code 2023}, {@code 199X}; a year written
 * right after a month joins it: "mid-December 2024" is {@code 2024-12}); the date resolver then reads "mid" as the middle
 * part of that month or year, as it reads "mid December", and places a month without a year by its verb's tense.
 */
final class HyphenedDates {
    private static final Pattern MID = Pattern.compile("(?<![\\p{L}\\d-])mid-(?:(" + Months.NAME + ")\\.?(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?"
            + "|((?:1[89]|20)\\d)(\\d)(s)?)(?![\\p{L}\\d-])", Pattern.CASE_INSENSITIVE);

    private HyphenedDates() {
    }

    /**
     * The mentions with the hyphened dates of {@code text} that no DATE mention covers added, in text order; a date
     * mention inside an added one (the "2024" of "mid-December 2024") gives way to it.
     */
    static List<RawMention> added(String text, List<RawMention> mentions) {
        Matcher m = MID.matcher(text);
        List<RawMention> extra = new ArrayList<>();
        while (m.find()) {
            int start = m.start(), end = m.end();
            // "mid-Dec." keeps its dot; "mid-December." ends a sentence
            if (m.group(1) != null && m.group(2) == null && text.charAt(end - 1) == '.' && !Months.isAbbreviation(m.group(1).toLowerCase(Locale.ROOT))) end--;
            if (covered(mentions, start, end)) continue;
            String value;
            if (m.group(1) != null) {
                value = String.format("%s-%02d", m.group(2) != null ? m.group(2) : "XXXX", Months.number(m.group(1)));
            } else {
                value = m.group(5) != null ? m.group(3) + "X" : m.group(3) + m.group(4);
            }
            extra.add(new RawMention(start, end, text.substring(start, end), EntityType.DATE, "DATE", "DATE", value));
        }
        if (extra.isEmpty()) return mentions;
        List<RawMention> out = new ArrayList<>(mentions.size() + extra.size());
        for (RawMention r : mentions) {
            if (r.type() != EntityType.DATE || extra.stream().noneMatch(e -> e.start() <= r.start() && r.end() <= e.end())) out.add(r);
        }
        out.addAll(extra);
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** Whether a DATE mention already holds the start of the span (SUTime read it after all). */
    private static boolean covered(List<RawMention> mentions, int start, int end) {
        for (RawMention r : mentions) {
            if (r.type() == EntityType.DATE && r.start() <= start && start < r.end()) return true;
        }
        return false;
    }
}
