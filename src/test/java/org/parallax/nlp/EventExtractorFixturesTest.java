package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Sentence;

/**
 * EventExtractor on the kinds of fresh-news/events11: visiting hours, a team's away fixtures, a diplomat's call, a place
 * named before a site ("the Wrexham bakery"), campaign stops.
 */
class EventExtractorFixturesTest {

    private static List<EventKind> kinds(String sentence, String date, DateRange range) {
        return EventExtractorTest.kinds(sentence, date, range);
    }

    @Test
    void visitingHoursAndAnAwayFixtureAreNoVisit() {
        DateRange sat = DateRange.day(LocalDate.of(2023, 3, 11));
        assertTrue(kinds("Visiting hours at the ward on Saturday are 10am to 2pm.", "Saturday", sat).isEmpty());
        assertTrue(kinds("Rovers travel to Orla on Saturday for the first of three away fixtures.", "Saturday", sat).isEmpty());
        assertTrue(kinds("The team flies to Orla for the away leg on Saturday.", "Saturday", sat).isEmpty());
        // the same team's visit to a hospital, or a visit told plainly, still is one
        assertEquals(List.of(EventKind.VISIT), kinds("The captain will visit the children's ward in Orla on Saturday.", "Saturday", sat));
        assertEquals(List.of(EventKind.VISIT), kinds("She will visit the ward in Orla on Saturday.", "Saturday", sat));
    }

    @Test
    void presentingLettersOfCredenceOrCallingOnAMinisterIsAMeeting() {
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        assertEquals(List.of(EventKind.MEETING), kinds("Ana Dask presented her letters of credence to Emperor Ivo on Wednesday.",
                "Wednesday", wed));
        assertEquals(List.of(EventKind.MEETING), kinds("Ana Dask called on the foreign minister, Ivo Vey, on Wednesday.",
                "Wednesday", wed));
        assertEquals(List.of(EventKind.MEETING), kinds("The envoy called on President Ivo Vey on Wednesday.", "Wednesday", wed));
        // an appeal is no call, nor is a phone call on a day
        assertTrue(kinds("Ana Dask discussed the plans with Ivo Vey in a phone call on Wednesday.", "Wednesday", wed).isEmpty());
        assertTrue(kinds("Ana Dask called on the government to resign on Wednesday.", "Wednesday", wed).isEmpty());
        assertTrue(kinds("Ana Dask called on President Ivo Vey to step down on Wednesday.", "Wednesday", wed).isEmpty());
    }

    @Test
    void campaignStopsAndAPresenceToldPlainlyAreVisits() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        for (String s : List.of("Ana Dask crammed four campaign stops into Monday, starting with a breakfast rally in Orla.",
                "Ivo Vey, who campaigned in Orla on Monday, spoke again.",
                "On Monday her bus had rolled into Orla.", "Then on to Orla on Monday for a speech.", "On Monday she is in Orla.")) {
            assertEquals(List.of(EventKind.VISIT), kinds(s, "Monday", mon), s);
        }
        // a rally of prices or of a candidate, a charge held, a file passed on: no visit
        assertTrue(kinds("Shares staged a rally in early trade on Monday.", "Monday", mon).isEmpty());
        assertTrue(kinds("Ivo Vey held his final rally in Orla on Monday.", "Monday", mon).isEmpty());
        assertTrue(kinds("On Monday she is in charge of the office.", "Monday", mon).isEmpty());
        assertTrue(kinds("She handed the file on to the court on Monday.", "Monday", mon).isEmpty());
    }

    @Test
    void aVideoCallIsAMeetingAndTheTwoMenAreItsTwo() {
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        DateRange sat = DateRange.day(LocalDate.of(2023, 3, 11));
        String text = "Ivo Vey and Ana Dask held a video call on Thursday. The two men will meet in person in Orla on Saturday.";
        int second = text.indexOf("The two");
        List<EventCandidate> c = new EventExtractor().extract(1, text, List.of(new Sentence(0, second - 1),
                new Sentence(second, text.length())), List.of(), List.of(date(text, "Thursday", thu), date(text, "Saturday", sat)),
                List.of(name(text, "Ivo Vey", EntityType.PERSON, 1), name(text, "Ana Dask", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3)), Map.of());
        assertEquals(List.of(EventKind.MEETING, EventKind.MEETING), c.stream().map(EventCandidate::kind).toList(), c.toString());
        assertEquals(List.of(1L, 2L), c.get(1).whoIds(), c.toString());
        // "the video call" names the call told before; its sentence's date is another act's
        assertTrue(kinds("The video call followed a phone conversation between the two ministers on Thursday.", "Thursday", thu)
                .isEmpty());
    }

    @Test
    void aQuotesFirstPersonIsItsSpeaker() {
        DateRange y1998 = new DateRange(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31), org.parallax.model.DatePrecision.YEAR);
        // named after the quote
        String said = "\"I met her once before, at a fair in Orla in 1998,\" Ana Dask said.";
        List<EventCandidate> c = new EventExtractor().extract(1, said, List.of(new Sentence(0, said.length())), List.of(),
                List.of(date(said, "1998", y1998)), List.of(name(said, "Orla", EntityType.LOCATION, 3),
                        name(said, "Ana Dask", EntityType.PERSON, 1)), Map.of());
        assertEquals(List.of(1L), c.get(0).whoIds(), c.toString());
        // an interview's answer with no "said": the person the article named first
        String answer = "Ana Dask talked to us about her travels. \"I visited Orla in 1998.\"";
        int second = answer.indexOf("\"I");
        List<EventCandidate> d = new EventExtractor().extract(1, answer, List.of(new Sentence(0, second - 1),
                new Sentence(second, answer.length())), List.of(), List.of(date(answer, "1998", y1998)),
                List.of(name(answer, "Ana Dask", EntityType.PERSON, 1), name(answer, "Orla", EntityType.LOCATION, 3)), Map.of());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
        // a king's numeral is no first person
        assertTrue(QuotedSpeaker.FIRST_PERSON.matcher("King Charles I visited Orla in 1998.").results().findAny().isEmpty());
        assertTrue(QuotedSpeaker.FIRST_PERSON.matcher("On 3 November I fly to Orla.").find());
    }

    @Test
    void talksThatContinueAreHeldByThoseWhoHeldThem() {
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ivo Vey and Ana Dask met in Orla on Tuesday. The talks continued on Wednesday.";
        int second = text.indexOf("The talks");
        List<EventCandidate> c = new EventExtractor().extract(1, text, List.of(new Sentence(0, second - 1),
                new Sentence(second, text.length())), List.of(), List.of(date(text, "Tuesday", tue), date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Vey", EntityType.PERSON, 1), name(text, "Ana Dask", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3)), Map.of());
        EventCandidate wednesday = c.stream().filter(e -> e.when().equals(wed)).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L), wednesday.whoIds(), c.toString());
    }
}
