package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;

class GovernmentYearsTest {

    private static String span(String text, String surface, int stated) {
        int at = text.indexOf(surface);
        DateRange r = GovernmentYears.span(text, at, at + surface.length(), stated);
        return r == null ? null : r.start() + ".." + r.end();
    }

    @Test
    void aSpanOfTwoYearsIsOneFinancialYearFromTheStatedOrTheDatelinesFirstMonth() {
        String india = "NEW DELHI: The minister presented the Union Budget for 2039-40 on Tuesday.";
        assertEquals("2039-04-01..2040-03-31", span(india, "2039-40", 0));
        String australia = "CANBERRA: The budget for the 2039-40 financial year was delivered in May.";
        assertEquals("2039-07-01..2040-06-30", span(australia, "the 2039-40 financial year", 0));
        String stated = "The group, whose financial year runs from 1 October, has doubled sales since 2034-35.";
        assertEquals("2034-10-01..2035-09-30", span(stated, "2034-35", 10));
    }

    @Test
    void aSpanOfAnotherKindOfYearOrWithNoEvidenceStaysAsItWas() {
        assertNull(span("NEW DELHI: Admissions for the 2039-40 academic year open tomorrow.", "2039-40", 0));
        assertNull(span("SYDNEY - He scored 20 goals in the 2019-20 season.", "2019-20", 0));
        assertNull(span("LONDON - Sales have doubled since 2034-35.", "2034-35", 0));
        assertNull(span("NEW DELHI: Figures for 2037-39 were revised.", "2037-39", 0));
    }

    @Test
    void fiscalAsANounInIndianEnglishIsTheYearOfThatPlace() {
        String text = "NEW DELHI: The deficit for the current fiscal is 4.6 per cent; growth in the next fiscal, 7 per cent. The fiscal deficit"
                + " fell.";
        List<RawMention> out = GovernmentYears.added(text, List.of(), LocalDate.parse("2039-02-02"));
        assertEquals("the current fiscal=2038-04-01/2039-03-31 | the next fiscal=2039-04-01/2040-03-31",
                out.stream().map(m -> m.text() + "=" + m.timexValue()).collect(Collectors.joining(" | ")));
        assertEquals(List.of(), GovernmentYears.added("The deficit for the current fiscal is 4.6 per cent.", List.of(),
                LocalDate.parse("2039-02-02")));
    }
}
