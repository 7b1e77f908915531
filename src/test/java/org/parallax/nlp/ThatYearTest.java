package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

class ThatYearTest {

    private final DateResolver resolver = new DateResolver();

    private String last(String text, String spec, String published) {
        List<ResolvedDate> dates = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return dates.get(dates.size() - 1).range().toString();
    }

    @Test
    void monthsOrASeasonOfThatYearTakeTheYearTheStoryLastWrote() {
        String months = "On 3 March 2031 he opened an account. Between June and August of that year he made 41 transfers.";
        assertEquals("2031-06-01..2031-08-31", last(months, "3 March 2031=2031-03-03|June=2034-06|August=2034-08", "2034-10-17"));
        String season = "In 2019 the firm moved. In the autumn of the same year it closed a plant.";
        assertEquals("2019-09-01..2019-11-30", last(season, "2019=2019|autumn=2034-FA", "2034-10-17"));
    }

    @Test
    void notWithoutOfThatYearNorForADay() {
        String text = "Between June and August he made 41 transfers.";
        DateRange months = new DateRange(LocalDate.parse("2034-06-01"), LocalDate.parse("2034-08-31"), DatePrecision.MONTH);
        assertEquals(months, ThatYear.moved(text, 8, 23, months, 2031));
        String day = "On 3 June of that year he left.";
        DateRange june3 = DateRange.day(LocalDate.parse("2034-06-03"));
        assertEquals(june3, ThatYear.moved(day, 3, 9, june3, 2031));
    }
}
