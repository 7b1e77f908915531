package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiscalHalvesTest {

    private final DateResolver resolver = new DateResolver();

    private String ranges(String text, String spec, String published) {
        List<RawMention> raw = spec.isEmpty() ? List.of() : DateResolverTest.raw(text, spec);
        List<ResolvedDate> out = resolver.resolve(text, raw, LocalDate.parse(published));
        return String.join(" ", out.stream().map(d -> d.text() + "=" + d.range()).toList());
    }

    @Test
    void aHalfOfANamedFiscalYearIsThatYearsHalf() {
        String text = "Its fiscal year ends on 30 June. Costs fall in the first half of FY2038. Sales rise in the second half of fiscal 2039.";
        assertEquals("the first half of FY2038=2037-07-01..2037-12-31 the second half of fiscal 2039=2039-01-01..2039-06-30",
                ranges(text, "", "2037-08-20"));
    }

    @Test
    void aHalfWithNoYearIsPlacedByItsClausesTense() {
        String text = "Corvex, whose financial year ends on 30 June, said H1 had been strong. "
                + "It said the second half would be softer. It will report H1 results soon.";
        assertEquals("H1=2033-07-01..2033-12-31 the second half=2034-01-01..2034-06-30 H1=2034-07-01..2034-12-31",
                ranges(text, "", "2034-02-16"));
    }

    @Test
    void aBareHalfFollowsAHalfTheArticleNamesWithItsYearOrTheEndWrittenAfterIt() {
        String text = "Carrick lifts outlook after strong first half. Revenue for H1 2024 rose. Its fiscal year ending 30 September"
                + " looks good.";
        assertEquals("first half=2024-01-01..2024-06-30", ranges(text, "H1 2024=2024-H1", "2024-07-24").replaceAll(" H1 2024=\\S+", ""));
        String fiscal = "Its fiscal year ends on 30 June. The first half of FY2038 carries the cost; the second half sees the benefit.";
        assertEquals("The first half of FY2038=2037-07-01..2037-12-31 the second half=2038-01-01..2038-06-30",
                ranges(fiscal, "", "2037-08-20"));
        String to = "The retailer's financial year ends on the last Saturday of January. In the first half, to 31 July 2032, sales"
                + " had been flat.";
        assertEquals("the first half=2032-02-01..2032-07-31", ranges(to, "", "2033-03-10").replaceAll(" 31 July 2032=\\S+", ""));
    }

    @Test
    void withNoFiscalYearStatedAHalfIsLeftAlone() {
        assertEquals("", ranges("United scored twice in the second half.", "", "2037-08-20"));
        assertEquals("", ranges("Its fiscal year ends on 30 June. Sales rose in the first half of May and the second half of the match.",
                "", "2037-08-20").replaceAll("May=\\S+", "").strip());
        String code = "Windows version 24H2 ships.";
        assertEquals(null, FiscalHalves.range(code, code.indexOf("24H2"), code.indexOf(" ships"), LocalDate.parse("2037-08-20"), 7));
    }
}
