package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A weekday before a noun names a kind of thing, not a day (issue 16, set 18). */
class WeekdayNounsTest {
    private static boolean attributive(String text, String mention) {
        int at = text.indexOf(mention);
        return WeekdayNouns.attributive(text, at, at + mention.length(), mention);
    }

    @Test
    void aWeekdayBeforeAPluralNounIsNoDate() {
        assertTrue(attributive("The regulator must approve the end of Saturday deliveries.", "the end of Saturday"));
        assertTrue(attributive("Saturday letter deliveries would end from March.", "Saturday"));
        assertTrue(attributive("The council will review Sunday trading laws.", "Sunday"));
    }

    @Test
    void aWeekdayThatDatesTheStoryStays() {
        assertFalse(attributive("On Saturday police arrested two men.", "Saturday"));
        assertFalse(attributive("Saturday's protests were peaceful.", "Saturday"));
        assertFalse(attributive("Last Friday talks broke down.", "Friday"));
        assertFalse(attributive("Saturday saw protests in three cities.", "Saturday"));
        assertFalse(attributive("Tuesday was the hottest day of the year.", "Tuesday"));
        assertFalse(attributive("The race was won on Saturday.", "Saturday"));
        assertFalse(attributive("Saturday morning flights were cancelled.", "Saturday"));
        assertFalse(attributive("The figures come out in March.", "March"));
    }
}
