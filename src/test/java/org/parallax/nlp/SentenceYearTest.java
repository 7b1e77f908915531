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
    void soDoesAnEarlyMidOrLatePartOfAMonth() {
        String text = "After denying retirement rumours in the summer of 2004, Bill Lipinski announced his resignation in mid-August.";
        String moved = second(text, "the summer of 2004=2004-SU|mid-August=2019-08", "2019-12-20");
        assertEquals("2004-08", moved.substring(0, 7), moved);
        String late = "The drought of spring 1976 broke in late June, when storms swept the south.";
        String lateMoved = second(late, "spring 1976=1976-SP|late June=2032-06", "2033-07-20");
        assertEquals("1976-06", lateMoved.substring(0, 7), lateMoved);
        // not in a future clause, nor after a year alone
        String ahead = "Sales fell in the summer of 2030, and the shop will reopen in mid-August.";
        String stays = second(ahead, "the summer of 2030=2030-SU|mid-August=2033-08", "2033-07-20");
        assertEquals("2033-08", stays.substring(0, 7), stays);
        String year = "In 1976 the heat broke records, and a minister was appointed in late August.";
        String yearStays = second(year, "1976=1976|late August=2032-08", "2033-07-20");
        assertEquals("2032-08", yearStays.substring(0, 7), yearStays);
    }

    @Test
    void notAfterAYearAloneNorInAFutureClause() {
        String year = "In 1976 the heat broke records, and a minister was appointed in August.";
        assertEquals("2032-08", second(year, "1976=1976|August=2032-08", "2033-07-20"));
        String ahead = "Sales fell in March 2030, and the shop will reopen in August.";
        assertEquals("2033-08", second(ahead, "March 2030=2030-03|August=2033-08", "2033-07-20"));
    }
}
