package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AudiencesTest {
    private static final Pattern CUE = Pattern.compile("\\b(" + Audiences.CUE + ")\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void anAudienceGivenOrHadIsAMeeting() {
        assertTrue(CUE.matcher("Pope Clement XV received in audience the President of Chile, Valentina Soto, on Thursday.").find());
        assertTrue(CUE.matcher("She was received in private audience by King Harald on Monday.").find());
        assertTrue(CUE.matcher("The emperor granted an audience to the Malian envoy, Oumar Traore, on Friday.").find());
        assertTrue(CUE.matcher("Lind had a private audience with Pope Leo on 4 May.").find());
        assertTrue(EventExtractor.MEETING.matcher("Pope Clement XV received in audience the President of Chile on Thursday.").find());
    }

    @Test
    void anAudienceThatListensIsNot() {
        assertFalse(CUE.matcher("The speech was received by an audience of 300 on Friday.").find());
        assertFalse(CUE.matcher("The play had an audience with families in mind.").find());
        assertFalse(CUE.matcher("The band gave an audience of thousands a night to remember.").find());
    }
}
