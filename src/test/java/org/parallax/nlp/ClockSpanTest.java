package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClockSpanTest {

    private final DateResolver resolver = new DateResolver();

    private String ranges(String text, String spec) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse("2035-03-14"));
        return String.join(" ", out.stream().map(d -> d.text() + "=" + d.range()).toList());
    }

    @Test
    void theHoursOfASpanOfTheClockHaveNoDayOfTheirOwn() {
        assertEquals("10pm=null 5am=null", ranges("A curfew from 10pm to 5am has been in force.",
                "10pm=2035-03-14T22:00~TIME|5am=2035-03-14T05:00~TIME"));
        assertEquals("from 7am to 10pm=null", ranges("Polling stations will be open from 7am to 10pm on polling day.",
                "from 7am to 10pm=2035-03-14T07:00~TIME"));
    }

    @Test
    void aClockTimeAloneOrWithItsDayKeepsItsDay() {
        assertEquals("10am=2035-03-14", ranges("The parade steps off at 10am.", "10am=2035-03-14T10:00~TIME"));
        assertEquals("6pm Tuesday=2035-03-20", ranges("The warning runs from 6pm Tuesday until noon Thursday.",
                "6pm Tuesday=2035-03-13T18:00~TIME"));
    }
}
