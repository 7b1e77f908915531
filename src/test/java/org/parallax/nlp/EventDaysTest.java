package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EventDaysTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aDayNamedAfterItsEventTakesTheDayTheTextGivesIt() {
        assertEquals("Polling day=2036-05-06 | 6 May 2036=2036-05-06 | the eve of polling day=2036-05-05"
                + " | polling day=2036-05-06 | the day after polling day=2036-05-07", dates(
                "Polling day is 6 May 2036. Campaigning stops on the eve of polling day, and counting starts on polling day;"
                        + " results follow the day after polling day.",
                "6 May 2036=2036-05-06", "2036-03-10"));
        assertEquals("6 May 2036=2036-05-06 | the day before polling day=2036-05-05", dates(
                "Voters go to the polls on 6 May 2036. Postal votes must arrive by the day before polling day.",
                "6 May 2036=2036-05-06", "2036-03-10"));
        assertEquals("6 May 2036=2036-05-06 | 5pm on the day before polling day=2036-05-05", dates(
                "Voters go to the polls on 6 May 2036. Postal votes must arrive by 5pm on the day before polling day.",
                "6 May 2036=2036-05-06|5pm on the day before=2036-03-10T17:00", "2036-03-10"));
        assertEquals("6 May 2036=2036-05-06 | midnight on the eve of polling day=2036-05-05", dates(
                "Voters go to the polls on 6 May 2036. Campaigning must stop at midnight on the eve of polling day.",
                "6 May 2036=2036-05-06|midnight=2036-03-10T00:00", "2036-03-10"));
        // a clock alone gives no day: "the launch is set for 10.05pm" does not make a second launch day
        assertTrue(dates("The lander is due to launch on 14 July 2036; the launch is set for 10.05pm local time. Launch day begins early.",
                "14 July 2036=2036-07-14|10.05pm=2036-06-20T22:05", "2036-06-20").endsWith("Launch day=2036-07-14"));
        assertEquals("14 July 2036=2036-07-14 | Launch day=2036-07-14", dates(
                "The lander is due to launch on 14 July 2036. Launch day begins early.",
                "14 July 2036=2036-07-14", "2036-06-10"));
        assertEquals("Thursday 30 January 2036=2036-01-30 | deadline day=2036-01-30", dates(
                "Rovers have until Thursday 30 January 2036, deadline day, to sign a striker.",
                "Thursday 30 January 2036=2036-01-30", "2036-01-10"));
        assertEquals("Opening night=2037-06-12 | 12 June 2037=2037-06-12", dates(
                "Opening night, on 12 June 2037, features the orchestra.", "12 June 2037=2037-06-12", "2037-05-19"));
    }

    @Test
    void notWithoutAGivenDayNorForTwoDaysNorForAnotherYearsEvent() {
        assertEquals("3 May 2036=2036-05-03", dates("A polling day survey published on 3 May 2036 found voters undecided.",
                "3 May 2036=2036-05-03", "2036-05-04"));
        assertEquals("14 March 2036=2036-03-14 | 2 April 2036=2036-04-02", dates(
                "The first satellite is due to launch on 14 March 2036 and the second is set to launch on 2 April 2036."
                        + " Launch day draws crowds.",
                "14 March 2036=2036-03-14|2 April 2036=2036-04-02", "2036-03-01"));
        assertEquals("Deadline day=2036-01-31 | 31 January 2036=2036-01-31 | deadline day=null | 2031=2031", dates(
                "Deadline day is 31 January 2036. The last time Rovers bought a striker on deadline day was in 2031.",
                "31 January 2036=2036-01-31|2031=2031", "2036-01-10"));
    }
}
