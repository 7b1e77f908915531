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
    void aSpanOfYearsThatSutimeReadsAsAMonthIsTheSpan() {
        String text = "It last cut its dividend in the 2008-09 crisis.";
        int at = text.indexOf("2008-09");
        RawMention month = new RawMention(at, at + 7, "2008-09", EntityType.DATE, "DATE", "DATE", "2008-09");
        assertEquals("2008-09=2008/2009", dates(text, List.of(month)));
        String iso = "Filed on 2008-09-15.";
        int day = iso.indexOf("2008");
        RawMention full = new RawMention(day, day + 10, "2008-09-15", EntityType.DATE, "DATE", "DATE", "2008-09-15");
        assertEquals("2008-09-15=2008-09-15", dates(iso, List.of(full)));
    }

    @Test
    void aDayOfAMonthNotNamedAfterAPrepositionIsADate() {
        assertEquals("the 18th=XXXX-XX-18", dates("The trial had been due to open on the 18th.", List.of()));
        assertEquals("the 14th=XXXX-XX-14", dates("The trial was adjourned until the 14th after a juror fell ill.", List.of()));
        assertEquals("the 4th=XXXX-XX-04", dates("Farmers began on the 4th, two weeks early.", List.of()));
        assertEquals("the 1st=XXXX-XX-01 | the 3rd=XXXX-XX-03", dates("It runs from the 1st to the 3rd.", List.of()));
        assertEquals("", dates("In the 18th century, on the 4th round, by the 3rd of April, the 2nd time and on the 40th.", List.of()));
    }

    @Test
    void yearOrMonthToDateIsADate() {
        assertEquals("year to date=null | month-to-date=null", dates("Shares are up 6% year to date and 2% on a month-to-date basis.", List.of()));
        assertEquals("", dates("A year to remember, to date the best.", List.of()));
    }

    @Test
    void aSchoolYearNamedFromNowIsADate() {
        assertEquals("next academic year=null | this school year=null",
                dates("Fees rise next academic year; this school year they held.", List.of()));
        assertEquals("", dates("An academic year abroad, the school year's end and a year at school.", List.of()));
    }

    @Test
    void aSeasonNamedFromNowIsADate() {
        assertEquals("Last season=null | next season=null", dates("Last season they fell; next season, they hope, will differ.", List.of()));
        assertEquals("", dates("Last season's final, the season ahead and this season's kit.", List.of()));
    }

    @Test
    void aQuarterOrHalfByItsCodeIsADate() {
        assertEquals("Q4=null | H2=null | Q3 2016=null", dates("Profit slipped in Q4, will rise in H2 and peaked in the Q3 2016 results.", List.of()));
        assertEquals("", dates("H2 gas, a Q4 chip, the Q&A and AQ1 2016.", List.of()));
        assertEquals("Boxing Day=null", dates("They won on Boxing Day, the boxing day camp aside.", List.of()));
        assertEquals("1960s=196X", dates("An exhibition of 1960s posters, 300s of fans, model 1950s-style.", List.of()));
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
    @Test
    void aSlashedDayAndMonthIsADateInTheOrderTheTextWritesDates() {
        assertEquals("22/4=XXXX-04-22 | 29/4=XXXX-04-29", dates("The gala runs from 22/4 to 29/4.", List.of()));
        assertEquals("4/22=XXXX-04-22", dates("The fair opens on 4/22, as it did on 5/13/2022.", List.of()));
        // written dates decide when no slashed date can only be read one way; with neither, no date
        assertEquals("6/5=XXXX-05-06", dates("Entries close on 6/5; the show opened on 3 April.", List.of()));
        assertEquals("", dates("Entries close on 6/5, and the shop is open 24/7.", List.of()));
        assertEquals("", dates("Turnout rose to 3/4 of members.", List.of()));
    }

    @Test
    void theOrderOfNumericDatesComesFromTheText() {
        assertEquals(Boolean.TRUE, JoinedDates.dayFirst("Left on 03/04/2023, back since 11/02/2023 and on 22/4."));
        assertEquals(Boolean.FALSE, JoinedDates.dayFirst("Filed 03/04/2023 and 04/22/2023."));
        assertEquals(Boolean.TRUE, JoinedDates.dayFirst("Filed 03/04/2023; the hearing was on 5 May."));
        assertEquals(Boolean.FALSE, JoinedDates.dayFirst("Filed 03/04/2023; the hearing was on May 5."));
        assertEquals(null, JoinedDates.dayFirst("Filed 03/04/2023, open 24/7."));
    }

    @Test
    void aRangesFirstDayPutAYearAheadOfItsLastIsAYearEarlier() {
        DateResolver resolver = new DateResolver();
        String text = "Roadworks will last from 28 February to 20 March, so allow extra time.";
        assertEquals("2037-02-28..2037-03-20", String.valueOf(resolver.resolve(text, DateResolverTest.raw(text,
                "28 February=2038-02-28|20 March=2037-03-20"), java.time.LocalDate.parse("2037-03-02")).get(0).range()));
        String winter = "The market runs from 20 December to 5 January.";
        assertEquals("2037-12-20..2038-01-05", String.valueOf(resolver.resolve(winter, DateResolverTest.raw(winter,
                "20 December=2037-12-20|5 January=2037-01-05"), java.time.LocalDate.parse("2037-12-01")).get(0).range()));
    }
}
