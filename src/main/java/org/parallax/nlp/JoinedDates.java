package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.text.Months;

/**
 * Dates written as one word that SUTime does not read (CoreNLP's tokenizer keeps each as one token, which no SUTime
 * rule matches, so "the first ship is due in mid-December" showed no date at all): "mid-December", "mid-2023",
 * "mid-1990s"; a span of years with the second year cut to two digits, "2021-22"; a fiscal year, "FY2024", "FY24".
 * Each becomes a DATE mention with a TIMEX value: what "mid" modifies ({@code XXXX-12}, {@code 2023}, {@code 199X}; a
 * year written right after the month joins it: "mid-December 2024" is {@code 2024-12}), {@code 2021/2022}, {@code 2024}.
 * The date resolver then reads "mid" as the middle part of that month or year, as it reads "mid December", and places a
 * month without a year by its verb's tense.
 */
final class JoinedDates {
    private static final Pattern MID = Pattern.compile("(?<![\\p{L}\\d-])mid-(?:(" + Months.NAME + ")\\.?(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?"
            + "|((?:1[89]|20)\\d)(\\d)(s)?)(?![\\p{L}\\d-])", Pattern.CASE_INSENSITIVE);

    /** "2021-22", "2019/20": a year and the next ones within a decade, the second cut to its last two digits. */
    private static final Pattern SHORT_SPAN = Pattern.compile("(?<![\\p{L}\\d.,/-])((?:19|20)\\d)(\\d)[-\u2013/](\\d\\d)(?![\\p{L}\\d/-]|[.,]\\d)");
    /**
     * "on the 18th", "until the 3rd.": a day of a month the text does not name, after a preposition and before the end
     * of the phrase (not "the 18th century", "the 4th round", "the 3rd of April").
     */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?:on|by|until|till|from|to|between|before|after|since)\\s+(the\\s+"
            + "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th))(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|to|or|until|when|but)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "in Q4", "the H2", "Q3 2016": a quarter or half year by its code (a bare one only after a word that leads to a date). */
    private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])(?:(?<=\\b(?:in|during|for|by|of|the|from|to)\\s)"
            + "(?:Q[1-4]|H[12])(?:\\s+(?:19|20)\\d\\d)?|(?:Q[1-4]|H[12])\\s+(?:19|20)\\d\\d)(?![\\p{L}\\d])");
    /** "1960s" before a noun ("an exhibition of 1960s posters"), which SUTime leaves untagged: the decade. */
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\d'-])((?:1[89]|20)\\d)0s(?![\\p{L}\\d-])");
    /** "Boxing Day", which SUTime does not know. */
    private static final Pattern BOXING_DAY = Pattern.compile("\\bBoxing\\s+Day\\b");
    /** "FY2024", "FY 2024", "FY24": a fiscal year, by its number. */
    private static final Pattern FISCAL = Pattern.compile("(?<![\\p{L}\\d])FY\\s?'?((?:19|20)?\\d\\d)(?![\\p{L}\\d])");

    private JoinedDates() {
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
            extra.add(date(text, start, end, value));
        }
        Matcher y = SHORT_SPAN.matcher(text);
        while (y.find()) {
            int first = Integer.parseInt(y.group(1) + y.group(2)), lastTwo = Integer.parseInt(y.group(3));
            int last = first - first % 100 + lastTwo;
            // SUTime reads "2008-09" as September 2008; in running text it is the span of two years
            if (last <= first || last > first + 10 || covered(mentions, y.start(), y.end()) && !readAsMonth(mentions, y.start(), y.end())) continue;
            extra.add(date(text, y.start(), y.end(), first + "/" + last));
        }
        Matcher o = ORDINAL_DAY.matcher(text);
        while (o.find()) {
            if (covered(mentions, o.start(1), o.end(1))) continue;
            extra.add(date(text, o.start(1), o.end(1), String.format("XXXX-XX-%02d", Integer.parseInt(o.group(2)))));
        }
        Matcher dec = DECADE.matcher(text);
        while (dec.find()) {
            if (!covered(mentions, dec.start(), dec.end())) extra.add(date(text, dec.start(), dec.end(), dec.group(1) + "X"));
        }
        Matcher bd = BOXING_DAY.matcher(text);
        while (bd.find()) {
            if (!covered(mentions, bd.start(), bd.end())) extra.add(date(text, bd.start(), bd.end(), null)); // the resolver places it
        }
        Matcher q = QUARTER.matcher(text);
        while (q.find()) {
            if (covered(mentions, q.start(), q.end())) continue;
            extra.add(date(text, q.start(), q.end(), null)); // the resolver reads the code from the text
        }
        Matcher f = FISCAL.matcher(text);
        while (f.find()) {
            if (covered(mentions, f.start(), f.end())) continue;
            String n = f.group(1);
            extra.add(date(text, f.start(), f.end(), n.length() == 2 ? "20" + n : n));
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

    private static RawMention date(String text, int start, int end, String value) {
        return new RawMention(start, end, text.substring(start, end), EntityType.DATE, "DATE", "DATE", value);
    }

    /** Whether the DATE mention on exactly this span holds a month value ("2008-09" as {@code 2008-09}). */
    private static boolean readAsMonth(List<RawMention> mentions, int start, int end) {
        for (RawMention r : mentions) {
            if (r.type() == EntityType.DATE && r.start() == start && r.end() == end && r.timexValue() != null
                    && r.timexValue().matches("\\d{4}-\\d{2}")) return true;
        }
        return false;
    }

    /** Whether a DATE mention already holds the whole span (SUTime read it after all). */
    private static boolean covered(List<RawMention> mentions, int start, int end) {
        for (RawMention r : mentions) {
            if (r.type() == EntityType.DATE && r.start() <= start && end <= r.end()) return true;
        }
        return false;
    }
}
