package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** A holiday's weekend that SUTime tags as the holiday and a bare "weekend" apart. */
class HolidayWeekendsTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aHolidayAndTheWeekendAfterItAreOneWeekend() {
        assertEquals("Labor Day weekend=2037-09-05..2037-09-07", dates("Registration closes on Labor Day weekend.",
                "Labor Day=2037-09-07|weekend=2037-W27-WE", "2037-06-30"));
        assertEquals("Memorial Day weekend=2037-05-23..2037-05-25", dates("The Memorial Day weekend storm closed two pools.",
                "Memorial Day=2037-05-25|weekend=2037-W27-WE", "2037-06-30"));
        assertEquals("Thanksgiving weekend=2035-11-22..2035-11-25", dates("Stores open late over Thanksgiving weekend.",
                "Thanksgiving=2035-11-22|weekend=2035-W11-WE", "2035-03-16"));
    }

    @Test
    void aWeekendNotRightAfterAHolidayStaysItself() {
        String out = dates("After Labor Day, and over the weekend, it rained.", "Labor Day=2037-09-07|the weekend=2037-W27-WE", "2037-06-30");
        assertTrue(out.startsWith("Labor Day=2037-09-07 | the weekend="), out);
    }
}
