package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DecadeWordsTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, spec.isEmpty() ? List.of() : DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining("|"));
    }

    @Test
    void aDecadeNamedByItsTensIsTheLastOneThatHadEndedBeforePublication() {
        assertEquals("the sixties=1960-01-01..1969-12-31", dates("When we came here in the sixties there was a pub on every corner.", "", "2035-05-06"));
        assertEquals("the twenties=2020-01-01..2029-12-31", dates("Rents doubled in the twenties.", "", "2035-05-06"));
        assertEquals("the twenties=1920-01-01..1929-12-31", dates("Rents doubled in the twenties.", "", "2026-05-06"));
        assertEquals("the '90s=1990-01-01..1999-12-31", dates("It was built in the '90s.", "'90s=XX9X~SET", "2035-05-06"));
    }

    @Test
    void itsModifierIsReadAsForAWrittenDecade() {
        String text = "The mid-'80s brought the worst of its decline: by 1986 half the houses stood empty.";
        assertEquals("The mid-'80s=1983-01-01..1986-12-31|1986=1986", dates(text, "'80s=XX8X~SET|1986=1986", "2035-05-06"));
        assertEquals("the late sixties=1967-01-01..1969-12-31", dates("Prices rose in the late sixties.", "", "2035-05-06"));
    }

    @Test
    void theNoughtiesAndAPastCenturyWrittenAsItsFirstDecade() {
        assertEquals("the noughties=2000-01-01..2009-12-31", dates("It stood empty through the noughties.", "", "2037-11-05"));
        assertEquals("1800s=1867-01-01..1899-12-31", dates("Corn prices had collapsed in the late 1800s.", "1800s=180X", "2037-11-05"));
        assertEquals("1900s=1900-01-01..1999-12-31", dates("Mills closed across the 1900s.", "1900s=190X", "2037-11-05"));
        assertEquals("2000s=2000-01-01..2009-12-31", dates("Prices rose in the 2000s.", "2000s=200X", "2037-11-05"));
    }

    @Test
    void notAnAgeNorWithoutAPublicationDate() {
        assertEquals("", dates("She is in her sixties.", "", "2035-05-06"));
        assertEquals("", resolver.resolve("It was built in the sixties.", List.of(), null).stream().map(d -> d.text())
                .collect(Collectors.joining("|")));
    }

    @Test
    void aDecadeWrittenWithoutItsApostropheButNotATemperature() {
        assertEquals("the mid-90s=1993-01-01..1996-12-31", dates("The set will close, as it did in the mid-90s, with a cover.", "", "2040-03-07"));
        assertEquals("", dates("Highs will be in the mid-30s on Friday.", "", "2040-03-07"));
    }
}
