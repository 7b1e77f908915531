package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cues that a date lies ahead: "may"/"might", a modal after a fronted date, a headline's "to", a warning's days. */
class ClauseTenseAheadTest {

    private final DateResolver resolver = new DateResolver();

    /** Published Monday 12 November 2035. */
    private String of(String text, String spec, String surface) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse("2035-11-12"));
        return dates.stream().filter(d -> d.text().contains(surface)).map(d -> String.valueOf(d.range())).findFirst().orElse("none");
    }

    @Test
    void mayAndMightLookAheadButNotMayHave() {
        assertEquals("2035-11-15", of("Ferries were cancelled, and the A30 may close on Thursday.", "Thursday=2035-11-15", "Thursday"));
        assertEquals("2035-11-08", of("The A30 may have closed on Thursday.", "Thursday=2035-11-08", "Thursday"));
    }

    @Test
    void aDateBeforeAModalLooksAhead() {
        assertEquals("2035-11-17", of("Saturday night could fall to minus 4C in the Highlands.", "Saturday night=2035-11-17TNI",
                "Saturday"));
    }

    @Test
    void aHeadlinesInfinitiveLooksAhead() {
        String text = "Storm to bring gales overnight into Thursday\n\nForecasters were busy.";
        assertEquals("2035-11-15", of(text, "Thursday=2035-11-15", "Thursday"));
        // a body sentence with a stop is no headline
        String body = "He went there to bring gales into Thursday.\n\nMore.";
        assertEquals("2035-11-08", of(body, "Thursday=2035-11-15", "Thursday"));
    }

    @Test
    void aWarningsDaysLieAhead() {
        String text = "Forecasters have issued a wind warning for the west from Wednesday evening.";
        assertEquals("2035-11-14", of(text, "Wednesday evening=2035-11-14TEV", "Wednesday"));
        String past = "A wind warning was in force from Wednesday evening.";
        assertEquals("2035-11-07", of(past, "Wednesday evening=2035-11-14TEV", "Wednesday"));
    }

    @Test
    void aDeadlineStillOpenLooksAheadButNotOneThatWas() {
        assertEquals("2035-11-15", of("Rovers have until 11pm on Thursday to sign a striker, the manager said.", "Thursday=2035-11-08",
                "Thursday"));
        assertEquals("2035-11-08", of("Rovers had until Thursday to sign a striker, the manager said.", "Thursday=2035-11-08",
                "Thursday"));
    }
}
