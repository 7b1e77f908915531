package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FeastDaysTest {
    private static final LocalDate JAN_27_2033 = LocalDate.of(2033, 1, 27);

    @Test
    void easterCycleDaysAreTheirFeastNotTheNearestWeekday() {
        // Easter 2033 is 17 April
        assertEquals(LocalDate.of(2033, 3, 2), FeastDays.place("falls on Ash ", "Wednesday", ClauseTense.Tense.NONE, JAN_27_2033));
        assertEquals(LocalDate.of(2033, 4, 10), FeastDays.place("a week after Palm ", "Sunday", ClauseTense.Tense.NONE, JAN_27_2033));
        assertEquals(LocalDate.of(2033, 4, 17), FeastDays.place("and Easter ", "Sunday", ClauseTense.Tense.NONE, JAN_27_2033));
        assertEquals(LocalDate.of(2033, 6, 6), FeastDays.place("on Whit ", "Monday", ClauseTense.Tense.FUTURE, JAN_27_2033));
        assertEquals(LocalDate.of(2032, 3, 26), FeastDays.place("on Good ", "Friday", ClauseTense.Tense.PAST, JAN_27_2033));
    }

    @Test
    void shoppingDaysFollowAmericanThanksgiving() {
        // Thanksgiving 2032 is 25 November
        assertEquals(LocalDate.of(2032, 11, 26), FeastDays.place("a strong Black ", "Friday", ClauseTense.Tense.PAST, LocalDate.of(2033, 3, 10)));
        assertEquals(LocalDate.of(2032, 11, 29), FeastDays.place("on Cyber ", "Monday", ClauseTense.Tense.NONE, LocalDate.of(2032, 11, 20)));
    }

    @Test
    void aFeastIsNamedByItsWordAndWeekday() {
        assertTrue(FeastDays.names("year. Ash Wednesday"));
        assertTrue(FeastDays.names("a week after Palm Sunday"));
        assertTrue(FeastDays.names("a strong Black Friday"));
        assertFalse(FeastDays.names("on Good Monday"));
        assertFalse(FeastDays.names("said on Wednesday"));
    }

    @Test
    void otherWordsMakeNoFeast() {
        assertNull(FeastDays.place("on Good ", "Monday", ClauseTense.Tense.NONE, JAN_27_2033));
        assertNull(FeastDays.place("until ", "Friday", ClauseTense.Tense.NONE, JAN_27_2033));
        assertNull(FeastDays.place("the black ", "Friday", ClauseTense.Tense.NONE, JAN_27_2033));
    }
}
