package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A weekday counted from a named day, and a market's close named by its weekday. The mentions given are the shapes
 * SUTime gives these sentences. The Easter, Christmas and market-close sentences are new, in no fresh-news set.
 */
class WeekdaysByDayTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aWeekdayAfterAHolidayIsCountedFromTheHolidaysDay() {
        // Labor Day 2037 is Monday 7 September; SUTime tags "Saturday" as a day of the story's week
        assertEquals("Labor Day weekend=2037-09-05..2037-09-07 | Saturday after Labor Day=2037-09-12",
                dates("Registration closes on Labor Day weekend, and games start the Saturday after Labor Day.",
                        "Labor Day=2037-09-07|weekend=2037-W27-WE|Saturday=2037-06-27|Labor Day=2037-09-07", "2037-06-30"));
        assertEquals("Sunday after Thanksgiving=2037-11-29", dates("The food drive runs through the Sunday after Thanksgiving.",
                "Sunday=2037-06-28|Thanksgiving=2037-11-26", "2037-06-30"));
    }

    @Test
    void aWeekdayBeforeAHolidayIsTheLastOneBeforeIt() {
        // Easter 2035 is 25 March; SUTime tags "Monday before" as one mention
        assertEquals("Monday before Easter=2035-03-19", dates("The parish will meet on the Monday before Easter to plan the services.",
                "Monday before=2035-01-08|Easter=2035-03-25", "2035-01-10"));
        // SUTime tags the whole phrase with Christmas's day; 25 December 2036 is a Thursday
        assertEquals("the Friday before Christmas=2036-12-19", dates("Polls close on the Friday before Christmas, the council said.",
                "the Friday before Christmas=2036-12-25", "2036-10-01"));
    }

    @Test
    void aWeekdayAfterADateInFiguresOrAnotherWeekdayIsLeftAlone() {
        assertEquals("Saturday=2037-07-04 | 4 September=2037-09-04", dates("Games start on Saturday after 4 September.",
                "Saturday=2037-07-04|4 September=2037-09-04", "2037-06-30"));
    }

    @Test
    void aMarketCloseNamedByItsWeekdayIsTheLastOne() {
        // a Tuesday story: the Monday before, though the clause looks ahead
        assertEquals("Monday=2028-05-08", dates("Vendel will pay 415p a share, a premium of 38% to Monday's closing price.",
                "Monday=2028-05-15", "2028-05-09"));
        assertEquals("Friday=2031-03-07 | Wednesday=2031-03-12", dates("Shares closed 4% above Friday's close, traders said on Wednesday.",
                "Friday=2031-03-14|Wednesday=2031-03-12", "2031-03-12"));
        // not a close: a match to come keeps its coming day
        assertEquals("Saturday=2031-03-15", dates("Rovers will play in Saturday's final.", "Saturday=2031-03-15", "2031-03-12"));
    }
}
