package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClockTimesTest {
    private static final Pattern WHOLE = Pattern.compile(ClockTimes.TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_TEXT = Pattern.compile("\\b" + ClockTimes.TIME, Pattern.CASE_INSENSITIVE);

    @Test
    void readsEveryWayNewsWritesATimeOfDay() {
        for (String t : new String[] {"6 p.m.", "6pm", "6 PM", "11:00 a.m.", "3.15 p.m.", "23:30", "23.30", "9 p. m.", "7am"}) {
            assertTrue(WHOLE.matcher(t).matches(), t);
        }
    }

    @Test
    void isNoDayNumberYearOrWord() {
        for (String t : new String[] {"6", "2023", "6 March", "3.5", "6 amid", "12:345"}) {
            assertFalse(WHOLE.matcher(t).matches(), t);
        }
    }

    @Test
    void findsTheTimeInsideAMention() {
        Matcher m = IN_TEXT.matcher("at 11:00 p.m. on Sunday");
        assertTrue(m.find());
        assertEquals("11:00 p.m.", m.group());
        assertEquals("on Sunday 6 March", IN_TEXT.matcher("on Sunday 6 March").replaceAll("#"));
        assertEquals("the 1,500 people", IN_TEXT.matcher("the 1,500 people").replaceAll("#"));
    }
}
