package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private final DateResolver resolver = new DateResolver();

    private String first(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published)).get(0).range().toString();
    }

    @Test
    void aBankHolidayNamedByItsMonthIsItsMonday() {
        assertEquals("2035-05-07", first("Collections move over the early May bank holiday.", "early May=2035-05", "2035-03-16"));
        assertEquals("2035-05-28", first("The late May bank holiday brings the festival.", "late May=2035-05", "2035-03-16"));
        assertEquals("2035-08-27", first("Trains are cut over the August bank holiday.", "August=2035-08", "2035-03-16"));
        // no "bank holiday" after it: the part of the month
        assertEquals("2035-05-01..2035-05-10", first("Work starts in early May.", "early May=2035-05", "2035-03-16"));
    }
}
