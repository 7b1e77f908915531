package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApposedCountsTest {

    private final DateResolver resolver = new DateResolver();

    private List<ResolvedDate> resolve(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
    }

    @Test
    void aCountDatedAfterACommaTakesTheWrittenDay() {
        String runOff = "Results are due on 17 April. The first round will be followed by a run-off a fortnight later, on 30 April.";
        List<ResolvedDate> d = resolve(runOff, "17 April=2037-04-17|a fortnight later=2037-03-23|30 April=2037-04-30", "2037-03-09");
        assertEquals("2037-04-30", d.get(1).range().toString());
        String alone = "Results are due on 17 April. A run-off would follow a fortnight later.";
        assertEquals("2037-05-01", resolve(alone, "17 April=2037-04-17|a fortnight later=2037-03-23", "2037-03-09").get(1).range().toString());
        String weekday = "The first tie is on Monday 3 September. A cup tie follows three days later, on the Thursday, away.";
        assertEquals("2035-09-06", resolve(weekday, "Monday 3 September=2035-09-03|three days later=2035-09-06|the Thursday=2035-08-30",
                "2035-08-27").get(1).range().toString());
    }

    @Test
    void aDayFollowedByThatYearIsOfTheYearTheStoryLastWrote() {
        String text = "The last election, in March 2031, went to a run-off on 6 April that year.";
        assertEquals("2031-04-06", resolve(text, "March 2031=2031-03|6 April=2037-04-06", "2037-03-09").get(1).range().toString());
        String thisYear = "The last election, in March 2031, was close. The run-off is on 6 April.";
        assertEquals("2037-04-06", resolve(thisYear, "March 2031=2031-03|6 April=2037-04-06", "2037-03-09").get(1).range().toString());
    }
}
