package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * A day and month with no year that a sentence joins to a day it named before, by "and" or "until": it comes after that
 * day, not in the year before it. "The summer term starts on 13 April, and the school breaks up on 22 July" (published in
 * September, 13 April is next year's, so 22 July is too); "inset days are 1 September, 2 January and 1 June"; "Rosh
 * Hashanah begins on 21 September and Yom Kippur ten days later, on 1 October" (a day after a comma is the day before
 * it); "adjourned on Friday until 14 June". Only
 * where the resolver put the day in an earlier calendar year than the day before it and a year on it falls after that
 * day; not in a past clause (unless after "until"), and not after "before", "earlier" or "ago". Stateless.
 */
final class DaysInOrder {

    private DaysInOrder() {
    }

    private static final Pattern DAY_MONTH = Pattern.compile("^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Months.NAME
            + "|" + Months.NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\band\\b");
    /** A day put after another by a comma alone, as its date: "ten days later, on 1 October". */
    private static final Pattern APPOSED = Pattern.compile("^\\s*,\\s+(?:on\\s+)?$");
    private static final Pattern UNTIL_BEFORE = Pattern.compile("\\b(?:until|till)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKWARD = Pattern.compile("\\b(?:before|earlier|ago|previous|previously|since|last)\\b|[;:()]",
            Pattern.CASE_INSENSITIVE);

    /** {@code range} (the day at {@code start..end}) moved a year on when it would otherwise come before its sentence's day. */
    static DateRange after(String text, int start, int end, DateRange range, List<ResolvedDate> before) {
        if (range == null || range.precision() != DatePrecision.DAY || !range.start().equals(range.end())
                || !DAY_MONTH.matcher(text.substring(start, end).strip()).matches()) {
            return range;
        }
        int from = Sentences.around(text, start, end).start();
        ResolvedDate prior = null;
        for (int k = before.size() - 1; k >= 0; k--) {
            ResolvedDate d = before.get(k);
            if (d.start() < from) break;
            if (d.end() <= start && d.range() != null && d.range().precision() == DatePrecision.DAY) {
                prior = d;
                break;
            }
        }
        if (prior == null) return range;
        String between = text.substring(prior.end(), start);
        boolean until = UNTIL_BEFORE.matcher(between).find() || APPOSED.matcher(between).matches();
        if (!until && !AND.matcher(between).find() || BACKWARD.matcher(between).find()) return range;
        if (!until && ClauseTense.of(text, start, end) == ClauseTense.Tense.PAST) return range;
        LocalDate day = range.start();
        LocalDate last = prior.range().end();
        if (!day.isBefore(last) || day.getYear() >= last.getYear() || day.plusYears(1).isBefore(last)) return range;
        return DateRange.day(day.plusYears(1));
    }
    private static final Pattern BARE_SEASON = Pattern.compile("^(?:the\\s+)?(?:spring|summer|autumn|fall|winter)$", Pattern.CASE_INSENSITIVE);

    /**
     * A season with no year, placed before publication, in a sentence that dates a day ahead: the season of that day's
     * year ("Recruitment peaks in the spring, before the resignation deadline of 31 May", published in December; "breaks up
     * for the summer on 22 July"; "Royal Assent before Christmas, with the first homes started in the spring"). Only when
     * the season a year on starts after publication and within a year of that day; not in a past clause.
     */
    static List<ResolvedDate> seasonsAhead(String text, List<ResolvedDate> dates, LocalDate docDate) {
        List<ResolvedDate> out = null;
        for (int i = 0; i < dates.size(); i++) {
            ResolvedDate s = dates.get(i);
            DateRange r = s.range();
            if (r == null || r.precision() != DatePrecision.SEASON || !r.end().isBefore(docDate)
                    || !BARE_SEASON.matcher(s.text().strip()).matches()
                    || ClauseTense.of(text, s.start(), s.end()) == ClauseTense.Tense.PAST) {
                continue;
            }
            DateRange moved = DateAnchoring.shiftYears(r, 1);
            if (moved == null || !moved.start().isAfter(docDate)) continue;
            int from = Sentences.around(text, s.start(), s.end()).start();
            int to = Sentences.around(text, s.start(), s.end()).end();
            boolean dayAhead = false;
            for (ResolvedDate d : dates) {
                if (d == s || d.start() < from || d.end() > to || d.range() == null || d.range().precision() != DatePrecision.DAY
                        || !d.range().start().isAfter(docDate)) {
                    continue;
                }
                long gap = Math.abs(d.range().start().toEpochDay() - moved.start().toEpochDay());
                if (gap < 365) dayAhead = true;
            }
            if (!dayAhead) continue;
            if (out == null) out = new ArrayList<>(dates);
            out.set(i, new ResolvedDate(s.start(), s.end(), s.text(), moved, s.publicationDate()));
        }
        return out == null ? dates : out;
    }
}
