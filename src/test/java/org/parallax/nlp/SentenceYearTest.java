package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceYearTest {

    private final DateResolver resolver = new DateResolver();

    private String second(String text, String spec, String published) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return dates.get(1).range().toString();
    }

    @Test
    void aMonthAloneInAPastClauseTakesTheYearOfTheSentencesSeason() {
        String text = "The summer of 1976 was the hottest Britain had known, and a minister was appointed in August.";
        assertEquals("1976-08", second(text, "The summer of 1976=1976-SU|August=2032-08", "2033-07-20"));
    }

    @Test
    void notAfterAYearAloneNorInAFutureClause() {
        String year = "In 1976 the heat broke records, and a minister was appointed in August.";
        assertEquals("2032-08", second(year, "1976=1976|August=2032-08", "2033-07-20"));
        String ahead = "Sales fell in March 2030, and the shop will reopen in August.";
        assertEquals("2033-08", second(ahead, "March 2030=2030-03|August=2033-08", "2033-07-20"));
    }
}
