package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

class JoinedDatesTest {
    private static String dates(String text, List<RawMention> found) {
        return String.join(" | ", JoinedDates.added(text, found).stream()
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
    void aShortSpanOfYearsAndAFiscalYearAreDates() {
        String text = "Sales in 2021-22 rose, in FY2024 and FY 23 too, and the 2019/20 season ended early.";
        int at = text.indexOf("2021");
        RawMention year = new RawMention(at, at + 4, "2021", EntityType.DATE, "DATE", "DATE", "2021");
        assertEquals("2021-22=2021/2022 | FY2024=2024 | FY 23=2023 | 2019/20=2019/2020", dates(text, List.of(year)));
        assertEquals("", dates("Pages 2021-19, a 2003-31 score, version 1.2021-22 and 3/2021-05.", List.of()));
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
