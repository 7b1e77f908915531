package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NamedDaysTest {

    private final DateResolver resolver = new DateResolver();

    /** Every resolved date of {@code text} (published {@code published}) as "words=range". */
    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, spec.isEmpty() ? List.of() : DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void namedDaysSutimeDoesNotKnowAreTheirDays() {
        assertEquals("Bonfire Night=2037-11-05", dates("The display on Bonfire Night starts at the rec.", "Night=2037-10-19TNI", "2037-10-19"));
        assertEquals("Remembrance Sunday=2037-11-08", dates("Remembrance Sunday's parade forms up at the memorial.", "Sunday=2037-10-18",
                "2037-10-19"));
        assertEquals("Hogmanay=2037-12-31", dates("The Hogmanay party runs late.", "", "2037-10-19"));
        assertEquals("Pancake Day=2038-03-09", dates("Pancake Day races return to the High Street.", "", "2037-10-19"));
        assertEquals("St Andrew's Day=2037-11-30", dates("St Andrew's Day is marked with a ceilidh.", "", "2037-10-19"));
        assertEquals("Orthodox Christmas=2038-01-07", dates("Orthodox Christmas is a holiday for the Belgrade team.",
                "Christmas=2037-12-25", "2037-09-30"));
    }

    @Test
    void sutimesMentionThatStartsInsideTheNameIsCutToWhatFollowsIt() {
        // SUTime's real mentions in fresh-news/dates16: "Day falls" (autumn) and "Day next year"
        assertEquals("Ascension Day=2038-06-03 | 3 June=2038-06-03", dates("Ascension Day falls on 3 June this time.",
                "Day falls=2038-FA INTERSECT P1D|3 June=2038-06-03", "2038-01-20"));
        assertEquals("Presidents' Day=2039-02-21 | next year=2039",
                dates("The schedule for Presidents' Day next year will be posted in December.", "Day next year=2039 INTERSECT P1D",
                        "2038-05-20"));
        // a mention that starts with the name is left to itself
        assertEquals("Day=2038-05-20", dates("Day trips resume next week.", "Day=2038-05-20", "2038-05-20"));
    }

    @Test
    void aNamedDayIsPlacedByTheTenseOfItsClause() {
        assertEquals("Juneteenth=2037-06-19", dates("The Juneteenth parade drew 9,000 people.", "", "2037-06-30"));
        assertEquals("Burns Night=2037-01-25", dates("The Burns Night supper sold out.", "", "2037-10-19"));
        assertEquals("Burns Night=2038-01-25", dates("The Burns Night supper will sell out.", "", "2037-03-19"));
    }

    @Test
    void ascensionAndAmericanDaysByRuleAreTheirDays() {
        assertEquals("Ascension Day=2038-06-03", dates("Ascension Day falls on a Thursday, as always.", "", "2038-01-20"));
        assertEquals("Veterans Day=2038-11-11", dates("The library will hold a Veterans Day program.", "", "2038-05-20"));
        assertEquals("Martin Luther King Jr. Day=2039-01-17", dates("Times for Martin Luther King Jr. Day will be posted.", "",
                "2038-05-20"));
        assertEquals("Presidents' Day=2038-02-15", dates("City offices closed on Presidents' Day.", "", "2038-05-20"));
    }

    @Test
    void theDayAfterANamedDayIsItsNeighbour() {
        assertEquals("the day after Twelfth Night=2035-01-06", dates("Hot cross buns have been on sale since the day after Twelfth Night.",
                "", "2035-03-16"));
        assertEquals("the day before Hogmanay=2037-12-30", dates("The market opens the day before Hogmanay.", "", "2037-10-19"));
    }

    @Test
    void aThingNamedAfterTheDayIsNoDate() {
        assertEquals("", dates("The Armistice Day appeal raised £4,000.", "", "2037-10-19"));
        assertNull(NamedDays.range("Sunday", new RawMention(0, 6, "Sunday", org.parallax.model.EntityType.DATE, "DATE", "DATE",
                "2037-10-18"), LocalDate.parse("2037-10-19")));
    }

    @Test
    void aNumberLedByAZeroIsNoYear() {
        assertEquals("16 August=2037-08-16", dates("Call 101 quoting log 0347 of 16 August.", "0347 of 16 August=0347-08-16", "2037-08-17"));
        assertEquals("", dates("Quote log 0347 when you call.", "0347=0347", "2037-08-17"));
    }
}
