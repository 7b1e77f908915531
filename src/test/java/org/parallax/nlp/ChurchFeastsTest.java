package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ChurchFeastsTest {

    private final DateResolver resolver = new DateResolver();

    /** Every resolved date of {@code text} (published {@code published}) as "words=range". */
    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, spec.isEmpty() ? List.of() : DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void feastsSutimeDoesNotKnowAreTheirDays() {
        assertEquals("Pentecost=2036-06-01", dates("Pentecost is the busiest day for the cathedral.", "", "2036-01-10"));
        assertEquals("the start of Lent=2036-02-27", dates("Christians mark the start of Lent with ashes.", "", "2036-01-10"));
        assertEquals("Ascension Day=2036-05-22", dates("The choir sings from the tower on Ascension Day.", "", "2036-01-10"));
        assertEquals("the Orthodox Easter=2036-04-20", dates("This year the Orthodox Easter falls late.", "Easter=2036-04-13", "2036-01-10"));
        assertEquals(LocalDate.parse("2035-04-29"), ChurchFeasts.orthodoxEaster(2035));
    }

    @Test
    void aFeastIsPlacedByTheTenseOfItsClause() {
        assertEquals("Pentecost=2035-05-13", dates("Crowds filled the square at Pentecost.", "", "2036-01-10"));
        assertEquals("the first Sunday of Advent=2036-11-30", dates("The council said last week that it would light the tree on the first"
                + " Sunday of Advent.", "the first Sunday=2036-01-13", "2036-01-10"));
    }

    @Test
    void aFeastNamingAThingIsNoDate() {
        assertEquals("", dates("Students return for the Lent term, and the Pentecost term follows.", "", "2036-01-10"));
    }

    @Test
    void aCountAfterADatesVerbCountsFromTheDayBeforeIt() {
        String text = "Easter Sunday is 13 April, and the Orthodox Easter falls a week later.";
        assertEquals("Easter Sunday=2036-04-13 | 13 April=2036-04-13 | the Orthodox Easter=2036-04-20 | a week later=2036-04-20",
                dates(text, "Easter Sunday=2036-04-13|13 April=2036-04-13|Easter=2036-04-13|a week later=2036-01-17", "2036-01-10"));
    }
}
