package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Event;
import org.parallax.model.EventSource;

/**
 * The roles of the sample pair's two visits, imported by the real importer and processed by the real NLP queue: the
 * place is where the visitors go (not the US they come from), the embassy that issued the statement is no visitor,
 * and no source is a title or sub-heading line when the body reports the visit.
 */
@Tag("contract")
class EventRolesSampleTest {
    @TempDir
    Path dir;
    private SampleLibrary lib;
    private List<Event> events;

    @BeforeEach
    void open() {
        lib = SampleLibrary.open(dir.resolve("library.db"));
        events = new CalendarService(lib.ctx.database(), lib.ctx.articles()).events(null, null, EventFilter.all());
    }

    @AfterEach
    void close() {
        lib.ctx.close();
    }

    @Test
    void landbergVisitIsToPakistanNotToTheUs() {
        Event march = SampleLibrary.find(events, "2023-03-06..2023-03-07");
        assertEquals(List.of("Pakistan"), march.where());
        assertTrue(march.who().stream().anyMatch(w -> w.contains("Landberg")), march.who().toString());
        assertEquals(List.of(lib.outletA, lib.outletB), march.articleIds());
    }

    @Test
    void cholletVisitIsToIslamabadAndItsAnnouncerIsNoVisitor() {
        Event feb = SampleLibrary.find(events, "2023-02-16..2023-02-17");
        assertFalse(feb.where().contains("US"), feb.where().toString());
        assertTrue(feb.where().contains("Islamabad"), feb.where().toString());
        assertTrue(feb.where().stream().allMatch(w -> w.equals("Islamabad") || w.equals("Pakistan")), feb.where().toString());
        assertTrue(feb.who().contains("Derek Chollet"), feb.who().toString());
        assertTrue(feb.who().containsAll(List.of("Clinton White", "Elizabeth Horst")), feb.who().toString());
        assertTrue(feb.who().stream().noneMatch(w -> w.contains("Embassy")), feb.who().toString());
    }

    @Test
    void noVisitSourceIsAHeadlineWhenTheBodyReportsIt() {
        for (Event e : events) {
            for (EventSource s : e.sources()) {
                List<Block> blocks = lib.ctx.articles().get(s.articleId()).orElseThrow().blocks();
                BlockType type = Block.at(blocks, s.sentenceStart()).orElseThrow().type();
                assertTrue(type != BlockType.TITLE && type != BlockType.HEADING, e + " has a " + type + " source: " + s.sentenceText());
            }
        }
        assertEquals(3, events.size(), events.toString());
    }
}
