package org.parallax.nlp;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * A month named alone in a past clause after a season or a month of a written year in the same sentence ("The summer of
 * 1976 was the hottest Britain had known, and a minister for drought was appointed in August"): August of that year, as
 * a reader takes it, not the August before publication. So is an early, mid or late part of one ("After denying the
 * rumours in the summer of 2004, he announced his resignation in mid-August"). {@link RelativeDates#inStoryYear} does this only after a day.
 * Also a day and month in a past sentence that opens with a year ("Last year the term began on 4 September").
 * Stateless.
 */
final class SentenceYear {

    private SentenceYear() {
    }

    /** A month alone, or with an early, mid or late part ("mid-August", "late June"). */
    private static final Pattern MONTH_ALONE = Pattern.compile("^(?:(?:early|mid|late)[- ]?)?" + Months.NAME + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    /** {@code range} moved to the year of the sentence's earlier season or month, or as it was. */
    static DateRange month(String text, RawMention m, DateRange range, List<ResolvedDate> before) {
        if (range == null || range.precision() != DatePrecision.MONTH && range.precision() != DatePrecision.PART
                || !YearMonth.from(range.start()).equals(YearMonth.from(range.end()))
                || !MONTH_ALONE.matcher(text.substring(m.start(), m.end()).strip()).matches()
                || ClauseTense.of(text, m.start(), m.end()) != ClauseTense.Tense.PAST) {
            return range;
        }
        int from = Sentences.around(text, m.start(), m.end()).start();
        for (int k = before.size() - 1; k >= 0; k--) {
            ResolvedDate d = before.get(k);
            if (d.start() < from) return range;
            if (d.range() == null || d.publicationDate()) continue;
            DateRange r = d.range();
            boolean period = r.precision() == DatePrecision.SEASON || r.precision() == DatePrecision.MONTH;
            if (!period || !YEAR_DIGITS.matcher(d.text()).find() || r.start().getYear() != r.end().getYear()) return range;
            DateRange moved = DateAnchoring.shiftYears(range, r.start().getYear() - range.start().getYear());
            return moved == null ? range : moved;
        }
        return range;
    }

    private static final Pattern DAY_MONTH = Pattern.compile("^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + Months.NAME + "|" + Months.NAME
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?)$", Pattern.CASE_INSENSITIVE);
    /** Before a year that opens its sentence: nothing, or "In", "Back in", "By". */
    private static final Pattern OPENER = Pattern.compile("^\\s*(?:(?:Back\\s+)?[Ii]n\\s+|By\\s+)?$");

    /**
     * A day and month with no year in a past clause of a sentence that opens with a year ("Last year the autumn term began
     * on 4 September", "In 2031 the fair opened on 2 May"): that day of that year, not the one nearest publication.
     */
    static DateRange day(String text, RawMention m, DateRange range, List<ResolvedDate> before) {
        if (range == null || range.precision() != DatePrecision.DAY || !range.start().equals(range.end())
                || !DAY_MONTH.matcher(text.substring(m.start(), m.end()).strip()).matches()
                || ClauseTense.of(text, m.start(), m.end()) != ClauseTense.Tense.PAST) {
            return range;
        }
        int from = Sentences.around(text, m.start(), m.end()).start();
        ResolvedDate first = null;
        for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= from; k--) first = before.get(k);
        if (first == null || first.range() == null || first.range().precision() != DatePrecision.YEAR
                || first.range().start().getYear() != first.range().end().getYear() || !OPENER.matcher(text.substring(from, first.start())).matches()) {
            return range;
        }
        DateRange moved = DateAnchoring.shiftYears(range, first.range().start().getYear() - range.start().getYear());
        return moved == null ? range : moved;
    }
}
