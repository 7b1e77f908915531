package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FestivePeriodsTest {

    private static String added(String text, String published) {
        return FestivePeriods.added(text, List.of(), LocalDate.parse(published)).stream().map(m -> m.text() + "=" + m.timexValue())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void theFestivePeriodRunsFromChristmasEveToNewYearsDayOfTheYearTheTenseGives() {
        assertEquals("the festive period=2039-12-24/2040-01-01",
                added("Retailers expect spending over the festive period to reach a record.", "2039-12-05"));
        assertEquals("the Christmas period=2039-12-24/2040-01-01",
                added("Most of the heaters were sold over the Christmas period.", "2040-01-16"));
        assertEquals("the festive season=2038-12-24/2039-01-01", added("Sales fell over the festive season.", "2039-09-14"));
    }

    @Test
    void aKindOfSeasonIsNoPeriod() {
        assertEquals("", added("The festive season of light is a kind of show.", "2039-12-05"));
        assertEquals("", added("His side had not won over the festive period since 2031.", "2038-12-22"));
    }
}
