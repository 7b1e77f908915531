package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiscalQuartersTest {

    private final DateResolver resolver = new DateResolver();

    private String ranges(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return String.join(" ", out.stream().map(d -> d.text() + "=" + d.range()).toList());
    }

    @Test
    void theFirstMonthOfTheYearIsReadFromTheText() {
        assertEquals(2, FiscalQuarters.firstMonth("The company's financial year runs from 1 February to 31 January."));
        assertEquals(7, FiscalQuarters.firstMonth("Corvex, whose financial year ends on 30 June, raised guidance."));
        assertEquals(10, FiscalQuarters.firstMonth("It expects profit for the fiscal year ending 30 September."));
        assertEquals(2, FiscalQuarters.firstMonth("The retailer's financial year ends on the last Saturday of January."));
        assertEquals(0, FiscalQuarters.firstMonth("Sales rose in the third quarter."));
        assertEquals(0, FiscalQuarters.firstMonth("Its fiscal year ends on 31 December."));
        assertEquals(0, FiscalQuarters.firstMonth("The firm's 2024/25 financial year starts on 1 April."));
    }

    @Test
    void aQuarterToComeIsTheNextOneWhereTheClauseLooksAhead() {
        String text = "Harwell, whose fiscal year ends on 30 June, will give a Q3 trading update in late April. "
                + "The second-quarter figures come out in January. Q4 sales rose 9%.";
        assertEquals("Q3=2038-01-01..2038-03-31 The second-quarter=2037-10-01..2037-12-31 Q4=2037-04-01..2037-06-30",
                ranges(text, "Q3=2037-Q3|The second-quarter=2037-Q2|Q4=2037-Q4", "2037-08-20").replaceAll(" late April=\\S+| January=\\S+", ""));
    }

    @Test
    void aQuarterIsTheCompanysOwnWhereTheTextSaysWhenItsYearRuns() {
        String text = "Its financial year runs from 1 February to 31 January. Sales grew in Q2. It said the fourth quarter started well.";
        assertEquals("Q2=2035-05-01..2035-07-31 the fourth quarter=2035-11-01..2036-01-31",
                ranges(text, "Q2=2035-Q2|the fourth quarter=2035-Q4", "2035-11-29"));
        String june = "Corvex, whose financial year ends on 30 June, said Second-quarter earnings rose.";
        assertEquals("Second-quarter=2033-10-01..2033-12-31", ranges(june, "Second-quarter=2033-Q2", "2034-02-16"));
        String ahead = "Its financial year ends on the last Saturday of January. It will close a warehouse by the third quarter.";
        assertEquals("the third quarter=2033-08-01..2033-10-31", ranges(ahead, "the third quarter=2033-Q3", "2033-03-10"));
    }

    @Test
    void aQuarterOfANamedFiscalYearIsThatYearsQuarter() {
        String text = "Its financial year runs from 1 February to 31 January. Sales in the third quarter of fiscal 2035 rose."
                + " It cut jobs in the final quarter of fiscal 2034.";
        assertEquals("the third quarter=2035-08-01..2035-10-31 2035=2035"
                        + " the final quarter of fiscal 2034=2034-11-01..2035-01-31",
                ranges(text, "the third quarter=2035-Q3|2035=2035|2034=2034", "2035-11-29"));
    }

    @Test
    void withNoYearStatedOrACalendarYearQuartersStayCalendarOnes() {
        assertEquals("Q2=2035-04-01..2035-06-30", ranges("Sales grew in Q2.", "Q2=2035-Q2", "2035-11-29"));
        String named = "Its financial year runs from 1 February to 31 January. It expects a loss in the first quarter of 2036.";
        assertEquals("the first quarter of 2036=2036-01-01..2036-03-31", ranges(named, "the first quarter of 2036=2036-Q1", "2035-11-29"));
        String rival = "Its fiscal year ends on 30 September. Rival Noventa, whose year follows the calendar, warned that Q3 would be weak.";
        assertEquals("Q3=2024-07-01..2024-09-30", ranges(rival, "Q3=2024-Q3", "2024-07-24"));
        String month = "Its financial year runs from 1 February to 31 January. Sales fell in the December quarter.";
        assertEquals("December=2034-10-01..2034-12-31", ranges(month, "December=2035-12", "2035-11-29"));
    }
}
