package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CenturyTurnTest {

    private final DateResolver resolver = new DateResolver();

    private List<ResolvedDate> resolve(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
    }

    @Test
    void theTurnOfTheCenturyFollowsItsSentencesLastDate() {
        String old = "In the late 19th century it was the busiest market; by the turn of the century trade had halved.";
        assertEquals("1899-01-01..1901-12-31", resolve(old, "the late 19th century=18XX|the century=20XX", "2037-08-15").get(1).range().toString());
        String recent = "Founded in 1952, it had 900 staff by the turn of the century.";
        assertEquals("1999-01-01..2001-12-31", resolve(recent, "1952=1952|the century=20XX", "2037-08-15").get(1).range().toString());
        String alone = "By the turn of the century trade had halved.";
        assertEquals("1999-01-01..2001-12-31", resolve(alone, "the century=20XX", "2037-08-15").get(0).range().toString());
    }
}
