package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

class HyphenedDatesTest {
    private static String dates(String text, List<RawMention> found) {
        return String.join(" | ", HyphenedDates.added(text, found).stream()
                .map(m -> m.text() + "=" + m.timexValue()).toList());
    }

    @Test
    void aHyphenedMonthYearOrDecadeIsADateWithTheValueItModifies() {
        assertEquals("mid-December=XXXX-12", dates("The first ship is due in mid-December.", List.of()));
        assertEquals("mid-Dec.=XXXX-12", dates("Due in mid-Dec. at the latest.", List.of()));
        assertEquals("mid-2023=2023 | mid-March=XXXX-03", dates("Growth slowed in mid-2023 and recovered by mid-March.", List.of()));
        assertEquals("mid-1990s=199X", dates("Prices fell in the mid-1990s.", List.of()));
    }

    @Test
    void aYearAfterTheMonthJoinsItAndItsOwnMentionGivesWay() {
        String text = "The ship is due in mid-December 2024, the yard said.";
        int at = text.indexOf("2024");
        RawMention year = new RawMention(at, at + 4, "2024", EntityType.DATE, "DATE", "DATE", "2024");
        assertEquals("mid-December 2024=2024-12", dates(text, List.of(year)));
    }

    @Test
    void whatSutimeReadOrWhatIsNoDateStaysAsItIs() {
        String text = "Talks resume in mid-April.";
        int at = text.indexOf("mid-April");
        RawMention read = new RawMention(at, at + 9, "mid-April", EntityType.DATE, "DATE", "DATE", "2023-04");
        assertEquals("mid-April=2023-04", dates(text, List.of(read)));
        assertEquals("", dates("A mid-size car, a mid-term vote, amid-March chaos, a mid-20 score and a mid-range model.", List.of()));
    }
}
