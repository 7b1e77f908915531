package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MentionShapesTest {

    private final DateResolver resolver = new DateResolver();

    /** Each resolved date of {@code text} as "surface=range", in text order. */
    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining("|"));
    }

    @Test
    void aLengthOfTimeInAComparisonIsCutFromTheDateBeforeIt() {
        String text = "The papers start on 8 May, a week earlier than last summer.";
        assertEquals("8 May=2035-05-08|last summer=2034-06-01..2034-08-31",
                dates(text, "8 May, a week earlier=2035-05-01|last summer=2034-SU", "2035-01-09"));
        String later = "The school year would end on 17 July, four days later than in 2034.";
        assertEquals("17 July=2035-07-17|2034=2034", dates(later, "17 July, four days later=2035-07-21|2034=2034", "2035-01-09"));
    }

    @Test
    void notWithoutThanNorWithoutADateBeforeTheLength() {
        String counted = "The fund was set up on 8 May, a week earlier.";
        assertEquals("8 May, a week earlier=2035-05-01", dates(counted, "8 May, a week earlier=2035-05-01", "2035-06-09"));
        String vague = "The season started about a month earlier than usual.";
        assertEquals("about a month earlier=null", dates(vague, "about a month earlier=2013-02", "2013-03-22"));
    }

    @Test
    void lastBeforeAOrAnAndALengthOfTimeIsTheVerb() {
        String text = "Mock exams begin on 22 January and last a fortnight.";
        assertEquals("22 January=2035-01-22", dates(text, "22 January=2035-01-22|last a fortnight=2034-12-26/2035-01-09", "2035-01-09"));
        String noun = "Prices fell in the last fortnight.";
        assertEquals("last fortnight=2034-12-26..2035-01-09", dates(noun, "last fortnight=2034-12-26/2035-01-09", "2035-01-09"));
    }

    @Test
    void theWeekAndAFeastSutimeCutApartAreTheWeekOnThatSideOfTheFeast() {
        String text = "Room 14 will be used as an exam hall from the week after Easter.";
        assertEquals("the week after Easter=2035-03-26..2035-04-01", dates(text, "the week=2035-W02|Easter=2035-03-25", "2035-01-09"));
        String before = "Coursework is due in the week before Christmas.";
        assertEquals("the week before Christmas=2034-12-18..2034-12-24",
                dates(before, "the week=2034-W49|Christmas=2034-12-25", "2034-12-04"));
    }

    @Test
    void notJoinedWhereTheTenseOfAnotherEventWouldPlaceTheFeastInAnotherYear() {
        // published 28 December: Christmas is three days past, but "will be published" would place it next December; the
        // pieces stay apart (SUTime's "the week" is this week, Monday 28 December)
        String text = "Figures for the week after Christmas will be published on 7 January.";
        assertEquals("the week=2026-12-28..2027-01-03 WEEK", dates(text, "the week=2026-W53|Christmas=2026-12-25|7 January=2027-01-07",
                "2026-12-28").split("\\|")[0] + " WEEK");
    }

    @Test
    void theNightBeforeLastIsTwoDaysBack() {
        String text = "The night before last I dreamt of snow.";
        assertEquals("night before last=2034-12-02", dates(text, "night before=2034-12-04TNI~TIME", "2034-12-04"));
        String other = "He had slept badly the night before.";
        assertEquals("night before=2034-12-04", dates(other, "night before=2034-12-04TNI~TIME", "2034-12-04"));
    }

    @Test
    void aFiscalYearNamedFromPublicationIsThatYearWithItsWords() {
        String text = "The university has cut $600 million from its budget this fiscal year.";
        assertEquals("this fiscal year=2013", dates(text, "year=P1Y~DURATION", "2013-03-22"));
        String last = "Revenue rose in the previous financial year and will fall next fiscal year.";
        assertEquals("the previous financial year=2012|next fiscal year=2014",
                dates(last, "year=P1Y~DURATION|year=P1Y~DURATION", "2013-03-22"));
        String bare = "A fiscal year is twelve months long.";
        assertEquals("year=null", dates(bare, "year=P1Y~DURATION", "2013-03-22")); // a length of time, no date
    }
}
