package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StoryWeekdaysTest {

    private final DateResolver resolver = new DateResolver();

    private String nth(String text, String spec, String published, int n) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return dates.get(n).range() == null ? "-" : dates.get(n).range().toString();
    }

    @Test
    void aWeekdayBeforeWithNoAnchorCountsBackFromTheStorysDayAndLeavesItThere() {
        // published Wednesday 15 September 2038; 11 March 2031 was a Tuesday
        String text = "The river rose on 11 March 2031. On the Tuesday before, the Agency had said the defences would hold."
                + " The next day she was taken off her roof.";
        String spec = "11 March 2031=2031-03-11|Tuesday=2038-09-14|The next day=2038-09-16";
        assertEquals("2031-03-04", nth(text, spec, "2038-09-15", 1));
        assertEquals("2031-03-12", nth(text, spec, "2038-09-15", 2));
    }

    @Test
    void aWeekdayAfterWithNoAnchorIsTheFirstAfterTheStorysDay() {
        String text = "The parade is on Sunday 8 November 2037, and pupils lay wreaths on the Wednesday after, at the memorial.";
        assertEquals("2037-11-11", nth(text, "Sunday 8 November 2037=2037-11-08|Wednesday=2037-11-04", "2037-11-02", 1));
        String parade = "The festival opens on Thursday 4 February, and a parade follows on the Sunday after.";
        assertEquals("2038-02-07", nth(parade, "Thursday 4 February=2038-02-04|Sunday=2038-01-24", "2038-01-20", 1));
    }

    @Test
    void aWeekdayApposedToANamedDayIsLeftToIt() {
        // "Armistice Day, the Wednesday after," names Armistice Day again (the weekday agrees with it), not 18 November
        String text = "The parade is on Sunday 8 November 2037, and the silence on Armistice Day, the Wednesday after, is at 11am.";
        String spec = "Sunday 8 November 2037=2037-11-08|Armistice Day=2037-11-11|Wednesday=2037-11-04";
        assertEquals("2037-11-11", nth(text, spec, "2037-11-02", 2));
    }

    @Test
    void thatWeekendIsTheWeekendOfTheStorysWeek() {
        String text = "She was rescued on Wednesday 12 March 2031 and spent that weekend in a school hall.";
        assertEquals("2031-03-15..2031-03-16", nth(text, "Wednesday 12 March 2031=2031-03-12|weekend=2038-W37-WE", "2038-09-15", 1));
    }

    @Test
    void anchoredOrDeicticFormsAndFormsWithoutAStoryDayAreLeftAlone() {
        String text = "The river rose on 11 March 2031. Last Tuesday the council met.";
        assertEquals("2038-09-14", nth(text, "11 March 2031=2031-03-11|Last Tuesday=2038-09-14", "2038-09-15", 1));
        String anchored = "The river rose on 11 March 2031. The Tuesday before the count was quiet.";
        assertEquals("2038-09-14", nth(anchored, "11 March 2031=2031-03-11|Tuesday=2038-09-14", "2038-09-15", 1));
        String none = "On the Tuesday before, the Agency had said the defences would hold.";
        assertEquals("2038-09-14", nth(none, "Tuesday=2038-09-14", "2038-09-15", 0));
        String thisWeekend = "The river rose on 11 March 2031. This weekend a memorial walk is held.";
        assertEquals("2038-09-18..2038-09-19", nth(thisWeekend, "11 March 2031=2031-03-11|This weekend=2038-W37-WE", "2038-09-15", 1));
    }
}
