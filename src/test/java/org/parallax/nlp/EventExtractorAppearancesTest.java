package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorTest.kinds;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EventKind;

/**
 * EventExtractor on the kinds events16 left: two people seen together at a press conference, farewell calls, cue
 * words in a personal or hypothetical sense.
 */
class EventExtractorAppearancesTest {
    private static final DateRange THU = DateRange.day(LocalDate.of(2037, 6, 25));

    @Test
    void twoLeadersAtAJointPressConferenceMet() {
        assertEquals(List.of(EventKind.MEETING), kinds("Chancellor Ivo Vey and President Ana Dask gave a joint press conference "
                + "in Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("Their defence ministers, Ivo Kell and Ana Rusk, appeared "
                + "together at a second press conference in Pela on Thursday morning.", "Thursday", THU));
        // one person's press conference is no meeting
        assertTrue(kinds("Vey held a press conference in Orla on Thursday.", "Thursday", THU).isEmpty());
        assertTrue(kinds("Dask told a news conference on Thursday that taxes would rise.", "Thursday", THU).isEmpty());
    }

}
