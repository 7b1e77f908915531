package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SlashDaysTest {

    private static String added(String text) {
        return SlashDays.added(text, List.of(), LocalDate.parse("2040-01-16")).stream().map(m -> m.text() + "=" + m.timexValue())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void aSlashedDateWhoseFirstNumberIsNoMonthIsDayFirst() {
        assertEquals("14/03/40=2040-03-14 | 18/01/2040=2040-01-18", added("Best before 14/03/40; packs dated 18/01/2040 were withdrawn."));
        assertEquals("25/12/89=1989-12-25", added("It opened on 25/12/89."));
    }

    @Test
    void aSlashedDateThatCouldBeMonthFirstOrNoDayIsLeftToTheOtherRules() {
        assertEquals("", added("Filed on 03/04/40, the claim was heard in 24/7 sessions, odds 11/4, 31/02/40."));
    }
}
