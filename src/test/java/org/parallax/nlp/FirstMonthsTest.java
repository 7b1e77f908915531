package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FirstMonthsTest {

    private final DateResolver resolver = new DateResolver();

    private List<ResolvedDate> resolve(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
    }

    @Test
    void theFirstNineMonthsAreJanuaryToSeptemberOfTheLatestYearTheyEnded() {
        String text = "Sales for the first nine months were £4.2bn, up 4% on the same period last year.";
        List<ResolvedDate> d = resolve(text, "nine months=P9M~DURATION|last year=2036", "2037-10-22");
        assertEquals("2037-01-01..2037-09-30", d.get(0).range().toString());
        assertEquals("2036-01-01..2036-09-30", d.get(1).range().toString());
        assertEquals("2036-01-01..2036-09-30", resolve(text, "nine months=P9M~DURATION", "2037-04-02").get(0).range().toString());
        String fiscal = "In the first nine months of its fiscal year, free cash flow doubled.";
        assertTrue(resolve(fiscal, "nine months=P9M~DURATION", "2024-07-25").stream().noneMatch(r -> r.range() != null));
        String event = "In the first six months after the launch, sales doubled.";
        assertTrue(resolve(event, "six months=P6M~DURATION", "2024-07-25").stream().noneMatch(r -> r.range() != null));
    }

    @Test
    void aYearAgoInAComparisonIsThePeriodNamedBeforeAYearBack() {
        String text = "Sales in October so far are 3% higher than a year ago, she said.";
        List<ResolvedDate> d = resolve(text, "October=2037-10|a year ago=2036-10-22", "2037-10-22");
        assertEquals("2036-10", d.get(1).range().toString());
        String ago = "The plant closed a year ago in October.";
        assertEquals("2036", resolve(ago, "a year ago=2036-10-22", "2037-10-22").get(0).range().toString()); // as before: not compared
    }
}
