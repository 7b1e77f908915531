package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;

/**
 * EventExtractor on the kinds the events9 to events11 sets left: a programme told as list lines, a week named by what
 * happened in it, a year read together with what follows it.
 */
class EventExtractorListsTest {

    /** One sentence a line, blank lines aside. */
    static List<Sentence> lines(String text) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) out.add(new Sentence(at, at + line.length()));
            at += line.length() + 1;
        }
        return out;
    }

    /** The extractor on {@code text} read one sentence a line, with these dates and names; the tests of later sets share it. */
    static List<EventCandidate> run(String text, List<ResolvedDate> dates, List<Mention> names) {
        return new EventExtractor().extract(1, text, lines(text), List.of(), dates, names, Map.of());
    }

    /** The visits and meetings of {@code c}, statements aside. */
    static List<EventCandidate> events(List<EventCandidate> c) {
        return c.stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
    }

    private static List<EventCandidate> programme(String lead) {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ana Dask arrives in Orla on Monday for a state visit.\n\n" + lead + "\n\n"
                + "- Tuesday 7 March: official talks with President Ivo Vey.\n\nWednesday: Pela.\n";
        return new EventExtractor().extract(1, text, lines(text), List.of(),
                List.of(date(text, "Monday", mon), date(text, "Tuesday 7 March", tue), date(text, "Wednesday", wed)),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3),
                        name(text, "Ivo Vey", EntityType.PERSON, 2), name(text, "Pela", EntityType.LOCATION, 4)), Map.of());
    }

    @Test
    void aProgrammesListLinesAreTheVisitorsEvents() {
        List<EventCandidate> c = programme("The programme published by the presidency:");
        EventCandidate talks = c.stream().filter(e -> e.when().start().getDayOfMonth() == 7).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L), talks.whoIds(), c.toString());
        // a line naming only a place is a visit there by the same visitor
        EventCandidate pela = c.stream().filter(e -> e.when().start().getDayOfMonth() == 8).findFirst().orElseThrow();
        assertEquals(EventKind.VISIT, pela.kind(), c.toString());
        assertEquals(List.of(1L), pela.whoIds(), c.toString());
        assertEquals(List.of(4L), pela.whereIds(), c.toString());
        // with no lead ending in a colon the lines are no list: "Wednesday: Pela." tells nothing
        List<EventCandidate> d = programme("The presidency published the programme.");
        assertTrue(d.stream().noneMatch(e -> e.when().start().getDayOfMonth() == 8), d.toString());
        assertTrue(d.stream().filter(e -> e.when().start().getDayOfMonth() == 7).allMatch(e -> e.whoIds().equals(List.of(2L))),
                d.toString());
    }

    @Test
    void aWeekNamedByWhatHappenedInItDatesNoEventOfToday() {
        DateRange week = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12), org.parallax.model.DatePrecision.WEEK);
        for (String s : List.of("I visited Orla the week it became a capital.", "She met him the week South Sudan became independent.",
                "They met in Orla the same month that he arrived.")) {
            String unit = s.contains("month") ? "the same month" : "the week";
            assertTrue(NotAnEvent.notTheEventsDate(s, date(s, unit, week)), s);
        }
        // the week told plainly, or followed by what else happens in it, is this week
        for (String s : List.of("She visited Orla this week.", "She will visit Orla the week after next.",
                "He met Ana Dask in the week, and she said so.")) {
            String unit = s.contains("this week") ? "this week" : s.contains("after next") ? "the week after next" : "the week";
            assertTrue(!NotAnEvent.notTheEventsDate(s, date(s, unit, week)), s);
        }
    }

    @Test
    void aYearReadWithWhatFollowsItStillDatesTheVisit() {
        String text = "Ana Dask talked to us. \"I visited Orla in 2011, the week Pela became independent.\"";
        int second = text.indexOf("\"I");
        int at = text.indexOf("2011");
        // the recogniser reads "2011, the week" as one mention with no value
        ResolvedDate joined = new ResolvedDate(at, at + "2011, the week".length(), "2011, the week", null, false);
        List<EventCandidate> c = new EventExtractor().extract(1, text, List.of(new Sentence(0, second - 1),
                new Sentence(second, text.length())), List.of(), List.of(joined),
                List.of(name(text, "Ana Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 3)), Map.of());
        assertEquals(1, c.size(), c.toString());
        assertEquals(2011, c.get(0).when().start().getYear(), c.toString());
        assertEquals(org.parallax.model.DatePrecision.YEAR, c.get(0).when().precision(), c.toString());
        assertEquals(List.of(1L), c.get(0).whoIds(), c.toString());
        // a year that is no "in" year ("the 2011, 2012 and 2013 budgets") is left alone
        String list = "Ana Dask visited Orla for the 2011, 2012 and 2013 budgets.";
        int y = list.indexOf("2011");
        assertTrue(YearDated.withLeadingYears(list, List.of(new ResolvedDate(y, y + 10, "2011, 2012", null, false)))
                .get(0).range() == null);
    }
}
