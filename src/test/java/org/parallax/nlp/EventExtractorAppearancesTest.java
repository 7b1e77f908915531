package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorTest.kinds;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
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

    @Test
    void anEnvoysFarewellCallsAreMeetings() {
        assertEquals(List.of(EventKind.MEETING), kinds("The outgoing ambassador, Ana Dask, paid a farewell call on Foreign Minister "
                + "Ivo Vey in Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("On Thursday she bade farewell to the governor of Orla, Ivo Vey, at City Hall.",
                "Thursday", THU));
        assertEquals(List.of(EventKind.MEETING), kinds("On Thursday she took leave of the provincial governor, Ivo Vey.",
                "Thursday", THU));
        // a farewell to fans, or leave from work, is no meeting
        assertTrue(kinds("On Thursday the team bade farewell to its fans.", "Thursday", THU).isEmpty());
        assertTrue(kinds("She took leave of absence on Thursday.", "Thursday", THU).isEmpty());
    }

    @Test
    void aVisitUrgedOrToTheDoctorIsNoEvent() {
        DateRange oct = new DateRange(LocalDate.of(2037, 10, 1), LocalDate.of(2037, 10, 31), DatePrecision.MONTH);
        assertTrue(kinds("The president, Ana Dask, should visit Orla and Pela before the winter, and she ought to meet the "
                + "mayors who have been asking for her since October.", "October", oct).isEmpty());
        assertTrue(kinds("I spent last Tuesday in a waiting room in Orla: a visit to the doctor that should take an hour now takes "
                + "three.", "last Tuesday", THU).isEmpty());
        // a visit that happens is still one
        assertEquals(List.of(EventKind.VISIT), kinds("The president visited Orla on Thursday.", "Thursday", THU));
        assertEquals(List.of(EventKind.VISIT), kinds("She visited the doctors of the field hospital in Orla on Thursday.",
                "Thursday", THU));
    }

}
