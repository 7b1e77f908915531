package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Sentence;

class StoryDayTest {
    private static final String A = "The Civic Union won Sunday's election in Valmark with 34.1% of the vote. Turnout was 71% on Sunday.";
    private static final String B = "Anna Berg's Civic Union has won the Valmark election, taking 34% of votes. Counting ended overnight.";

    private static Sentence sentence(String text, int k) {
        int end = text.indexOf(". ") + 1;
        return k == 0 ? new Sentence(0, end) : new Sentence(end + 1, text.length());
    }

    private static Fact date(String text, String words, Sentence s) {
        int at = text.indexOf(words, s.start());
        return new Fact("date", 0, 1, words, "2027-06-13", at, at + words.length(), s.start(), s.end());
    }

    @Test
    void aWeekdayAloneIsTheStorysDay() {
        Sentence s = sentence(A, 0);
        assertTrue(StoryDay.nearDay(date(A, "Sunday's", s)));
        assertTrue(StoryDay.nearDay(new Fact("date", 0, 1, "early on Monday", "x", 0, 1, 0, 1)));
        assertFalse(StoryDay.nearDay(new Fact("date", 0, 1, "2024", "x", 0, 1, 0, 1)));
        assertFalse(StoryDay.nearDay(new Fact("date", 0, 1, "Monday 9 November", "x", 0, 1, 0, 1)));
        assertFalse(StoryDay.nearDay(new Fact("date", 0, 1, "last Monday", "x", 0, 1, 0, 1)));
        assertFalse(StoryDay.nearDay(new Fact("date", 0, 1, "September", "x", 0, 1, 0, 1)));
        assertFalse(StoryDay.nearDay(new Fact("percent", 0, 1, "Sunday", "x", 0, 1, 0, 1)), "only a date is a day");
    }

    @Test
    void theLeadsDayIsToldByTheOtherSidesPublicationWhenItsCounterpartGivesNoDay() {
        Sentence a1 = sentence(A, 0), a2 = sentence(A, 1), b1 = sentence(B, 0), b2 = sentence(B, 1);
        Fact sunday = date(A, "Sunday's", a1);
        Map<Sentence, List<Fact>> none = Map.of(b1, List.of());
        assertTrue(StoryDay.toldByPublication(sunday, a1, List.of(b1), none));
        // any date the other side's counterpart gives is its own telling: a conflict or an agreement, settled elsewhere; a part of
        // the day ("overnight") leaves open which day, so the weekday stays listed
        Fact overnight = date(B, "overnight", b2);
        assertFalse(StoryDay.toldByPublication(sunday, a1, List.of(b2), Map.of(b2, List.of(overnight))));
        // a day in a later sentence is a fact of its own, and a lead with no counterpart is one-sided as a whole
        assertFalse(StoryDay.toldByPublication(date(A, "Sunday", a2), a1, List.of(b1), none));
        assertFalse(StoryDay.toldByPublication(sunday, a1, List.of(), none));
    }
}
