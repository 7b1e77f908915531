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
 * Government years that do not follow the calendar, written as a span of two years: "the Union Budget for 2039-40",
 * "the 2038-39 financial year", "the 2040-41 budget", "FY2040-41". Such a span names one financial year, not two calendar
 * years. Its first month is the one the article states ({@link FiscalQuarters#firstMonth}: "the financial year beginning
 * April 1"), else that of the dateline's country: India's year runs April to March ("NEW DELHI:", "MUMBAI -"),
 * Australia's July to June ("CANBERRA:", "SYDNEY -"). A span with the words of a financial year beside it ("financial
 * year", "fiscal", "FY", "budget") is read so with either; a bare span ("since 2034-35") only where the article states
 * its year or has such a dateline, and never before the words of another kind of year ("the 2019-20 season", "the
 * 2039-40 academic year", "the 2036-37 tax year"). Indian English also names the year by "fiscal" as a noun: "the current
 * fiscal", "this fiscal", "the next fiscal", "last fiscal", which SUTime leaves untagged. Stateless.
 */
final class GovernmentYears {

    private GovernmentYears() {
    }

    private static final String OPENING = "(?:,[^\\n]{0,40}?)?(?:\\s*[:\u2013\u2014(]|\\s+-\\s)";
    private static final Pattern INDIA = Pattern.compile("(?m)^(?:NEW DELHI|MUMBAI|BENGALURU|BANGALORE|CHENNAI|KOLKATA|HYDERABAD"
            + "|PUNE|AHMEDABAD|LUCKNOW|JAIPUR|CHANDIGARH|BHOPAL|PATNA|GUWAHATI|THIRUVANANTHAPURAM|KOCHI)" + OPENING);
    private static final Pattern AUSTRALIA = Pattern.compile("(?m)^(?:SYDNEY|MELBOURNE|BRISBANE|ADELAIDE|CANBERRA|HOBART|PERTH"
            + "|DARWIN)" + OPENING);
    /** The span, with the words of a financial year that a mention may hold around it. */
    private static final Pattern SPAN = Pattern.compile("^(?:the\\s+)?(?:(FY\\s?|fiscal\\s+(?:year\\s+)?))?((?:19|20)\\d\\d)\\s*[-\u2013/]\\s*"
            + "(\\d\\d|(?:19|20)\\d\\d)(\\s+(?:financial|fiscal)\\s+year|\\s+[Bb]udget)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_WORDS_BEFORE = Pattern.compile("(?:\\b[Bb]udget(?:\\s+(?:for|of))?|\\bfiscal(?:\\s+year)?"
            + "|\\bfinancial\\s+year|\\bFY)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_WORDS_AFTER = Pattern.compile("^\\s+(?:(?:financial|fiscal)\\s+year|[Bb]udget)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The words of another kind of year: "the 2019-20 season", "the 2039-40 academic year", "the winter of 2009-10". */
    private static final Pattern OTHER_AFTER = Pattern.compile("^\\s+(?:season|academic|school|tax|winter|summer|term|series"
            + "|campaign|edition|session|crop|harvest|intake|cohort)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_BEFORE = Pattern.compile("\\b(?:winter|summer|season|academic|school|tax)\\s+(?:of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** The dateline country's first month of the financial year: 4 for India, 7 for Australia, else 0. */
    static int datelineFirstMonth(String text) {
        String head = text.substring(0, Math.min(text.length(), 400));
        if (INDIA.matcher(head).find()) return 4;
        return AUSTRALIA.matcher(head).find() ? 7 : 0;
    }

    /**
     * The financial year the mention {@code [start, end)} names as a span of two years, or null to keep its range.
     * {@code stated} is {@link FiscalQuarters#firstMonth}'s answer for the text (0 when it states none).
     */
    static DateRange span(String text, int start, int end, int stated) {
        Matcher s = SPAN.matcher(text.substring(start, end).strip());
        if (!s.matches()) return null;
        int y1 = Integer.parseInt(s.group(2));
        int y2 = Integer.parseInt(s.group(3));
        if (y2 < 100) y2 += y1 / 100 * 100;
        if (y2 != y1 + 1) return null;
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        if (OTHER_AFTER.matcher(after).lookingAt() || OTHER_BEFORE.matcher(before).find()) return null;
        boolean words = s.group(1) != null || s.group(4) != null || YEAR_WORDS_BEFORE.matcher(before).find()
                || YEAR_WORDS_AFTER.matcher(after).lookingAt();
        int dateline = datelineFirstMonth(text);
        int first = stated != 0 ? stated : dateline;
        if (first == 0 || !words && stated == 0 && dateline == 0) return null;
        YearMonth from = YearMonth.of(y1, first);
        return new DateRange(from.atDay(1), from.plusMonths(11).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** "the current fiscal", "this fiscal", "the next fiscal": "fiscal" as a noun, before punctuation or a word that is no noun. */
    private static final Pattern FISCAL_NOUN = Pattern.compile("\\b(the\\s+current|this|the\\s+next|next|the\\s+coming|last|the\\s+last"
            + "|the\\s+previous)\\s+fiscal\\b(?=\\s*[,.;:)\u2019']|\\s*$|\\s+(?:and|or|to|from|in|on|at|as|is|was|will|would|which|that"
            + "|when|ending|ends|ended|began|begins|after|before|by|for|with|against|over|so|but|itself|too|alone)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");

    /** {@code dates} with a mention for each "the current fiscal" and the like, where the year's first month is known. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        int stated = FiscalQuarters.firstMonth(text);
        int first = stated != 0 ? stated : datelineFirstMonth(text);
        if (first == 0) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        Matcher f = FISCAL_NOUN.matcher(text);
        boolean added = false;
        while (f.find()) {
            int start = f.start(), end = f.end();
            if (dates.stream().anyMatch(m -> m.start() < end && start < m.end() && m.type() == EntityType.DATE && m.timexValue() != null
                    && YEAR_VALUE.matcher(m.timexValue()).lookingAt())) {
                continue; // a date with its year already there
            }
            out.removeIf(m -> m.start() < end && start < m.end()); // "the current" (PRESENT_REF) or "the next" alone
            String which = f.group(1).toLowerCase(Locale.ROOT);
            int shift = which.endsWith("next") || which.endsWith("coming") ? 1 : which.endsWith("last") || which.endsWith("previous") ? -1 : 0;
            int startYear = docDate.getMonthValue() >= first ? docDate.getYear() : docDate.getYear() - 1;
            YearMonth from = YearMonth.of(startYear + shift, first);
            out.add(new RawMention(start, end, f.group(), EntityType.DATE, "DATE", "DATE",
                    from.atDay(1) + "/" + from.plusMonths(11).atEndOfMonth()));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }
}
