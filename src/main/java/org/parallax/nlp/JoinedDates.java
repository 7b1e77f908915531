package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.text.Months;

/**
 * Dates written as one word that SUTime does not read (CoreNLP's tokenizer keeps each as one token, which no SUTime
 * rule matches, so "the first ship is due in mid-December" showed no date at all): "mid-December", "mid-2023",
 * "mid-1990s"; a span of years with the second year cut to two digits, "2021-22"; a fiscal year, "FY2024", "FY24"; a
 * school year named from now, "next academic year" (no value: the resolver reads it).
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
     * "on the 18th", "until the 3rd.", "adjourned until the 14th after a juror fell ill": a day of a month the text does
     * not name, after a preposition and before the end of the phrase or a clause's conjunction (not "the 18th century",
     * "the 4th round", "the 3rd of April").
     */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?:on|by|until|till|from|to|between|before|after|since)\\s+(the\\s+"
            + "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th))(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|to|or|until|when|but|after|before|if|unless|because"
            + "|while|at)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "in Q4", "the H2", "Q3 2016": a quarter or half year by its code (a bare one only after a word that leads to a date). */
    private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])(?:(?<=\\b(?:in|during|for|by|of|the|from|to)\\s)"
            + "(?:Q[1-4]|H[12])(?:\\s+(?:19|20)\\d\\d)?|(?:Q[1-4]|H[12])\\s+(?:19|20)\\d\\d)(?![\\p{L}\\d])");
    /** "1960s" before a noun ("an exhibition of 1960s posters"), which SUTime leaves untagged: the decade. */
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\d'-])((?:1[89]|20)\\d)0s(?![\\p{L}\\d-])");
    /** "Boxing Day", which SUTime does not know. */
    private static final Pattern BOXING_DAY = Pattern.compile("\\bBoxing\\s+Day\\b");
    /** "year to date", "month-to-date": the span from the unit's start to publication, which SUTime does not tag. */
    private static final Pattern TO_DATE = Pattern.compile("\\b(?:year|month)[\\s-]+to[\\s-]+date\\b", Pattern.CASE_INSENSITIVE);
    /** "next academic year", "this school year": a school's year, September to August, which SUTime does not tag. */
    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(?:this|next|last|the\\s+(?:coming|current|previous|past))\\s+"
            + "(?:academic|school)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "last season", "next season": a sports or arts season named from now, which SUTime does not tag; not "last season's
     * final", an event named by its season, nor "the season", "this season's".
     */
    private static final Pattern SEASON_FROM_NOW = Pattern.compile("\\b(?:next|last)\\s+season\\b(?!['\u2019]s)(?!-)",
            Pattern.CASE_INSENSITIVE);
    /** "FY2024", "FY 2024", "FY24": a fiscal year, by its number. */
    private static final Pattern FISCAL = Pattern.compile("(?<![\\p{L}\\d])FY\\s?'?((?:19|20)?\\d\\d)(?![\\p{L}\\d])");

    /** A numeric date written with slashes, with or without its year: "22/4", "03/04/2023" (not "24/7" or a longer code). */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.:])(?!24/7\\b)(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    /** "on 22/4", "from 22/4 to 29/4": a day and month with no year, after a word that leads to a date. */
    private static final Pattern SLASHED_AFTER_WORD = Pattern.compile("(?<=\\b(?:on|from|to|until|till|by|between|and|since|before"
            + "|after)\\s)(\\d{1,2})/(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern DAY_THEN_MONTH = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Months.NAME + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_THEN_DAY = Pattern.compile("\\b" + Months.NAME + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])",
            Pattern.CASE_INSENSITIVE);

    private JoinedDates() {
    }

    /**
     * Whether the text writes numeric dates day first ("03/04/2023" is 3 April), as a reader judges it: by its
     * slashed dates that can only be read one way ("22/4", "4/22"), else by the order of its written dates ("3 April"
     * against "April 3"); null when the text shows neither.
     */
    static Boolean dayFirst(String text) {
        int dmy = 0;
        int mdy = 0;
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy++;
            else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy++;
        }
        if (dmy == mdy) {
            dmy = count(DAY_THEN_MONTH.matcher(text));
            mdy = count(MONTH_THEN_DAY.matcher(text));
        }
        return dmy == mdy ? null : dmy > mdy;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
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
        Matcher td = TO_DATE.matcher(text);
        while (td.find()) {
            if (!covered(mentions, td.start(), td.end())) extra.add(date(text, td.start(), td.end(), null)); // the resolver reads it
        }
        Matcher sy = SCHOOL_YEAR.matcher(text);
        while (sy.find()) {
            if (!covered(mentions, sy.start(), sy.end())) extra.add(date(text, sy.start(), sy.end(), null)); // the resolver reads it
        }
        Matcher ss = SEASON_FROM_NOW.matcher(text);
        while (ss.find()) {
            if (!covered(mentions, ss.start(), ss.end())) extra.add(date(text, ss.start(), ss.end(), null)); // the resolver reads it
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
        Matcher sl = SLASHED_AFTER_WORD.matcher(text);
        Boolean order = null;
        while (sl.find()) {
            // "from 22/4 to 29/4", which SUTime does not read: a day and month in the order the text writes them
            if (covered(mentions, sl.start(), sl.end())) continue;
            if (order == null) order = dayFirst(text);
            if (order == null) break;
            int day = Integer.parseInt(order ? sl.group(1) : sl.group(2)), month = Integer.parseInt(order ? sl.group(2) : sl.group(1));
            if (month < 1 || month > 12 || day < 1 || day > 31) continue;
            extra.add(date(text, sl.start(), sl.end(), String.format("XXXX-%02d-%02d", month, day)));
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

    private static final Pattern AND_ONLY = Pattern.compile("^\\s*and\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN_END = Pattern.compile("\\bbetween\\s+$", Pattern.CASE_INSENSITIVE);
    /** Between a range's two days: " to ", " - ", " until ". */
    private static final Pattern SPAN_GAP = Pattern.compile("^\\s*(?:-|–|to|until|till|through)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * The first day of "from 28 February to 20 March", written on 2 March with a verb that looks ahead ("will last"):
     * SUTime puts the day with no year of its own ahead, in the next year, after the range's last day. A range runs
     * forward, so that day is a year earlier (when that puts it before the last day and nearer publication); else
     * {@code first} unchanged.
     */
    static DateRange startBeforeEnd(String text, int start, int end, DateRange first, RawMention next, DateRange last,
            LocalDate docDate) {
        if (docDate == null || first == null || next == null || last == null || next.start() < end || !last.end().isBefore(first.start())
                || YEAR_DIGITS.matcher(text.substring(start, end)).find()
                || !SPAN_GAP.matcher(text.substring(end, next.start())).matches()) {
            return first;
        }
        DateRange back = DateAnchoring.shiftYears(first, -1);
        long now = docDate.toEpochDay(); // and nearer publication: "from 20 December to 5 January" keeps its December
        return back != null && !last.end().isBefore(back.start())
                && Math.abs(back.start().toEpochDay() - now) < Math.abs(first.start().toEpochDay() - now) ? back : first;
    }

    /**
     * Whether two days joined by "and" are two days of a list, not one span: "by 31 May and 6 July", "on 2 March and 9
     * April". "between 1 May and 6 July" is a span, and so are two days in a row ("Saturday and Sunday").
     */
    static boolean listedApart(String text, int start, int end, int nextStart, DateRange first, DateRange next) {
        if (next == null || nextStart < end || !AND_ONLY.matcher(text.substring(end, nextStart)).matches()) return false;
        if (BETWEEN_END.matcher(text.substring(Math.max(0, start - 12), start)).find()) return false;
        return next.start().isAfter(first.end().plusDays(1));
    }
}
