package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

class FollowingUnitsTest {

    private static ResolvedDate dated(String text, String words, DateRange range) {
        int at = text.indexOf(words);
        return new ResolvedDate(at, at + words.length(), words, range, false);
    }

    private static DateRange counted(String text, String words, ResolvedDate before) {
        int at = text.indexOf(words);
        return FollowingUnits.counted(text, at, at + words.length(), List.of(before));
    }

    @Test
    void aSeasonAfterASeasonOfTheSameSentence() {
        String text = "Wren was suspended in the summer of 2030 and dismissed the following spring.";
        DateRange summer = new DateRange(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 8, 31), DatePrecision.SEASON);
        assertEquals(new DateRange(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 5, 31), DatePrecision.SEASON),
                counted(text, "the following spring", dated(text, "the summer of 2030", summer)));
        String winter = "It opened in March 2030 and closed the following winter.";
        DateRange march = new DateRange(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31), DatePrecision.MONTH);
        assertEquals(new DateRange(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 2, 28), DatePrecision.SEASON),
                counted(winter, "the following winter", dated(winter, "March 2030", march)));
        String month = "The fire was in June 2026; inspectors came the following month.";
        DateRange june = new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), DatePrecision.MONTH);
        assertEquals(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), DatePrecision.MONTH),
                counted(month, "the following month", dated(month, "June 2026", june)));
    }

    @Test
    void noneAfterASpanOfYearsOrInAnotherSentence() {
        String text = "The deal was first proposed in 2021-22 and revised the following spring.";
        DateRange span = new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), DatePrecision.YEAR);
        assertNull(counted(text, "the following spring", dated(text, "2021-22", span)));
        String two = "He left in the summer of 2030. He came back the following spring.";
        DateRange summer = new DateRange(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 8, 31), DatePrecision.SEASON);
        assertNull(counted(two, "the following spring", dated(two, "the summer of 2030", summer)));
    }

    @Test
    void aSeasonOrYearAfterOneCalendarYear() {
        String text = "1998: retires, and founds the Free Meals Trust the following spring.";
        DateRange y1998 = new DateRange(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31), DatePrecision.YEAR);
        assertEquals(new DateRange(LocalDate.of(1999, 3, 1), LocalDate.of(1999, 5, 31), DatePrecision.SEASON),
                counted(text, "the following spring", dated(text, "1998", y1998)));
        String year = "The mill closed in 1998 and was sold the following year.";
        assertEquals(new DateRange(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31), DatePrecision.YEAR),
                counted(year, "the following year", dated(year, "1998", y1998)));
        String month = "The mill closed in 1998 and was sold the following month.";
        assertNull(counted(month, "the following month", dated(month, "1998", y1998)));
    }
}
