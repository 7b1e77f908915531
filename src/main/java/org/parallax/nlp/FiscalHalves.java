package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * A company's own half years. Where the article says when its financial year runs (with {@link FiscalQuarters#firstMonth}),
 * "the first half of FY2038" is that fiscal year's first six months, and "H1", "first-half", "the second half" and "the
 * back half of the year" with no year are a fiscal half placed by their clause's tense as {@link FiscalQuarters} places
 * a quarter: after a verb that looks ahead the first such half not yet over, after a past verb the latest begun by
 * publication, with no tense the one nearest publication. SUTime tags none of the bare forms and reads "the first half
 * of FY2038" as the whole year. In an article with no such year (a match's "second half", a calendar "H1") nothing
 * changes. Stateless.
 */
final class FiscalHalves {

    private FiscalHalves() {
    }

    /** "the first half of FY2038", "the second half of fiscal 2035", "the first half of FY'38". */
    private static final Pattern HALF_OF_YEAR = Pattern.compile("\\b(?:the\\s+)?(first|second|1st|2nd)[\\s-]+half\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?'?)((?:19|20)?\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A half with no year: "H1" (not "H1 2038" nor "24H2"), "first-half", "the second half", "the back half of the year";
     * not "the first half of May" nor "the second half of the match".
     */
    private static final Pattern BARE_HALF = Pattern.compile("(?<![\\p{L}\\d])H([12])(?![\\p{L}\\d]|\\s*'?\\d)"
            + "|\\b(?:the\\s+)?(first|second|front|back)[\\s-]half\\b(?:\\s+of\\s+the\\s+(?:(?:fiscal|financial)\\s+)?year\\b"
            + "|(?!\\s+of\\b))", Pattern.CASE_INSENSITIVE);

    /** A calendar half with its year: "H1 2024", "H2'37", "the second half of 2022". */
    private static final Pattern CALENDAR_HALF = Pattern.compile("(?<![\\p{L}\\d])H([12])\\s*'?((?:19|20)?\\d\\d)\\b"
            + "|\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /** The half's last day after it: "the first half|, to 31 July 2032", "(ended 31 December 2036)". */
    private static final Pattern END_AFTER = Pattern.compile("^\\s*[,(]?\\s*(?:to|ending|ended)\\s+(?:\\d{1,2}\\s+)?"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    /** {@code dates} with each fiscal half added in place of what SUTime tagged inside its words, in text order. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        int firstMonth = FiscalQuarters.firstMonth(text);
        if (docDate == null || firstMonth == 0) return dates;
        List<RawMention> out = null;
        for (Pattern p : List.of(HALF_OF_YEAR, BARE_HALF)) {
            Matcher h = p.matcher(text);
            while (h.find()) {
                int start = h.start(), end = h.end();
                List<RawMention> current = out == null ? dates : out;
                if (current.stream().anyMatch(m -> m.start() <= start && end <= m.end() && !(m.start() == start && m.end() == end)
                        && m.type() == EntityType.DATE)) {
                    continue; // inside a longer date: "the first half of FY2038" holds "the first half"
                }
                DateRange r = range(text, start, end, docDate, firstMonth);
                if (r == null) continue;
                if (out == null) out = new ArrayList<>(dates);
                out.removeIf(m -> m.start() < end && start < m.end());
                out.add(new RawMention(start, end, h.group(), EntityType.DATE, "DATE", "DATE",
                        r.start().toString().substring(0, 7) + "/" + r.end().toString().substring(0, 7)));
            }
        }
        if (out == null) return dates;
        out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /** The fiscal half the mention {@code [start, end)} is, or null to keep what it was read as. */
    static DateRange range(String text, int start, int end, LocalDate docDate, int firstMonth) {
        if (docDate == null || firstMonth == 0) return null;
        String surface = text.substring(start, end).strip();
        Matcher of = HALF_OF_YEAR.matcher(surface);
        if (of.matches()) {
            return ofYear(FiscalQuarters.fiscalYear(of.group(2)), half(of.group(1)), firstMonth);
        }
        Matcher bare = BARE_HALF.matcher(surface);
        if (!bare.matches()) return null;
        int h = bare.group(1) != null ? Integer.parseInt(bare.group(1)) : half(bare.group(2));
        Matcher to = END_AFTER.matcher(text.substring(end));
        if (to.lookingAt()) { // "the first half, to 31 July 2032": the half that ends then
            for (int y = Integer.parseInt(to.group(2)) - 1; y <= Integer.parseInt(to.group(2)) + 1; y++) {
                DateRange c = ofYear(y, h, firstMonth);
                if (c.end().getYear() == Integer.parseInt(to.group(2))
                        && c.end().getMonth().name().equalsIgnoreCase(to.group(1))) {
                    return c;
                }
            }
            return null;
        }
        DateRange named = namedElsewhere(text, start, h, firstMonth);
        if (named != null) return named;
        return FiscalQuarters.byTense(ClauseTense.ahead(text, start, end), docDate, y -> ofYear(y, h, firstMonth));
    }

    /**
     * Half {@code h} of the year of the half the article names with its year nearest the mention, one with the same
     * number first: "the first half of FY2038 ... the second half", "Revenue for H1 2024" before a headline's "first half".
     */
    private static DateRange namedElsewhere(String text, int at, int h, int firstMonth) {
        DateRange best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestSame = false;
        for (Pattern p : List.of(HALF_OF_YEAR, CALENDAR_HALF)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean words = m.group(1) == null; // the second form of CALENDAR_HALF
                String which = words ? m.group(3) : m.group(1);
                String year = words ? m.group(4) : m.group(2);
                int n = Integer.parseInt(year) + (year.length() == 2 ? 2000 : 0);
                int own = which.length() == 1 ? Integer.parseInt(which) : half(which);
                boolean same = own == h;
                int distance = Math.abs(m.start() - at);
                if (best != null && (bestSame && !same || bestSame == same && distance >= bestDistance)) continue;
                YearMonth first = YearMonth.of(n, 1).plusMonths(6L * (h - 1));
                best = p == HALF_OF_YEAR ? ofYear(n, h, firstMonth)
                        : new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth(), DatePrecision.MONTH);
                bestDistance = distance;
                bestSame = same;
            }
        }
        return best;
    }

    /** Half {@code h} of the fiscal year named {@code n}: its first two quarters, or its last two. */
    static DateRange ofYear(int n, int h, int firstMonth) {
        DateRange from = FiscalQuarters.ofYear(n, h * 2 - 1, firstMonth);
        DateRange to = FiscalQuarters.ofYear(n, h * 2, firstMonth);
        return new DateRange(from.start(), to.end(), DatePrecision.MONTH);
    }

    private static int half(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("first") || w.equals("1st") || w.equals("front") ? 1 : 2;
    }
}
