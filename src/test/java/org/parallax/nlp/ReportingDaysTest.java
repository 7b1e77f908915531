package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingDaysTest {
    private static boolean reportingDay(String sentence, String date, String other) {
        int end = sentence.indexOf(date) + date.length();
        return ReportingDays.isReportingDay(sentence, end, other == null ? List.of() : List.of(sentence.lastIndexOf(other)));
    }

    @Test
    void theDayBeforeAReportingVerbIsTheStatementsWhenTheClauseGivesItsOwn() {
        assertTrue(reportingDay("The foreign ministry on Friday confirmed that the deputy foreign minister, Omar Haddad, met a senior"
                + " Iranian envoy, Reza Karimi, in Muscat on Tuesday.", "on Friday", "Tuesday"));
        assertTrue(reportingDay("The palace on Monday announced the king will visit Japan in May.", "on Monday", "May"));
        assertTrue(reportingDay("Officials on 3 June told reporters that Lind had met Ortega in Lima on 1 June.", "on 3 June", "1 June"));
        assertTrue(reportingDay("The embassy on Thursday also said that the two ministers met in Oslo on Monday.", "on Thursday", "Monday"));
    }

    @Test
    void aDayOfTheEventItselfStays() {
        // no date of its own after the verb: the sentence's one date is left as it was
        assertFalse(reportingDay("The ministry on Friday confirmed the meeting with Karimi.", "on Friday", null));
        // the date is the meeting's, the verb comes later in another clause
        assertFalse(reportingDay("Haddad met Karimi on Tuesday and visited Sohar on Wednesday, officials said.", "on Tuesday", "Wednesday"));
        // the other date stands before the verb
        assertFalse(reportingDay("On Tuesday the envoys met in Muscat on Friday, said an aide.", "in Muscat on Friday", "On Tuesday"));
    }
}
