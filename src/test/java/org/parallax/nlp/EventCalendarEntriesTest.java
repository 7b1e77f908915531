package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.kinds;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Sentence;

/** What earns a calendar entry: kinds found on real pages (Mozilla's saved articles, ECB+ news) that gave empty ones. */
class EventCalendarEntriesTest {

    private static final DateRange FRIDAY = DateRange.day(LocalDate.of(2023, 3, 3));

    @Test
    void aStatementNobodyIsNamedForIsNoEntryButStillOwnsItsDate() {
        // "he said Friday" after a quote, "the companies said today": no speaker to show
        assertEquals(List.of(), kinds("\u201cWe are in danger,\u201d he said on Friday.", "Friday", FRIDAY));
        assertEquals(List.of(), kinds("The two firms will hold talks, the companies said on Friday.", "Friday", FRIDAY));
        // the same sentence with its speaker named is the speaker's statement
        String text = "The two firms will hold talks, Ivo Dask said on Friday.";
        List<EventCandidate> c = new EventExtractor().extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Friday", FRIDAY)), List.of(name(text, "Ivo Dask", EntityType.PERSON, 1)), Map.of());
        assertEquals(List.of(EventKind.STATEMENT), c.stream().map(EventCandidate::kind).toList());
        assertEquals(List.of(1L), c.get(0).whoIds());
    }

    @Test
    void aConferenceGivenToThePressIsNoMeeting() {
        assertEquals(List.of(), kinds("The president held a press conference on Friday.", "Friday", FRIDAY));
        assertEquals(List.of(), kinds("In a news conference on Friday, the minister said the border would stay shut.", "Friday", FRIDAY));
        // a conference of its own is still one
        assertEquals(List.of(EventKind.MEETING), kinds("Energy ministers held a video conference on Friday.", "Friday", FRIDAY));
        assertEquals(List.of(EventKind.MEETING), kinds("The president met the press officers on Friday.", "Friday", FRIDAY));
    }
}
