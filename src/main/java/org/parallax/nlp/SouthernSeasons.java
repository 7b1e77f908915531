package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;

/**
 * Seasons in a story datelined in the southern hemisphere ("SYDNEY - ... last summer", written in March): the southern
 * season of that name, six months from the northern one the resolver gives (there winter is June to August, summer
 * December to February). A season with its year ("the autumn of 2036") stays in that year; one without keeps its place
 * against publication: a season over by then becomes the latest southern one over, one under way or to come the first
 * southern one not yet over. Only a dateline of a southern city of the temperate zone (a line opening with it in
 * capitals: "SYDNEY -", "AUCKLAND:", "CAPE TOWN, March 3 -") counts as evidence; a place named in the story does not.
 * Under an Australian or New Zealand dateline,
 * "Father's Day" is the first Sunday of September. Stateless.
 */
final class SouthernSeasons {

    private SouthernSeasons() {
    }

    private static final Pattern DATELINE = Pattern.compile("(?m)^(?:SYDNEY|MELBOURNE|BRISBANE|ADELAIDE|CANBERRA|HOBART|AUCKLAND"
            + "|WELLINGTON|CHRISTCHURCH|DUNEDIN|CAPE TOWN|JOHANNESBURG|PRETORIA|DURBAN|BUENOS AIRES|MONTEVIDEO)"
            + "(?:,[^\\n]{0,40}?)?(?:\\s*[:\u2013\u2014(]|\\s+-\\s)");
    private static final Pattern SEASON_WORD = Pattern.compile("\\b(?:summer|winter|spring|autumn)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");

    /** {@code dates} with each season flipped to the southern one when {@code text} has a southern dateline. */
    static List<ResolvedDate> flipped(String text, List<ResolvedDate> dates, LocalDate docDate) {
        if (docDate == null || !DATELINE.matcher(text.substring(0, Math.min(text.length(), 400))).find()) return dates;
        List<ResolvedDate> out = new ArrayList<>(dates.size());
        boolean antipodes = ANTIPODES.matcher(text.substring(0, Math.min(text.length(), 400))).find();
        for (ResolvedDate d : dates) out.add(antipodes && FATHERS_DAY.matcher(d.text().strip()).find() ? fathersDay(d) : flip(d, docDate));
        return out;
    }

    /** "Father's Day" is the first Sunday of September in Australia and New Zealand, not the third Sunday of June. */
    private static final Pattern FATHERS_DAY = Pattern.compile("^(?:on\\s+)?Father['’]?s['’]?\\s+Day$");
    private static final Pattern ANTIPODES = Pattern.compile("(?m)^(?:SYDNEY|MELBOURNE|BRISBANE|ADELAIDE|CANBERRA|HOBART|AUCKLAND"
            + "|WELLINGTON|CHRISTCHURCH|DUNEDIN)");

    private static ResolvedDate fathersDay(ResolvedDate d) {
        DateRange r = d.range();
        if (r == null || !r.start().equals(r.end()) || r.start().getMonthValue() != 6) return d;
        LocalDate september = LocalDate.of(r.start().getYear(), 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        return new ResolvedDate(d.start(), d.end(), d.text(), DateRange.day(september), d.publicationDate());
    }

    private static ResolvedDate flip(ResolvedDate d, LocalDate docDate) {
        DateRange r = d.range();
        if (r == null || !SEASON_WORD.matcher(d.text()).find() || !isSeason(r)) return d;
        DateRange later = shift(r, 6), earlier = shift(r, -6);
        DateRange to;
        if (YEAR.matcher(d.text()).find()) to = r.start().getMonthValue() <= 6 ? later : earlier; // the season of that year
        else if (r.end().isBefore(docDate)) to = later.end().isBefore(docDate) ? later : earlier; // the latest one over
        else to = earlier.end().isBefore(docDate) ? later : earlier; // the first one not yet over
        return new ResolvedDate(d.start(), d.end(), d.text(), to, d.publicationDate());
    }

    /** Whether {@code r} is three whole months starting in March, June, September or December. */
    private static boolean isSeason(DateRange r) {
        YearMonth first = YearMonth.from(r.start());
        return r.start().getDayOfMonth() == 1 && first.getMonthValue() % 3 == 0 && r.end().equals(first.plusMonths(2).atEndOfMonth());
    }

    private static DateRange shift(DateRange r, int months) {
        YearMonth first = YearMonth.from(r.start()).plusMonths(months);
        return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), r.precision());
    }
}
