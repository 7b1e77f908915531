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

    @Test
    void aJourneyToldInThePresentLooksAheadToItsWeekday() {
        // published Monday 12 November 2035: "on Wednesday" is the 14th, "on Friday" the 16th
        assertEquals("2035-11-16", of("Tanabe flies to Barcelona on Friday to visit the company's Spanish site.",
                "Friday=2035-11-09", "Friday"));
        assertEquals("2035-11-14", of("Ms Solberg travels on to Katowice, Poland, on Wednesday to visit Silesia Cells.",
                "Wednesday=2035-11-07", "Wednesday"));
        // the same journeys told in the past stay in the past week
        assertEquals("2035-11-09", of("Tanabe flew to Barcelona on Friday to visit the company's Spanish site.",
                "Friday=2035-11-09", "Friday"));
        assertEquals("2035-11-07", of("Ms Solberg travelled on to Katowice, Poland, on Wednesday to visit Silesia Cells.",
                "Wednesday=2035-11-07", "Wednesday"));
        // a present verb in a clause of its own does not move a past journey's day
        assertEquals("2035-11-07", of("He flew to Oslo, Norway, on Wednesday to meet the king, who heads the church.",
                "Wednesday=2035-11-07", "Wednesday"));
    }

    @Test
    void aVisitToldInThePresentLooksAheadButNotTheNoun() {
        // published Monday 12 November 2035
        assertEquals("2035-11-14", of("The chancellor, Lukas Brenner, visits Canada on Wednesday on his first trip abroad.",
                "Wednesday=2035-11-07", "Wednesday"));
        assertEquals("2035-11-15", of("The King tours the port of Sines on Thursday with the minister.",
                "Thursday=2035-11-08", "Thursday"));
        assertEquals("2035-11-07", of("Brenner visited Canada on Wednesday on his first trip abroad.",
                "Wednesday=2035-11-07", "Wednesday"));
        assertEquals("2035-11-07", of("Two of his visits on Wednesday drew protests.", "Wednesday=2035-11-07", "Wednesday"));
    }
}
