package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateLookalikesTest {

    private final DateResolver resolver = new DateResolver();

    private ResolvedDate first(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published)).get(0);
    }

    @Test
    void theNewYearHonoursIsAListsName() {
        String text = "2017: appointed OBE in the New Year Honours.";
        assertNull(first(text, "New Year=2034-01-01", "2033-10-05").range());
        String day = "The shop reopens after New Year.";
        assertEquals("2034-01-01", first(day, "New Year=2034-01-01", "2033-10-05").range().toString());
    }

    @Test
    void theDayAYearEndsOnIsARuleForEveryYear() {
        String text = "Corvex, whose financial year ends on 30 June, raised its guidance.";
        assertNull(first(text, "30 June=2033-06-30", "2034-02-16").range());
        String consultation = "The consultation ends on 30 June.";
        assertEquals("2034-06-30", first(consultation, "30 June=2034-06-30", "2034-02-16").range().toString());
    }

    @Test
    void onThisDayAsAColumnsRubricIsNoDate() {
        String text = "Born on this day: Diana Rigg, actress (1938-2020).";
        assertNull(first(text, "this day=2033-07-20", "2033-07-20").range());
        String today = "Crowds gathered on this day to mark the anniversary.";
        assertEquals("2033-07-20", first(today, "this day=2033-07-20", "2033-07-20").range().toString());
    }

    @Test
    void roundTheClockAFallAndABodyNamedByAYearAreNoDates() {
        String hotline = "Residents can call the 24/7 hotline with questions.";
        assertNull(first(hotline, "24/7=XXXX-07-24", "2035-11-12").range());
        String slashed = "The ferry sailed on 24/7/2035 from Dover.";
        assertEquals("2035-07-24", first(slashed, "24/7/2035=2035-07-24", "2035-11-12").range().toString());
        String accident = "He died at home, a week after a fall.";
        assertNull(first(accident, "fall=2035-FA", "2035-06-16").range());
        String season = "The works will start in the fall.";
        assertEquals("2035-09-01..2035-11-30", first(season, "fall=2035-FA", "2035-06-16").range().toString());
        String body = "Backbenchers on the 1922 Committee met last night.";
        assertNull(first(body, "1922=1922", "2035-07-11").range());
        String year = "The committee was set up in 1922 by backbenchers.";
        assertEquals("1922", first(year, "1922=1922", "2035-07-11").range().toString());
    }

    @Test
    void aProvisionsNumberAndBettingOddsAreNoDates() {
        String section = "Section 2036 of the US code, on estates, does not apply.";
        assertNull(first(section, "2036=2036", "2036-01-15").range());
        String year = "The rule changes in 2036 for most estates.";
        assertEquals("2036", first(year, "2036=2036", "2036-01-15").range().toString());
        String odds = "The bookmakers make Rovers 7/2 for the title and 11/4 for the cup.";
        assertNull(first(odds, "11/4=XXXX-04-11", "2036-01-28").range());
        String day = "The cup tie is on 11/4 at home.";
        assertEquals("2036-04-11", first(day, "11/4=XXXX-04-11", "2036-01-28").range().toString());
    }

    @Test
    void theVerbSatAfterAWrittenDateKeepsTheDate() {
        String inquiry = "The inquiry opened on 6 June 2017, sat for 212 days and reported in 2026.";
        assertEquals("2017-06-06", first(inquiry, "6 June 2017, sat=2017-06-06", "2036-03-14").range().toString());
        String pupils = "Pupils sat the first papers in the hall.";
        assertNull(first(pupils, "sat the first=2036-03-01", "2036-03-14").range());
    }

    @Test
    void twoDaysJoinedByAndAreTwoDaysUnlessBetweenOrInARow() {
        String listed = "The forms follow by 31 May and 6 July.";
        java.util.List<ResolvedDate> two = resolver.resolve(listed, DateResolverTest.raw(listed, "31 May=2036-05-31|6 July=2036-07-06"),
                LocalDate.parse("2036-01-15"));
        assertEquals("2036-05-31 2036-07-06", two.get(0).range() + " " + two.get(1).range());
        String between = "He took a sum between 1 May and 4 July that year.";
        assertEquals("2035-05-01..2035-07-04", first(between, "1 May=2036-05-01|4 July=2036-07-04", "2036-01-15").range().toString());
    }

    @Test
    void countedWeeksStylesRecurrencesDropsAndDailyHoursAreNoDates() {
        String week = "The second week is given over to theatre.";
        assertNull(first(week, "The second week=2037-W22", "2037-05-19").range());
        String ofMay = "Exams start in the second week of May.";
        assertNotNull(first(ofMay, "the second week of May=XXXX-05 INTERSECT P1W-#2", "2037-01-19").range());
        String style = "A 1990s-style revival night fills the hall.";
        assertNull(first(style, "1990s=199X", "2037-08-15").range());
        String decade = "The 1990s were its boom years.";
        assertEquals("1990-01-01..1999-12-31", first(decade, "1990s=199X", "2037-08-15").range().toString());
        String monthly = "The night is held on the first Friday of each month.";
        assertNull(first(monthly, "the first Friday=2037-08-14", "2037-08-15").range());
        String drop = "The Nikkei had lost 2.3%, its steepest fall since 9 March.";
        assertNull(first(drop, "fall=2037-FA", "2037-05-13").range());
        String autumn = "The shares were listed last fall.";
        assertEquals("2036-09-01..2036-11-30", first(autumn, "fall=2036-FA", "2037-05-13").range().toString());
        String hours = "Box office hours are 10am to 6pm daily.";
        assertNull(first(hours, "10am=2037-05-19T10:00~TIME", "2037-05-19").range());
        String window = "The summer transfer window closes at 11pm on 1 September.";
        assertNull(first(window, "summer=2037-SU", "2037-07-03").range());
        String dawn = "A dawn concert on the beach marks it.";
        assertNull(first(dawn, "dawn=2037-05-19", "2037-05-19").range());
    }

    @Test
    void aTrailingModalMayIsCutOffTheMention() {
        String century = "The 22nd century may seem far off, but the trust has a plan.";
        assertEquals("2100-01-01..2199-12-31", first(century, "The 22nd century may=2037-05-22", "2037-08-15").range().toString());
        String month = "The fair opens on 22 May.";
        assertEquals("2037-05-22", first(month, "22 May=2037-05-22", "2037-01-15").range().toString());
    }

    @Test
    void aModelCodeJoinedToANumberByAHyphenIsNoYearButAFiscalCodeIs() {
        String text = "Brisa recalled its HX-2039 fan heater; the FY-2039 accounts are not affected.";
        int model = text.indexOf("2039");
        int fiscal = text.lastIndexOf("2039");
        org.junit.jupiter.api.Assertions.assertTrue(DateResolver.namesNoDate(text,
                new RawMention(model, model + 4, "2039", org.parallax.model.EntityType.DATE, "DATE", "DATE", "2039")));
        org.junit.jupiter.api.Assertions.assertFalse(DateResolver.namesNoDate(text,
                new RawMention(fiscal, fiscal + 4, "2039", org.parallax.model.EntityType.DATE, "DATE", "DATE", "2039")));
    }
}
