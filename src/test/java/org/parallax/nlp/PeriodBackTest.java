package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PeriodBackTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aYearEarlierIsThePeriodItsSentenceNamedAYearBack() {
        assertEquals("the second quarter=2036-04-01..2036-06-30 | a year earlier=2035-04-01..2035-06-30",
                dates("Buyers paid £248,000 in the second quarter, up from £239,000 a year earlier.",
                        "the second quarter=2036-Q2|a year earlier=2035-07-16", "2036-07-16"));
        assertEquals("2019=2019 | a year earlier=null", dates("The election, in 2019, was held a year earlier than scheduled.",
                "2019=2019|a year earlier=2035-07-16", "2036-07-16"));
        assertEquals("a year earlier=null", dates("Prices were lower a year earlier.", "a year earlier=2035-07-16", "2036-07-16"));
        assertEquals("Thursday=2036-07-10 | a year earlier=null", dates("It reported a profit on Thursday, up 8% from a year earlier.",
                "Thursday=2036-07-10|a year earlier=2035-07-16", "2036-07-16"));
    }

    @Test
    void thePreviousMonthsAreThoseBeforeThePeriodItsSentenceNamed() {
        assertEquals("the three months to June=2036-04-01..2036-06-30 | the previous three months=2036-01-01..2036-03-31",
                dates("In the three months to June, approvals were higher than in the previous three months.",
                        "June=2036-06|the previous three months=2036-04 INTERSECT P3M", "2036-07-16"));
        assertEquals("the first quarter=2036-01-01..2036-03-31 | the previous quarter=2035-10-01..2035-12-31",
                dates("Sales in the first quarter beat the previous quarter.",
                        "the first quarter=2036-Q1|the previous quarter=2036-Q2", "2036-07-16"));
    }

    @Test
    void aRateOfChangeJoinedToItsPeriodLeavesThePeriod() {
        assertEquals("May=2036-05", dates("Prices rose 0.6% month on month in May, the figures show.",
                "month on month in May=2036-05 INTERSECT P1M INTERSECT P1M", "2036-07-16"));
        assertEquals("the second quarter=2036-04-01..2036-06-30", dates("Sales fell year-on-year in the second quarter.",
                "year-on-year in the second quarter=2036-Q2 INTERSECT P1Y", "2036-07-16"));
    }
}
