package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/** The short title's rule: kind and main participant, the traveller first, then persons, then organisations. */
class EventTextTest {
    private final Map<Long, Entity> entities = new HashMap<>();

    private long entity(long id, EntityType type, String name, String... aliases) {
        entities.put(id, new Entity(id, type, name, List.of(aliases), false));
        return id;
    }

    private Event event(EventKind kind, List<Long> who, List<Long> where, DatePrecision p, String... sentences) {
        List<EventSource> sources = java.util.Arrays.stream(sentences).map(s -> new EventSource(1, 0, s.length(), s)).toList();
        return new Event(1, kind, new DateRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4), p),
                who, who.stream().map(id -> entities.get(id).name()).toList(),
                where, where.stream().map(id -> entities.get(id).name()).toList(), sources);
    }

    @Test
    void theTravellerIsThePersonNamedLastBeforeTheWordOfTravel() {
        long ministry = entity(1, EntityType.ORGANIZATION, "Foreign Ministry");
        long doe = entity(2, EntityType.PERSON, "John Doe");
        long wells = entity(3, EntityType.PERSON, "Alice G. Wells", "Wells");
        long kabul = entity(4, EntityType.LOCATION, "Kabul");
        long us = entity(5, EntityType.LOCATION, "United States");
        Event e = event(EventKind.VISIT, List.of(ministry, doe, wells), List.of(us, kabul), DatePrecision.DAY,
                "The Foreign Ministry's John Doe said that Wells, of the United States, visited Kabul on Monday.");
        assertEquals("Visit: Alice G. Wells", EventText.shortTitle(e, entities));
        assertEquals("Kabul", EventText.destination(e, entities).orElseThrow());
    }

    @Test
    void withoutATravellerTheFirstMentionedPersonThenOrganisation() {
        long ministry = entity(1, EntityType.ORGANIZATION, "Foreign Ministry");
        long doe = entity(2, EntityType.PERSON, "John Doe");
        long roe = entity(3, EntityType.PERSON, "Jane Roe");
        long paris = entity(4, EntityType.LOCATION, "Paris");
        // the event lists Roe first, the sentence names Doe first
        Event meeting = event(EventKind.MEETING, List.of(ministry, roe, doe), List.of(paris), DatePrecision.DAY,
                "The Foreign Ministry said John Doe and Jane Roe met in Paris.");
        assertEquals("Meeting: John Doe", EventText.shortTitle(meeting, entities));
        Event statement = event(EventKind.STATEMENT, List.of(ministry), List.of(paris), DatePrecision.MONTH,
                "PARIS: the Foreign Ministry said so in March.");
        assertEquals("Statement: Foreign Ministry (month)", EventText.shortTitle(statement, entities));
        assertEquals("Paris", EventText.destination(statement, entities).orElseThrow());
    }

    @Test
    void aLongNameIsCutToFitAndNobodyNamedFallsBackToThePlace() {
        long org = entity(1, EntityType.ORGANIZATION, "The Extraordinarily Long-Named International Commission on Everything");
        long place = entity(2, EntityType.LOCATION, "Geneva");
        Event e = event(EventKind.MEETING, List.of(org), List.of(place), DatePrecision.WEEK, "Talks in Geneva.");
        String title = EventText.shortTitle(e, entities);
        assertTrue(title.length() <= EventText.SHORT_TITLE_MAX && title.endsWith("\u2026 (week)"), title);
        assertTrue(title.startsWith("Meeting: The Extraordinarily"), title);
        Event nobody = event(EventKind.MEETING, List.of(), List.of(place), DatePrecision.DAY, "Talks in Geneva.");
        assertEquals("Meeting: Geneva", EventText.shortTitle(nobody, entities));
    }
}
