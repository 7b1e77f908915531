package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthEdgesTest {

    private final DateResolver resolver = new DateResolver();

    private String first(String text, String spec) {
        return String.valueOf(resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse("2035-11-12")).get(0).range());
    }

    @Test
    void theFinalOrFirstDaysOfAMonthAreItsLateOrEarlyDays() {
        assertEquals("2035-11-21..2035-11-30", first("Snow is likely in the final days of November.",
                "the final days of November=2035-11 INTERSECT PXD"));
        assertEquals("2036-03-01..2036-03-10", first("Work starts in the first days of March.",
                "the first days of March=2036-03 INTERSECT PXD"));
    }
}
