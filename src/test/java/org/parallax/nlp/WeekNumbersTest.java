package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeekNumbersTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2037-03-18"); // in ISO week 12

    private static String values(String text) {
        return String.join(" ", WeekNumbers.added(text, List.of(), WEDNESDAY).stream().map(m -> m.text() + "=" + m.timexValue()).toList());
    }

    @Test
    void aNumberedWeekIsTheIsoWeekNearestThePublicationUnlessTheTenseSaysOtherwise() {
        assertEquals("week 16=2037-W16", values("Full service back by week 16"));
        assertEquals("week 52=2037-W52", values("Weekend work will be banned in week 52, over Christmas."));
        assertEquals("week 52=2036-W52", values("Weekend work was banned in week 52."));
        assertEquals("week 40=2036-W40", values("The survey was carried out in week 40."));
        assertEquals("week 3=2038-W03", values("The line will reopen in week 3."));
    }

    @Test
    void twoNumbersAreOneSpanAndOfLastYearIsThatYear() {
        assertEquals("weeks 13 and 14=2037-W13/2037-W14", values("Closures will run in weeks 13 and 14."));
        assertEquals("weeks 27 to 30=2037-W27/2037-W30", values("A second phase is pencilled in for weeks 27 to 30."));
        assertEquals("week 40 of last year=2036-W40", values("It was first planned for week 40 of last year."));
        assertEquals("the week 20=2037-W20", values("It will publish it in the week 20 bulletin."));
    }

    @Test
    void noCalendarWeekInASeasonsOrAProtocolsCountOrBeforeAUnit() {
        assertEquals("", values("He was injured in week 3 of the season."));
        assertEquals("", values("Patients improved by week 12 and were discharged by day 28."));
        assertEquals("", values("Her pay rose by 4% in the last year; she works 35 hours a week 12 months a year."));
        assertEquals("", values("It rose 2 weeks 3 days ago."));
    }
}
