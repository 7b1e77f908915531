package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GivenFeastDaysTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aLunarFeastTakesTheDayTheTextGivesItEverywhereItIsNamed() {
        assertEquals("Chinese New Year=2036-01-28 | Chinese New Year=2036-01-28 | 28 January 2036=2036-01-28", dates(
                "From Chinese New Year to Advent. Chinese New Year falls on 28 January 2036, with a parade.",
                "New Year=XXXX-01-01|New Year=XXXX-01-01|28 January 2036=2036-01-28", "2036-01-10"));
        assertEquals("Yom Kippur=2036-10-01 | 1 October 2036=2036-10-01", dates(
                "Rosh Hashanah begins soon and Yom Kippur ten days later, on 1 October 2036.",
                "1 October 2036=2036-10-01", "2036-01-10"));
        assertEquals("Diwali=2036-10-19 | 19 October 2036=2036-10-19", dates("Diwali is on 19 October 2036 too.",
                "19 October 2036=2036-10-19", "2036-01-10"));
    }

    @Test
    void notWhenTheTextGivesNoDayOfItsOwn() {
        assertEquals("2036=2036", dates("Diwali celebrations are planned for 2036.", "2036=2036", "2036-01-10"));
        assertEquals("28 October 2036=2036-10-28", dates("The Diwali lights switch-on is set for 28 October 2036.",
                "28 October 2036=2036-10-28", "2036-01-10"));
    }
}
