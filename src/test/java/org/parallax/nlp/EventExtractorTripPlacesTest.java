package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Sentence;

/**
 * EventExtractor on the kinds several fresh-news sets left: a meeting with no place of its own during a trip, and a
 * place the tagger made a participant.
 */
class EventExtractorTripPlacesTest {

    private static ResolvedDate date(String text, String s, LocalDate day) {
        int at = text.indexOf(s);
        return new ResolvedDate(at, at + s.length(), s, DateRange.day(day), false);
    }

    /** Every occurrence of {@code s}, as a mention of one entity. */
    private static List<Mention> names(String text, String s, EntityType type, long entity) {
        List<Mention> out = new ArrayList<>();
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            out.add(new Mention(0, 1, at, at + s.length(), s, type, null, entity, null, MentionOrigin.AUTO, false));
        }
        return out;
    }

    /** One sentence a line, blank lines aside. */
    private static List<Sentence> lines(String text) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) out.add(new Sentence(at, at + line.length()));
            at += line.length() + 1;
        }
        return out;
    }

    private static List<EventCandidate> run(String text, List<ResolvedDate> dates, List<List<Mention>> names) {
        List<Mention> all = names.stream().flatMap(List::stream).sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        return new EventExtractor().extract(1, text, lines(text), List.of(), dates, all, Map.of())
                .stream().filter(e -> e.kind() != EventKind.STATEMENT).toList();
    }

    private static EventCandidate with(List<EventCandidate> c, long person) {
        return c.stream().filter(e -> e.whoIds().contains(person)).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
    }

    @Test
    void aMeetingWithNoPlaceDuringATripIsInTheTripsPlace() {
        String text = "A mission led by Ana Dask arrived in Orla on Monday.\n\n"
                + "Ana Dask met the deputy minister, Ivo Vey, on Tuesday.\n\n"
                + "Ana Dask held talks with Kai Oro by video link on Wednesday.\n\n"
                + "Ana Dask met Ede Lund on Saturday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", LocalDate.of(2035, 2, 19)),
                date(text, "Tuesday", LocalDate.of(2035, 2, 20)), date(text, "Wednesday", LocalDate.of(2035, 2, 21)),
                date(text, "Saturday", LocalDate.of(2035, 2, 24))),
                List.of(names(text, "Ana Dask", EntityType.PERSON, 1), names(text, "Orla", EntityType.LOCATION, 3),
                        names(text, "Ivo Vey", EntityType.PERSON, 2), names(text, "Kai Oro", EntityType.PERSON, 4),
                        names(text, "Ede Lund", EntityType.PERSON, 5)));
        assertEquals(List.of(3L), with(c, 2).whereIds(), c.toString());
        // by video link a meeting has no place; five days on it is no longer on the trip
        assertTrue(with(c, 4).whereIds().isEmpty(), c.toString());
        assertTrue(with(c, 5).whereIds().isEmpty(), c.toString());
    }

    @Test
    void aVenueStaysWithItsOwnEvent() {
        String text = "Ana Dask met Ivo Vey at the Pela Palace on Monday.\n\nAna Dask met Ede Lund on Tuesday.\n\n"
                + "Kai Oro met Ede Lund on Wednesday.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Monday", LocalDate.of(2035, 2, 19)),
                date(text, "Tuesday", LocalDate.of(2035, 2, 20)), date(text, "Wednesday", LocalDate.of(2035, 2, 21))),
                List.of(names(text, "Ana Dask", EntityType.PERSON, 1), names(text, "Pela Palace", EntityType.LOCATION, 3),
                        names(text, "Ivo Vey", EntityType.PERSON, 2), names(text, "Ede Lund", EntityType.PERSON, 5),
                        names(text, "Kai Oro", EntityType.PERSON, 4)));
        assertTrue(with(c, 5).whereIds().isEmpty(), c.toString());
        assertTrue(with(c, 4).whereIds().isEmpty(), c.toString());
    }

    @Test
    void aStreetOrATownTheArticleGoesToIsNoParticipant() {
        String text = "The committee met with residents of Mill Lane and Ivo Vey on 3 July.\n\n"
                + "Ana Dask, the mayor of Orla's twin town, will visit Orla on 21 September.\n\n"
                + "Ana Dask met Pela Water on 4 July.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "3 July", LocalDate.of(2035, 7, 3)),
                date(text, "21 September", LocalDate.of(2035, 9, 21)), date(text, "4 July", LocalDate.of(2035, 7, 4))),
                List.of(names(text, "Mill Lane", EntityType.ORGANIZATION, 6), names(text, "Ivo Vey", EntityType.PERSON, 2),
                        names(text, "Ana Dask", EntityType.PERSON, 1), names(text, "Orla", EntityType.ORGANIZATION, 3),
                        names(text, "Pela Water", EntityType.ORGANIZATION, 7)));
        EventCandidate residents = with(c, 2);
        assertTrue(!residents.whoIds().contains(6L), c.toString());
        EventCandidate visit = c.stream().filter(e -> e.when().start().getMonthValue() == 9).findFirst()
                .orElseThrow(() -> new AssertionError(c.toString()));
        assertEquals(List.of(1L), visit.whoIds(), c.toString());
        assertEquals(List.of(3L), visit.whereIds(), c.toString());
        // an organisation the article never goes to stays a participant
        EventCandidate water = c.stream().filter(e -> e.when().start().getDayOfMonth() == 4).findFirst()
                .orElseThrow(() -> new AssertionError(c.toString()));
        assertTrue(water.whoIds().contains(7L), c.toString());
    }
}
