package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Ordinal weekdays of a month: "the second Tuesday of next month", "the penultimate Friday of September". */
class NthWeekdaysTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void anOrdinalWeekdayOfNextOrThisMonthIsThatDay() {
        assertEquals("the second Tuesday of next month=2037-04-14", dates("Its next meeting is on the second Tuesday of next month.",
                "the second Tuesday of next month=2037-04-14", "2037-03-11"));
        assertEquals("the last Friday of this month=2037-03-27", dates("The shop closes on the last Friday of this month.",
                "the last Friday of this month=2037-03-27", "2037-03-11"));
    }

    @Test
    void thePenultimateWeekdayOfAMonthIsTheOneBeforeTheLast() {
        assertEquals("Friday of September=2037-09-18", dates("The harvest supper is on the penultimate Friday of September.",
                "Friday of September=2037-WXX-5", "2037-03-11"));
    }

    @Test
    void aPluralFixtureVerbLooksAhead() {
        // "take place" (a plural subject) as "takes place": the coming September, not the nearest
        assertEquals("the second Saturday of September=2037-09-12", dates("Plot inspections take place on the second Saturday of September.",
                "the second Saturday of September=2037-09-12", "2037-03-11"));
        assertEquals("the second Saturday of September=2036-09-13", dates("Plot inspections took place on the second Saturday of September.",
                "the second Saturday of September=2037-09-12", "2037-03-11"));
    }
}
