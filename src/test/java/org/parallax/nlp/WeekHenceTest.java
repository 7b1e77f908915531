package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WeekHenceTest {

    private final DateResolver resolver = new DateResolver();

    private String first(String text, String spec) {
        return String.valueOf(resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse("2035-05-25")).get(0).range());
    }

    @Test
    void aFortnightTodayIsTheSameWeekdayTwoWeeksOn() {
        assertEquals("2035-06-08", first("She will review progress a fortnight today.", "a fortnight today=2035-05-25 INTERSECT P2W"));
        assertEquals("2035-06-02", first("The hearing resumes a week tomorrow.", "a week tomorrow=2035-05-26 INTERSECT P1W"));
        assertEquals("2035-06-01", first("It opens today week.", "today week=2035-05-25 INTERSECT P1W"));
        assertNull(WeekHence.day("a fortnight", LocalDate.parse("2035-05-25")));
    }

    @Test
    void aWeekOnAWeekdayIsAWeekAfterTheComingOneAndAWeekLastIsAWeekBeforeTheLastOne() {
        LocalDate thursday = LocalDate.parse("2037-02-26");
        assertEquals("2037-03-06", String.valueOf(WeekHence.day("a week on Friday", thursday)));
        assertEquals("2037-03-17", String.valueOf(WeekHence.day("A fortnight on Tuesday", thursday)));
        assertEquals("2037-03-12", String.valueOf(WeekHence.day("a week on Thursday", thursday))); // the coming Thursday, not today
        assertEquals("2037-02-16", String.valueOf(WeekHence.day("a week last Monday", thursday)));
        assertEquals("2037-02-19", String.valueOf(WeekHence.day("a week ago today", thursday)));
        assertEquals("2037-02-11", String.valueOf(WeekHence.day("a fortnight ago yesterday", thursday)));
        assertNull(WeekHence.day("a week on", thursday));
        String text = "A public meeting follows on Saturday fortnight.";
        assertEquals("2037-03-14", String.valueOf(resolver.resolve(text, DateResolverTest.raw(text, "Saturday=2037-02-28"),
                thursday).get(0).range()));
    }

    @Test
    void aMoveFromOneDayToAnotherIsTwoDaysNotARange() {
        String text = "The opening was pushed back from Memorial Day to Saturday, June 16, because of a pump.";
        var dates = resolver.resolve(text, DateResolverTest.raw(text, "Memorial Day=2035-05-28|Saturday, June 16=2035-06-16"),
                LocalDate.parse("2035-06-13"));
        assertEquals("2035-05-28", String.valueOf(dates.get(0).range()));
        assertEquals("2035-06-16", String.valueOf(dates.get(1).range()));
        String range = "The pool is open from Memorial Day to Saturday, June 16.";
        assertEquals("2035-05-28..2035-06-16", String.valueOf(resolver.resolve(range, DateResolverTest.raw(range,
                "Memorial Day=2035-05-28|Saturday, June 16=2035-06-16"), LocalDate.parse("2035-06-13")).get(0).range()));
    }

    @Test
    void anAdjournmentFromOneDayToAnotherIsTwoDays() {
        String text = "It had already been adjourned once, from 27 September to 29 September, after a barrister fell ill.";
        var dates = resolver.resolve(text, DateResolverTest.raw(text, "27 September=2032-09-27|29 September=2032-09-29"),
                LocalDate.parse("2032-10-08"));
        assertEquals("2032-09-27", String.valueOf(dates.get(0).range()));
        assertEquals("2032-09-29", String.valueOf(dates.get(1).range()));
    }

    @Test
    void aWeekdayCountedAWeekOnIsNoOtherMentionOfThatWeekday() {
        String text = "Postal votes close on Friday, and the crossbench meets both leaders a week on Friday.";
        int second = text.lastIndexOf("Friday");
        org.junit.jupiter.api.Assertions.assertTrue(WeekHence.counted(text, second, second + 6));
        org.junit.jupiter.api.Assertions.assertFalse(WeekHence.counted(text, text.indexOf("Friday"), text.indexOf("Friday") + 6));
    }
}
