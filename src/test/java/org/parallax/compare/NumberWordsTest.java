package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Written, spelled and scaled numbers read to one value. */
class NumberWordsTest {
    private static double v(String s) {
        return NumberWords.parse(s).orElseThrow();
    }

    @Test
    void readsDigitsWithCommasAndDecimals() {
        assertEquals(1000, v("1,000"));
        assertEquals(1000, v("1000"));
        assertEquals(7.3, v("7.3"));
        assertEquals(120000, v("120,000"));
    }

    @Test
    void readsSpelledNumbersAsTheirDigits() {
        assertEquals(43, v("Forty-three"));
        assertEquals(43, v("forty three"));
        assertEquals(7, v("seven"));
        assertEquals(205, v("two hundred and five"));
        assertEquals(12, v("a dozen"));
        assertEquals(2_000_000, v("two million"));
    }

    @Test
    void readsScaleWordsAfterDigits() {
        assertEquals(2_500_000, v("2.5 million"));
        assertEquals(334_000_000, v("334M"));
        assertEquals(5_400_000_000.0, v("5.4 billion"));
    }

    @Test
    void refusesWhatIsNotOneNumber() {
        assertTrue(NumberWords.parse("seven eight9").isEmpty());
        assertTrue(NumberWords.parse("people").isEmpty());
        assertTrue(NumberWords.parse("").isEmpty());
        assertTrue(NumberWords.parse("7 8").isEmpty());
    }

    @Test
    void formatsWithoutTrailingZeros() {
        assertEquals("7", NumberWords.format(7.0));
        assertEquals("7.3", NumberWords.format(7.3));
    }
}
