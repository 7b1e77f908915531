package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NamedPeriodsTest {

    private final DateResolver resolver = new DateResolver();

    private ResolvedDate first(String text, String spec, String published) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return dates.get(0);
    }

    @Test
    void aMonthsQuarterIsTheThreeMonthsEndingWithIt() {
        String text = "The claim was settled in the December quarter.";
        assertEquals("2033-10-01..2033-12-31", first(text, "December=2033-12", "2034-02-16").range().toString());
        String month = "The claim was settled in December.";
        assertEquals("2033-12", first(month, "December=2033-12", "2034-02-16").range().toString());
    }

    @Test
    void aDateSutimeJoinedToTheWordsBeforeItIsTheDateAfterIn() {
        String text = "The group will hold an investor day in May.";
        ResolvedDate may = first(text, "day in May=2034-05 INTERSECT P1D", "2034-02-16");
        assertEquals("2034-05", may.range().toString());
        assertEquals("May", may.text());
        String years = "The programme's first five years end in 2036.";
        ResolvedDate end = first(years, "five years end in 2036=2036 INTERSECT P5Y", "2034-01-23");
        assertEquals("2036", end.range().toString());
        assertEquals("2036", end.text());
    }

    @Test
    void aMonthsDayInAYearIsTheYearAfterIn() {
        String text = "Her induction on that January day in 2011 into the most rarefied ranks of the Senate.";
        ResolvedDate year = first(text, "January day in 2011=2011 INTERSECT P1D INTERSECT XXXX-01", "2013-03-21");
        assertEquals("2011", year.range().toString());
        assertEquals("2011", year.text());
    }

    @Test
    void aMonthsHalfIsTheSixMonthsEndingWithItInItsYearOrTheYearAfterOf() {
        String text = "Profit in the June half was up 15 per cent.";
        assertEquals("2039-01-01..2039-06-30", first(text, "June=2039-06", "2039-08-10").range().toString());
        String year = "Shares fell to their lowest close since the December half of 2036.";
        assertEquals("2036-07-01..2036-12-31", first(year, "December=2038-12", "2039-08-10").range().toString());
        String term = "Schools close for a February half-term.";
        assertEquals("2039-02", first(term, "February=2039-02", "2038-09-03").range().toString());
    }
}
