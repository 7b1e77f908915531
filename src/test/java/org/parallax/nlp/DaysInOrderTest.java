package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DaysInOrderTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aDayJoinedByAndOrUntilToALaterDayComesAfterIt() {
        assertEquals("13 April=2037-04-13 | 22 July=2037-07-22", dates(
                "The summer term starts on 13 April, and the school breaks up for the summer on 22 July.",
                "13 April=2037-04-13|22 July=XXXX-07-22", "2036-09-03"));
        assertEquals("2 January=2037-01-02 | 1 June=2037-06-01", dates("The inset days are 2 January and 1 June.",
                "2 January=2037-01-02|1 June=XXXX-06-01", "2036-09-03"));
        assertEquals("21 September=2036-09-21 | ten days later=2036-10-01 | 1 October=2036-10-01", dates(
                "It begins on 21 September and the fast ten days later, on 1 October.",
                "21 September=2036-09-21|ten days later=2036-10-01|1 October=XXXX-10-01", "2036-01-10"));
        assertEquals("14 May=2035-05-14 | 14 June=2035-06-14", dates("The trial was adjourned on 14 May until 14 June.",
                "14 May=2035-05-14|14 June=2034-06-14", "2035-05-25"));
    }

    @Test
    void notInAPastClauseNorAfterBeforeNorWithinOneYear() {
        assertEquals("13 April 2037=2037-04-13 | 22 July=2036-07-22", dates(
                "The summer term starts on 13 April 2037, and the old school broke up for good on 22 July.",
                "13 April 2037=2037-04-13|22 July=2036-07-22", "2036-09-03"));
        assertEquals("13 April=2037-04-13 | 22 July=2036-07-22", dates(
                "The summer term starts on 13 April, and before that, on 22 July, the school breaks up.",
                "13 April=2037-04-13|22 July=2036-07-22", "2036-09-03"));
        assertEquals("12 August=2036-08-12 | 1 May=2036-05-01", dates("The festival runs on 12 August, and tickets go on sale on 1 May.",
                "12 August=2036-08-12|1 May=2036-05-01", "2036-03-03"));
    }
    @Test
    void aBareSeasonInASentenceThatDatesADayAheadIsOfThatDaysYear() {
        assertEquals("the spring=2027-03-01..2027-05-31 | 31 May 2027=2027-05-31", dates(
                "Recruitment usually peaks in the spring, before the resignation deadline of 31 May 2027.",
                "the spring=2026-SP|31 May 2027=2027-05-31", "2026-12-29"));
        assertEquals("the summer=2037-06-01..2037-08-31 | 22 July 2037=2037-07-22", dates(
                "The school breaks up for the summer on 22 July 2037.",
                "the summer=2036-SU|22 July 2037=2037-07-22", "2036-09-03"));
    }

    @Test
    void notWithoutADayAheadNorInAPastClause() {
        assertEquals("the spring=2026-03-01..2026-05-31", dates("Recruitment usually peaks in the spring.",
                "the spring=2026-SP", "2026-12-29"));
        assertEquals("the spring=2026-03-01..2026-05-31 | 31 May 2027=2027-05-31", dates(
                "Recruitment peaked in the spring, and the next deadline is 31 May 2027.",
                "the spring=2026-SP|31 May 2027=2027-05-31", "2026-12-29"));
    }
}
