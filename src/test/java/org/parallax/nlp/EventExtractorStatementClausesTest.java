package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EventExtractorListsTest.events;
import static org.parallax.nlp.EventExtractorListsTest.run;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

/**
 * EventExtractor on two kinds the sixteen sets left: a meeting told in a ", where" clause after a statement's date,
 * and a visit only hoped for, told with no date after the event it would have followed.
 */
class EventExtractorStatementClausesTest {
    private static final DateRange THU = DateRange.day(LocalDate.of(2037, 12, 3));

    /** The date {@code s} at its first place after {@code after}. */
    private static ResolvedDate date(String text, String after, String s, DateRange range) {
        int at = text.indexOf(s, text.indexOf(after));
        return new ResolvedDate(at, at + s.length(), s, range, false);
    }

    /** The name {@code s} at its first place after {@code after}. */
    private static Mention name(String text, String after, String s, EntityType type, long entity) {
        int at = text.indexOf(s, text.indexOf(after));
        return new Mention(0, 1, at, at + s.length(), s, type, null, entity, null, MentionOrigin.AUTO, false);
    }

    @Test
    void aMeetingToldWhereAStatementWasMadeHasTheStatementsDay() {
        String text = "The deal was announced on Thursday in Orla, where Ana Dask and Ivo Vey appeared together at a press "
                + "conference.\n\nThe merger was confirmed on Thursday in Pela, where the company has its seat.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "The deal", "Thursday", THU), date(text, "The merger", "Thursday", THU)),
                List.of(name(text, "", "Orla", EntityType.LOCATION, 11), name(text, "", "Ana Dask", EntityType.PERSON, 1),
                        name(text, "", "Ivo Vey", EntityType.PERSON, 2), name(text, "", "Pela", EntityType.LOCATION, 12)));
        // the two met in Orla on the day of the statement; Pela's clause tells no meeting
        assertEquals(1, events(c).size(), c.toString());
        EventCandidate met = events(c).get(0);
        assertEquals(EventKind.MEETING, met.kind(), c.toString());
        assertEquals(THU, met.when(), c.toString());
        assertEquals(List.of(1L, 2L), met.whoIds(), c.toString());
        assertEquals(List.of(11L), met.whereIds(), c.toString());
    }

    @Test
    void aVisitOnlyHopedForAddsNoPlace() {
        String text = "Ana Dask held talks with Ivo Vey in Orla on Thursday.\n\n"
                + "Officials said Dask had also hoped to visit Pela, but the trip could not be fitted in.\n\n"
                + "Ivo Berg met Tom Kell in Vela on Thursday.\n\n"
                + "Berg also toured Sela.\n";
        List<EventCandidate> c = run(text, List.of(date(text, "Ana Dask", "Thursday", THU), date(text, "Ivo Berg", "Thursday", THU)),
                List.of(name(text, "", "Ana Dask", EntityType.PERSON, 1), name(text, "", "Ivo Vey", EntityType.PERSON, 2),
                        name(text, "", "Orla", EntityType.LOCATION, 11), name(text, "Officials", "Dask", EntityType.PERSON, 1),
                        name(text, "", "Pela", EntityType.LOCATION, 12), name(text, "", "Ivo Berg", EntityType.PERSON, 3),
                        name(text, "", "Tom Kell", EntityType.PERSON, 4), name(text, "", "Vela", EntityType.LOCATION, 13),
                        name(text, "Berg also", "Berg", EntityType.PERSON, 3), name(text, "", "Sela", EntityType.LOCATION, 14)));
        List<EventCandidate> orla = events(c).stream().filter(e -> e.whoIds().contains(1L)).toList();
        List<EventCandidate> vela = events(c).stream().filter(e -> e.whoIds().contains(3L)).toList();
        // every copy of the talks in Orla has Orla only; a stop that was made still joins its event
        orla.forEach(e -> assertEquals(List.of(11L), e.whereIds(), c.toString()));
        assertEquals(true, vela.stream().anyMatch(e -> e.whereIds().contains(14L)), c.toString());
    }
}
