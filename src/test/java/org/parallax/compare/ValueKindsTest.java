package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ValueKindsTest {
    private static Set<String> of(String s) {
        return ValueKinds.of(s, 0, s.length());
    }

    @Test
    void unitsSayTheKind() {
        assertEquals(Set.of(ValueKinds.DISTANCE), of("The car was found 5 miles away."));
        assertEquals(Set.of(ValueKinds.DISTANCE, "#15"), of("A 15-kilometre stretch was flooded."));
        assertEquals(Set.of(ValueKinds.LENGTH, "#80"), of("A stretch of about 80 metres gave way."));
        assertEquals(Set.of(ValueKinds.MONEY), of("They took €5 from the till."));
        assertEquals(Set.of(ValueKinds.MONEY, "#85000"), of("They escaped with about 85,000 euros."));
        assertEquals(Set.of(ValueKinds.CLOCK), of("It began at 6 a.m. on Monday."));
        assertEquals(Set.of(ValueKinds.CLOSURE, ValueKinds.DAY_AHEAD), of("The bank will reopen on Tuesday."));
        assertEquals(Set.of(), of("They live close to the bank."));
        // small lengths, written short or out: a depth of rain or snow, a size
        assertEquals(Set.of(ValueKinds.LENGTH, "#45"), of("Up to 45 cm of snow fell overnight."));
        assertEquals(Set.of(ValueKinds.LENGTH, "#110"), of("The town got 110 mm of rain."));
        assertEquals(Set.of(ValueKinds.LENGTH), of("Over 4 inches of rain fell."));
        // a move of a company's shares in percent; a share of something is none
        assertEquals(Set.of(ValueKinds.SHARE_PRICE), of("Its shares rose 6% in early trading."));
        assertEquals(Set.of(ValueKinds.SHARE_PRICE), of("The stock fell 4 percent on Monday."));
        assertEquals(Set.of(), of("Its market share rose to 6%."));
    }

    @Test
    void yearsAgesClockDigitsAndSingleDigitsAreNoNumberOfAFact() {
        assertEquals(Set.of(), of("In 2019 a fire killed four people."));
        assertEquals(Set.of(), of("The 26-year-old actress arrived."));
        assertEquals(Set.of(ValueKinds.CLOCK), of("The blast came at 11.40 a.m. and at 14:32 a second one."));
        assertEquals(Set.of(), of("Early Friday, around 1: 30, she left."));
        assertEquals(Set.of("#3000"), of("More than 3,000 residents left, and 7 stayed."));
    }

    private static Map<String, String> counted(String s) {
        return ValueKinds.counted(s, 0, s.length());
    }

    @Test
    void theNounAfterANumberSaysWhetherItCountsPeopleOrThings() {
        assertEquals(Map.of("#14", ValueKinds.THINGS), counted("Divers used 14 boats and two helicopters."));
        assertEquals(Map.of("#14", ValueKinds.PEOPLE), counted("At least 14 people died in the flood."));
        assertEquals(Map.of("#168", ValueKinds.PEOPLE), counted("Rescuers pulled 168 survivors from the sea."));
        assertEquals(Map.of("#40", ValueKinds.THINGS), counted("It cost 40 million dollars."));
        assertEquals(Map.of(), counted("At least 14 were killed, and 12% of homes flooded in 2019."));
        assertEquals(Map.of(), counted("The 20 was late."));
    }

    @Test
    void aSumWithAScaleIsOneValueHoweverWritten() {
        assertTrue(of("They moved £1.3 billion.").contains("#1300000000"));
        assertTrue(of("Some £1.3bn went through.").contains("#1300000000"));
        assertTrue(of("It paid $50m for him.").contains("#50000000"));
        assertTrue(of("It paid 50 million dollars.").contains("#50000000"));
        // "6m" with no currency sign may be six metres
        assertFalse(of("A 6m wave hit the pier.").contains("#6000000"));
    }

    @Test
    void aLengthOfTimeIsMeasuredInMinutesWhateverItsUnit() {
        assertEquals(List.of(2880L), ValueKinds.lengthsOfTime("cleaned for 48 hours"));
        assertEquals(List.of(2880L), ValueKinds.lengthsOfTime("crews will spend two days"));
        assertEquals(ValueKinds.lengthsOfTime("for 18 months"), ValueKinds.lengthsOfTime("a year and a half"));
        assertEquals(ValueKinds.lengthsOfTime("90 minutes"), ValueKinds.lengthsOfTime("an hour and a half"));
        assertEquals(List.of(30L), ValueKinds.lengthsOfTime("within half an hour"));
        assertEquals(List.of(525600L * 14 / 12), ValueKinds.lengthsOfTime("a 14-month inquiry"));
        assertTrue(of("The raid lasted 11 minutes.").containsAll(Set.of(ValueKinds.TIME_KIND + 11, ValueKinds.ANY_TIME)));
        // an age, "N years ago" and a rate are no length of time
        assertEquals(List.of(), ValueKinds.lengthsOfTime("the 26-year-old, four years ago, saves 1.4 billion a year"));
    }

    @Test
    void yearsAgoCountBackFromTheYearOfPublication() {
        String s = "Launched 17 years ago, it was lost a year ago, and six years ago it failed.";
        assertEquals(Set.of(2009, 2025, 2020), ValueKinds.yearsAgo(s, 0, s.length(), 2026));
        assertEquals(Set.of(), ValueKinds.yearsAgo(s, 0, s.length(), 0));
        assertEquals(Set.of(), ValueKinds.yearsAgo("The 17-year-old left.", 0, 21, 2026));
    }

    @Test
    void twoLengthsOfTimeAreNearWithinHalfAgain() {
        assertTrue(ValueKinds.nearLengths(ValueKinds.lengthsOfTime("less than eight minutes"), ValueKinds.lengthsOfTime("11 minutes")));
        assertTrue(ValueKinds.nearLengths(ValueKinds.lengthsOfTime("nearly five hours"), ValueKinds.lengthsOfTime("four hours")));
        assertFalse(ValueKinds.nearLengths(ValueKinds.lengthsOfTime("48 hours"), ValueKinds.lengthsOfTime("two weeks")));
    }

    @Test
    void aDayOfAMonthIsACalendarDay() {
        String a = "He was one of 32 skippers who set off from Lisbon on 24 October.", b = "The race started in Lisbon on October 25 with 30 boats.";
        assertTrue(ValueKinds.of(a, 0, a.length()).contains(ValueKinds.CALENDAR));
        assertTrue(ValueKinds.of(b, 0, b.length()).contains(ValueKinds.CALENDAR));
        // a month and a year, or a month alone, is no day
        String c = "The rise starts in January 2029, and may come sooner.";
        assertTrue(!ValueKinds.of(c, 0, c.length()).contains(ValueKinds.CALENDAR));
    }

    @Test
    void aWeekdayAfterAWordThatLooksForwardIsADayAhead() {
        String[] ahead = {"The men will appear in court on Monday.", "The suspects are due in court on Tuesday.",
            "The heatwave is expected to last until Wednesday.", "Supplies would be restored by Tuesday evening."};
        for (String s : ahead) assertTrue(ValueKinds.of(s, 0, s.length()).contains(ValueKinds.DAY_AHEAD), s);
        String[] not = {"The bridge was closed on Monday.", "Police said on Tuesday that the road would reopen.",
            "The men will appear in court."};
        for (String s : not) assertFalse(ValueKinds.of(s, 0, s.length()).contains(ValueKinds.DAY_AHEAD), s);
    }
}
