package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SouthernSeasonsTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range().start() + ".." + d.range().end()).collect(Collectors.joining(" | "));
    }

    @Test
    void aSeasonUnderASouthernDatelineIsTheSouthernSeason() {
        String text = "SYDNEY - Schools will report in the spring, after the heat of last summer and before winter.";
        assertEquals("the spring=2038-09-01..2038-11-30 | last summer=2037-12-01..2038-02-28 | winter=2038-06-01..2038-08-31",
                dates(text, "the spring=2038-SP|last summer=2037-SU|winter=2038-WI", "2038-03-10"));
        String year = "AUCKLAND: The plan was first put forward in the autumn of 2036.";
        assertEquals("the autumn of 2036=2036-03-01..2036-05-31", dates(year, "the autumn of 2036=2036-FA", "2038-03-10"));
    }

    @Test
    void aSeasonUnderANorthernDatelineOrAPlaceNamedInTheStoryStaysNorthern() {
        String text = "LONDON - Schools will report in the spring, as Sydney's did.";
        assertEquals("the spring=2038-03-01..2038-05-31", dates(text, "the spring=2038-SP", "2038-03-10"));
    }

    @Test
    void fathersDayUnderAnAustralianDatelineIsTheFirstSundayOfSeptember() {
        assertEquals("Father's Day=2039-09-04..2039-09-04", dates("MELBOURNE: Sales will be helped by Father's Day.",
                "Father's Day=2039-06-19", "2039-08-10"));
        // South Africa keeps the third Sunday of June: the rule is Australia's and New Zealand's, not the south's
        assertEquals("Father's Day=2039-06-19..2039-06-19", dates("CAPE TOWN - Sales will be helped by Father's Day.",
                "Father's Day=2039-06-19", "2039-05-10"));
    }
}
