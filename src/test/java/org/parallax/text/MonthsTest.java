package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MonthsTest {
    @Test
    void readsFullNamesAbbreviationsAndSeptInAnyCase() {
        for (String w : List.of("March", "march", "MARCH", "Mar", "mar.", "MAR.")) assertEquals(Optional.of(Month.MARCH), Months.parse(w), w);
        for (String w : List.of("September", "Sep", "Sept", "Sept.", "sep.")) assertEquals(Optional.of(Month.SEPTEMBER), Months.parse(w), w);
        assertEquals(Optional.of(Month.MAY), Months.parse("May"));
        assertEquals(Optional.of(Month.JUNE), Months.parse("Jun."));
        assertEquals(Optional.of(Month.JULY), Months.parse("July"));
        assertEquals(12, Months.number("Dec"));
        assertEquals(1, Months.number("january"));
    }

    @Test
    void refusesOtherPrefixesAndWords() {
        for (String w : List.of("Marc", "Septem", "Ma", "Mayor", "Ju", "Junes", "Decimal", "", "  ", ".")) {
            assertTrue(Months.parse(w).isEmpty(), w);
        }
        assertEquals(0, Months.number("Monday"));
        assertTrue(Months.parse(null).isEmpty());
    }

    @Test
    void namePatternFindsTheMonthInTheSampleDateLines() {
        Pattern p = Pattern.compile("\\b(" + Months.NAME + ")\\.?\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
        var m = p.matcher("Saturday Mar 04, 2023; talks on March 6-7; Sept. 11 anniversary");
        List<Month> found = new java.util.ArrayList<>();
        while (m.find()) found.add(Months.parse(m.group(1)).orElseThrow());
        assertEquals(List.of(Month.MARCH, Month.MARCH, Month.SEPTEMBER), found);
        assertFalse(Pattern.compile("^" + Months.NAME + "$", Pattern.CASE_INSENSITIVE).matcher("Marc").matches());
    }

    @Test
    void onlyDottedAbbreviationsAreAbbreviations() {
        assertTrue(Months.isAbbreviation("sept"));
        assertTrue(Months.isAbbreviation("jan"));
        assertFalse(Months.isAbbreviation("may"), "May is the whole name: 'in May.' ends a sentence");
        assertFalse(Months.isAbbreviation("march"));
    }
}
