package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * Whole fiscal and tax years. "Fiscal 2035" is the company's year from its first month where the article says when its
 * year runs (with {@link FiscalQuarters#firstMonth}); with no such statement it stays as SUTime read it. In an article
 * with British cues (HMRC, self-assessment, a pound sign), "the 2036-37 tax year" runs from 6 April 2036 to 5 April 2037,
 * "the current tax year" is the one that holds publication, and "the end of the tax year" is its 5 April. A tax year
 * in an article with no such cue (an American one follows the calendar) is left alone. Stateless.
 */
final class FiscalYears {

    private FiscalYears() {
    }

    /** Cues that the tax year is the British one (6 April to 5 April). */
    private static final Pattern UK_CUES = Pattern.compile("\\bHMRC\\b|\\bHM\\s+Revenue\\b|\\bself[\\s-]assessment\\b|\\bISAs?\\b"
            + "|\\bNational\\s+Insurance\\b|\\bP60\\b|\\bP11D\\b|\u00a3", Pattern.CASE_INSENSITIVE);
    /** The words before SUTime's lone "year" (a length of time): "the current tax |year", "last tax |year". */
    private static final Pattern TAX_BEFORE = Pattern.compile("\\b(the\\s+current|this|the|last|the\\s+previous|next|the\\s+coming)"
            + "\\s+tax\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAX_WORDS = Pattern.compile("^(the\\s+current|this|the|last|the\\s+previous|next|the\\s+coming)"
            + "\\s+tax\\s+year$", Pattern.CASE_INSENSITIVE);
    /** A span of two years: "2036-37", "2036/37", "2036-2037". */
    private static final Pattern SPAN = Pattern.compile("^((?:19|20)\\d\\d)\\s*[-\u2013/]\\s*(\\d\\d|(?:19|20)\\d\\d)$");
    /** "the 2035-36 |fiscal year", "2035/36 |financial year". */
    private static final Pattern FISCAL_YEAR_AFTER = Pattern.compile("^\\s+(?:fiscal|financial)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL_YEAR_END = Pattern.compile("\\s(?:fiscal|financial)\\s+year$", Pattern.CASE_INSENSITIVE);
    /** The words around a span in one mention: "|the |2035-36| fiscal year|". */
    private static final Pattern FISCAL_SPAN_WORDS = Pattern.compile("^the\\s+|\\s+(?:fiscal|financial)\\s+year$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAX_YEAR_AFTER = Pattern.compile("^\\s+tax\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAX_YEAR_BEFORE = Pattern.compile("\\btax\\s+year\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the start of |the tax year", "the end of the |2036-37 tax year": one day of it. */
    private static final Pattern EDGE_BEFORE = Pattern.compile("\\b(start|beginning|end|close)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "fiscal |2035", "Fiscal year |2035", "FY|2035". */
    private static final Pattern FISCAL_BEFORE = Pattern.compile("\\b(?:fiscal|financial)\\s+(?:year\\s+)?$|\\bFY\\s?$",
            Pattern.CASE_INSENSITIVE);
    /** A part of the year before it: "the third quarter of fiscal 2035" is that quarter's, not the year's. */
    private static final Pattern PART_OF_BEFORE = Pattern.compile("\\b(?:quarter|half|Q[1-4]|H[12])\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL_NUMBER = Pattern.compile("^(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)((?:19|20)\\d\\d)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUR_DIGITS = Pattern.compile("^(?:19|20)\\d\\d$");

    /**
     * The mention as a date where SUTime did not tag one: the number of "Fiscal 2035" (read as a NUMBER) where the
     * article says when the year runs, and the lone "year" of "the current tax year" in a British article.
     */
    static RawMention mention(String text, RawMention m, LocalDate docDate, int firstMonth) {
        if (docDate == null) return m;
        String surface = text.substring(m.start(), m.end()).strip();
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        if (m.type() != EntityType.DATE && m.timexValue() == null && firstMonth != 0 && FOUR_DIGITS.matcher(surface).matches()) {
            Matcher f = FISCAL_BEFORE.matcher(before);
            if (f.find() && !PART_OF_BEFORE.matcher(before).find()) {
                int start = m.start() - (before.length() - f.start());
                return new RawMention(start, m.end(), text.substring(start, m.end()), EntityType.DATE, "DATE", "DATE", surface);
            }
        }
        if ("DURATION".equalsIgnoreCase(m.timexType()) && surface.equalsIgnoreCase("year") && UK_CUES.matcher(text).find()) {
            Matcher t = TAX_BEFORE.matcher(before);
            if (t.find()) {
                int start = m.start() - (before.length() - t.start());
                int year = taxYearStart(docDate) + shift(t.group(1));
                return new RawMention(start, m.end(), text.substring(start, m.end()), EntityType.DATE, "DATE", "DATE",
                        String.valueOf(year));
            }
        }
        return m;
    }

    /** The whole fiscal or tax year the mention {@code [start, end)} names, one day of a tax year, or null to keep the range. */
    static DateRange range(String text, int start, int end, LocalDate docDate, int firstMonth) {
        if (docDate == null) return null;
        DateRange government = GovernmentYears.span(text, start, end, firstMonth); // "the Union Budget for 2039-40"
        if (government != null) return government;
        String surface = text.substring(start, end).strip();
        String before = text.substring(Math.max(0, start - 40), start);
        Matcher fiscal = FISCAL_NUMBER.matcher(surface);
        if (firstMonth != 0 && !PART_OF_BEFORE.matcher(before).find()) {
            String n = fiscal.matches() ? fiscal.group(1)
                    : FOUR_DIGITS.matcher(surface).matches() && FISCAL_BEFORE.matcher(before).find() ? surface : null;
            if (n != null) {
                int y = Integer.parseInt(n);
                return new DateRange(FiscalQuarters.ofYear(y, 1, firstMonth).start(), FiscalQuarters.ofYear(y, 4, firstMonth).end(),
                        DatePrecision.MONTH);
            }
        }
        Matcher fiscalSpan = SPAN.matcher(FISCAL_SPAN_WORDS.matcher(surface).replaceAll(""));
        if (firstMonth != 0 && fiscalSpan.matches() && (FISCAL_YEAR_AFTER.matcher(text.substring(end)).lookingAt()
                || FISCAL_YEAR_END.matcher(surface).find())) { // "the 2035-36 fiscal year": from its first month in 2035
            DateRange years = spanOfYears(fiscalSpan, firstMonth);
            if (years != null) return years;
        }
        if (!UK_CUES.matcher(text).find()) return null;
        Integer first = null;
        Matcher span = SPAN.matcher(surface);
        if (span.matches() && (TAX_YEAR_AFTER.matcher(text.substring(end)).lookingAt() || TAX_YEAR_BEFORE.matcher(before).find())) {
            int y1 = Integer.parseInt(span.group(1));
            int y2 = Integer.parseInt(span.group(2));
            if (y2 < 100) y2 += y1 / 100 * 100;
            if (y2 == y1 + 1) first = y1;
        }
        Matcher words = TAX_WORDS.matcher(surface);
        if (words.matches()) first = taxYearStart(docDate) + shift(words.group(1));
        if (first == null) return null;
        LocalDate from = LocalDate.of(first, 4, 6);
        LocalDate to = LocalDate.of(first + 1, 4, 5);
        Matcher edge = EDGE_BEFORE.matcher(before);
        if (edge.find()) {
            String w = edge.group(1).toLowerCase(Locale.ROOT);
            return DateRange.day(w.equals("end") || w.equals("close") ? to : from);
        }
        return new DateRange(from, to, DatePrecision.DAY);
    }

    /** The fiscal year a span of two years names, or null when the second is not the year after the first. */
    private static DateRange spanOfYears(Matcher span, int firstMonth) {
        int y1 = Integer.parseInt(span.group(1));
        int y2 = Integer.parseInt(span.group(2));
        if (y2 < 100) y2 += y1 / 100 * 100;
        if (y2 != y1 + 1) return null;
        YearMonth from = YearMonth.of(y1, firstMonth);
        return new DateRange(from.atDay(1), from.plusMonths(11).atEndOfMonth(), DatePrecision.MONTH);
    }

    /** The calendar year the British tax year holding {@code day} starts in. */
    private static int taxYearStart(LocalDate day) {
        return day.isBefore(LocalDate.of(day.getYear(), 4, 6)) ? day.getYear() - 1 : day.getYear();
    }

    private static int shift(String which) {
        String w = which.toLowerCase(Locale.ROOT);
        return w.equals("last") || w.endsWith("previous") ? -1 : w.equals("next") || w.endsWith("coming") ? 1 : 0;
    }
}
