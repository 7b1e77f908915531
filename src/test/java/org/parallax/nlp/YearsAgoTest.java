package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

class YearsAgoTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2033, 7, 20);

    private static DateRange year(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
    }

    @Test
    void compoundNumbersCountYearsBack() {
        assertEquals(year(2008), YearsAgo.resolve("Twenty-five years ago", PUBLISHED));
        assertEquals(year(1983), YearsAgo.resolve("fifty years ago", PUBLISHED));
        assertEquals(year(2028), YearsAgo.resolve("five years ago", PUBLISHED));
        assertEquals(year(2032), YearsAgo.resolve("a year ago", PUBLISHED));
        assertEquals(year(1993), YearsAgo.resolve("some forty years ago", PUBLISHED));
    }

    @Test
    void todayAfterTheCountIsThatDayOfThatYear() {
        assertEquals(DateRange.day(LocalDate.of(1969, 7, 20)), YearsAgo.resolve("Sixty-four years ago today", PUBLISHED));
        assertEquals(DateRange.day(LocalDate.of(1983, 7, 20)), YearsAgo.resolve("Fifty years ago today", PUBLISHED));
    }

    @Test
    void otherPhrasesAreNotCounted() {
        assertNull(YearsAgo.resolve("two weeks ago", PUBLISHED));
        assertNull(YearsAgo.resolve("many years ago", PUBLISHED));
        assertNull(YearsAgo.resolve("years ago", PUBLISHED));
        assertNull(YearsAgo.resolve("fifty-ten years ago", PUBLISHED));
    }
}
