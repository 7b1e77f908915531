package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A kind found on the tenth set of fresh pairs (issue 16): a length of time told by a fraction of a unit. */
class FactKindsTenthSetTest {
    private static List<Fact> durations(String s) {
        return FactExtractor.extract(s, 0, s.length()).stream().filter(f -> f.kind().equals(FactExtractor.DURATION)).toList();
    }

    @Test
    void aFractionOfAUnitIsALengthOfTime() {
        Fact q = durations("Hail fell for about a quarter of an hour.").get(0);
        assertEquals(15 * 60, (q.lo() + q.hi()) / 2, 1);
        assertTrue(q.hi() < 18 * 60, q.toString());
        Fact h = durations("The talks lasted an hour and a half.").get(0);
        assertEquals(90 * 60, (h.lo() + h.hi()) / 2, 1);
        assertEquals(1, durations("The talks lasted an hour and a half.").size());
        assertEquals(30 * 60, durations("The road was closed for half an hour.").get(0).lo(), 3 * 60);
        assertEquals(2.5 * 31557600, durations("He spent two and a half years in prison.").get(0).lo(), 0.2 * 31557600);
        // a window around the news is no length of what happened
        assertTrue(durations("Crews arrived within half an hour.").isEmpty());
    }

    @Test
    void aQuarterOfAnHourAgainstTwentyMinutesConflictsButNinetyMinutesMeetsAnHourAndAHalf() {
        assertEquals("duration", FactPairingTest.oneSentenceEach("Hailstones the size of golf balls fell for about 20 minutes.",
                "Hailstones the size of golf balls fell for about a quarter of an hour.").conflicts().get(0).fact());
        assertTrue(FactPairingTest.oneSentenceEach("The meeting in the town hall lasted an hour and a half.",
                "The meeting in the town hall lasted 90 minutes.").conflicts().isEmpty());
    }

    @Test
    void aVoteToldAsForAndAgainstAndItsAbstentionsAreTheVotesSides() {
        Comparison.Facts f = FactPairingTest.oneSentenceEach("Parliament approved the pension law by 212 votes to 187, with 11 abstentions.",
                "The pension law passed with 212 votes in favour and 189 against, with nine abstentions.");
        assertEquals(2, f.conflicts().size(), f.toString());
        assertTrue(f.conflicts().stream().anyMatch(c -> c.fact().equals(FactExtractor.VOTES + "minority")), f.toString());
        assertTrue(f.conflicts().stream().anyMatch(c -> c.fact().equals(FactExtractor.VOTES + "abstentions")), f.toString());
        assertTrue(FactPairingTest.oneSentenceEach("The council backed the plan with 30 for and 12 against.",
                "The council backed the plan by 30 votes to 12.").conflicts().isEmpty());
        // a range of people is no vote
        assertTrue(FactExtractor.extract("Between 10 and 15 people were against it.", 0, 41).stream()
                .noneMatch(x -> x.kind().startsWith(FactExtractor.VOTES)));
    }

    private static Fact date(java.time.LocalDate from, java.time.LocalDate to) {
        return new Fact("date", from.toEpochDay(), to.toEpochDay(), from.toString(), from + ".." + to, 0, 4, 0, 10);
    }

    @Test
    void twoDatesYearsApartAreTwoFactsButAYearOrADayApartCanBeOne() {
        Fact y2004 = date(java.time.LocalDate.of(2004, 1, 1), java.time.LocalDate.of(2004, 12, 31));
        Fact y2030 = date(java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2030, 12, 31));
        Fact y2005 = date(java.time.LocalDate.of(2005, 1, 1), java.time.LocalDate.of(2005, 12, 31));
        Fact tuesday = date(java.time.LocalDate.of(2027, 5, 11), java.time.LocalDate.of(2027, 5, 11));
        Fact wednesday = date(java.time.LocalDate.of(2027, 5, 12), java.time.LocalDate.of(2027, 5, 12));
        Fact y2017 = date(java.time.LocalDate.of(2017, 1, 1), java.time.LocalDate.of(2017, 12, 31));
        assertTrue(!y2004.couldBeSame(y2030) && !y2017.couldBeSame(wednesday));
        assertTrue(y2004.couldBeSame(y2005) && tuesday.couldBeSame(wednesday));
    }
}
