package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AfterNextTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range().start() + ".." + d.range().end()).collect(Collectors.joining(" | "));
    }

    @Test
    void theWeekAndTheWeekendAfterNextAreOneUnitBeyondTheComingOne() {
        // published Wednesday 7 April 2038: next week is 12-18 April, the coming weekend 10-11 April
        assertEquals("the week after next=2038-04-19..2038-04-25", dates("The bridge opens the week after next.", "the week=2038-W14",
                "2038-04-07"));
        assertEquals("the weekend after next=2038-04-17..2038-04-18", dates("The trip is the weekend after next, leaving on Friday.",
                "the weekend=2038-W14-WE", "2038-04-07"));
    }

    @Test
    void theWeekAloneIsLeftAsItIs() {
        assertEquals("the week=2038-04-08..2038-04-11", dates("The bridge opens later in the week.", "the week=2038-W14", "2038-04-07"));
    }
}
