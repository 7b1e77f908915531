package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiscalYearsTest {

    private final DateResolver resolver = new DateResolver();

    private String ranges(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return String.join(" ", out.stream().map(d -> d.text() + "=" + d.range()).toList());
    }

    @Test
    void aBritishTaxYearRunsFromSixthAprilToFifthApril() {
        String text = "HMRC said returns for the 2034-35 tax year are due. From the start of the 2036-37 tax year the allowance rises.";
        assertEquals("2034-35=2034-04-06..2035-04-05 2036-37=2036-04-06",
                ranges(text, "2034-35=2034/2035|2036-37=2036/2037", "2036-01-15"));
    }

    @Test
    void theCurrentTaxYearHoldsPublication() {
        String text = "The payment on account for the current tax year is due. The end of the tax year is the last chance to use an ISA.";
        assertEquals("the current tax year=2035-04-06..2036-04-05 the tax year=2036-04-05",
                ranges(text, "year=P1Y~DURATION|year=P1Y~DURATION", "2036-01-15"));
        String after = "Self-assessment: next tax year the allowance rises.";
        assertEquals("next tax year=2037-04-06..2038-04-05", ranges(after, "year=P1Y~DURATION", "2036-05-01"));
    }

    @Test
    void aSpanOfTwoYearsBeforeFiscalYearIsTheCompanysYear() {
        String text = "Harwell, whose fiscal year ends on 30 June, said the 2035-36 fiscal year was hurt. Its 2036-37 season ended.";
        assertEquals("2035-36=2035-07-01..2036-06-30 2036-37=2036-01-01..2037-12-31",
                ranges(text, "2035-36=2035/2036|2036-37=2036/2037", "2037-08-20"));
        assertEquals("2035-36=2035-01-01..2036-12-31",
                ranges("Rivals said the 2035-36 fiscal year was hard.", "2035-36=2035/2036", "2037-08-20"));
    }

    @Test
    void aSeasonOrAnAmericanTaxYearIsNotOne() {
        assertEquals("2036-37=2036-01-01..2037-12-31",
                ranges("HMRC staff played in a 2036-37 season of the league.", "2036-37=2036/2037", "2036-01-15"));
        assertEquals("year=null", ranges("The IRS said the tax year closes soon for filers in Ohio.", "year=P1Y~DURATION", "2036-01-15"));
        assertEquals("2036-37=2036-01-01..2037-12-31",
                ranges("The IRS audited the 2036-37 tax year returns.", "2036-37=2036/2037", "2036-01-15"));
    }

    @Test
    void aNamedFiscalYearIsTheCompanysWhereTheTextSaysWhenItRuns() {
        String text = "Its financial year runs from 1 February to 31 January. Fiscal 2035 ends soon. It expects growth in fiscal 2036.";
        assertEquals("Fiscal 2035=2035-02-01..2036-01-31 2036=2036-02-01..2037-01-31",
                ranges(text, "2035=#|2036=2036", "2035-11-29"));
        String none = "Fiscal 2035 ends soon. It expects growth in fiscal 2036.";
        assertEquals("2036=2036", ranges(none, "2035=#|2036=2036", "2035-11-29"));
    }
}
