package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;

class WeekdayYearsTest {

    private static String agreed(String surface, String day, String published) {
        ResolvedDate d = new ResolvedDate(0, surface.length(), surface, DateRange.day(LocalDate.parse(day)), false);
        return WeekdayYears.agreed(List.of(d), LocalDate.parse(published)).get(0).range().start().toString();
    }

    @Test
    void aWeekdayThatDisagreesWithItsYearMovesToTheYearNearPublicationThatAgrees() {
        // "Tuesday 20 December" after "the Christmas of 2019": 20 December 2019 was a Friday, 20 December 2039 a Tuesday
        assertEquals("2039-12-20", agreed("Tuesday 20 December", "2019-12-20", "2039-12-05"));
        assertEquals("2039-12-22", agreed("by Thursday, December 22nd", "2019-12-22", "2039-12-05"));
    }

    @Test
    void aWeekdayThatAgreesOrNoYearThatFitsLeavesTheDateAlone() {
        assertEquals("2039-12-20", agreed("Tuesday 20 December", "2039-12-20", "2039-12-05"));
        assertEquals("2019-12-20", agreed("20 December", "2019-12-20", "2039-12-05"));
        // 21 December is a Tuesday in 2038, a Wednesday in 2039 and a Friday in 2040: one fits
        assertEquals("2038-12-21", agreed("Tuesday 21 December", "2019-12-21", "2039-12-05"));
        // no Wednesday 20 December in 2038, 2039 or 2040
        assertEquals("2019-12-20", agreed("Wednesday 20 December", "2019-12-20", "2039-12-05"));
    }
}
