package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StoryDayCountsTest {

    private final DateResolver resolver = new DateResolver();

    private String nth(String text, String spec, String published, int n) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return dates.get(n).range() == null ? "-" : dates.get(n).range().toString();
    }

    @Test
    void weeksLaterCountFromTheStorysDay() {
        String text = "The cells were infused on 19 June, and she left hospital six weeks later.";
        assertEquals("2033-07-31", nth(text, "19 June=2033-06-19|six weeks later=2034-03-06", "2034-01-23", 1));
        String leg = "The first leg would be on 12 May and the return leg a week later.";
        assertEquals("2034-05-19", nth(leg, "12 May=2034-05-12|a week later=2033-08-17", "2033-08-10", 1));
        String earlier = "Rescuers drilled a shaft on Tuesday; he had started work a week earlier.";
        assertEquals("-", nth(earlier, "Tuesday=2026-02-17|a week earlier=XXXX", "2026-02-19", 1));
        String than = "It opened on 3 May, two weeks later than planned.";
        assertEquals("-", nth(than, "3 May=2033-05-03|two weeks later=XXXX", "2033-08-10", 1));
    }

    @Test
    void theFollowingWeekdayIsTheFirstAfterTheStorysDay() {
        String text = "Town play Leeds on Saturday 13 August and go to Plymouth the following Friday night.";
        assertEquals("2033-08-19", nth(text, "Saturday 13 August=2033-08-13|the following Friday night=2033-08-12TNI", "2033-08-10", 1));
    }

    @Test
    void aClockTimeJoinedToTheFollowingDay() {
        String text = "You can register until midnight on 22 May. Postal votes must arrive by 5pm the following day.";
        assertEquals("2034-05-23", nth(text, "midnight on 22 May=2034-05-22T00:00|5pm the following day=2034-04-28T17:00~TIME",
                "2034-04-27", 1));
    }

    @Test
    void thatEveningIsTheStorysDayUnlessAnotherYearCameBetween() {
        String text = "Nominations close at 4pm on Friday 12 May. The list will be published that evening.";
        assertEquals("2034-05-12", nth(text, "4pm on Friday 12 May=2034-05-12T16:00~TIME|evening=2034-04-27TEV~TIME", "2034-04-27", 1));
        String year = "Eagle landed on 20 July 1969. In 1944 a bomb failed to kill Hitler, and he was shot that night.";
        assertEquals("2033-07-20", nth(year, "20 July 1969=1969-07-20|1944=1944|night=2033-07-20TNI~TIME", "2033-07-20", 2));
    }

    @Test
    void aClockTimeAloneInAStoryToldYearsBackIsNoTimeOfToday() {
        String text = "The river rose on 11 March 2031. By two in the morning the water was at her door. The next day she left.";
        String spec = "11 March 2031=2031-03-11|two in the morning=2038-09-15T02:00~TIME|The next day=2038-09-16";
        assertEquals("-", nth(text, spec, "2038-09-15", 1));
        assertEquals("2031-03-12", nth(text, spec, "2038-09-15", 2));
        String near = "The river rose on Monday 13 September. By 2am the water was at her door.";
        assertEquals("2038-09-13", nth(near, "Monday 13 September=2038-09-13|2am=2038-09-15T02:00~TIME", "2038-09-15", 1));
    }

    @Test
    void aClockTimeInASentenceOfAnotherYearIsNoTimeOfToday() {
        String text = "Today is Wednesday, 20 July. In 1969, Eagle touched down at 4.17pm Houston time.";
        assertEquals("-", nth(text, "Today=2033-07-20|Wednesday, 20 July=2033-07-20|1969=1969|4.17pm=2033-07-20T16:17~TIME",
                "2033-07-20", 3));
        String same = "Today is Wednesday, 20 July. Polls close at 10pm.";
        assertEquals("2033-07-20", nth(same, "Today=2033-07-20|Wednesday, 20 July=2033-07-20|10pm=2033-07-20T22:00~TIME", "2033-07-20", 2));
    }
}
