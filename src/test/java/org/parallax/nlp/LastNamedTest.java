package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LastNamedTest {

    private final DateResolver resolver = new DateResolver();

    private String first(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published)).get(0).range().toString();
    }

    @Test
    void lastMonthOrSeasonIsTheMostRecentOneThatHadEnded() {
        // written in November: last February is this year's; written in July, last November is last year's
        assertEquals("2035-02", first("The coldest night since last February.", "last February=2034-02", "2035-11-12"));
        assertEquals("2034-11", first("It was promised last November.", "last November=2034-11", "2035-07-11"));
        // written in the month itself: a year back
        assertEquals("2034-11", first("Sales fell last November.", "last November=2034-11", "2035-11-12"));
        // written in September: the spring just gone; in November, last winter is the one that ended in February
        assertEquals("2035-03-01..2035-05-31", first("He served him well last spring.", "last spring=2034-SP", "2035-09-04"));
        assertEquals("2034-12-01..2035-02-28", first("Last winter was mild.", "Last winter=2034-WI", "2035-11-12"));
        // written in summer: last summer is a year back
        assertEquals("2034-06-01..2034-08-31", first("It rained last summer.", "last summer=2034-SU", "2035-07-11"));
    }
}
