package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FallVerbTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void fallAsAVerbBeforeAYearIsNoAutumn() {
        assertEquals("2081=2081", dates("Its 150th anniversary will fall in 2081.", "fall in 2081=2081-FA", "2037-01-17"));
        assertEquals("2040=2040", dates("The next one falls in 2040.", "falls in 2040=2040-FA", "2037-01-17"));
    }

    @Test
    void theAutumnStaysTheAutumn() {
        assertEquals("fall in 2081=2081-09-01..2081-11-30", dates("The bridge opens in the fall in 2081.", "fall in 2081=2081-FA",
                "2037-01-17"));
    }
}
