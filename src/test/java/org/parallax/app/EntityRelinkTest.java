package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;

/**
 * Issue 15's linking rules on a real library through the real NLP queue: two Blairs stay two people; a library an
 * older pipeline conflated (Cherie's mentions on Tony's entity, named "Cherie Blair") is put right by the next run;
 * and a merge the user made survives every later run.
 */
@Tag("contract")
class EntityRelinkTest {
    private static final String TONY = "Tony Blair spoke in London.\nBlair said the talks would go on.";
    private static final String CHERIE = "Cherie Blair opened the hospital.\nBlair said it was overdue.";

    @TempDir
    Path dir;
    NamedLibrary lib;
    long a;
    long b;

    @BeforeEach
    void library() {
        Map<String, EntityType> names = new LinkedHashMap<>();
        names.put("Tony Blair", EntityType.PERSON);
        names.put("Cherie Blair", EntityType.PERSON);
        names.put("Blair", EntityType.PERSON);
        names.put("London", EntityType.LOCATION);
        lib = new NamedLibrary(dir, names, TONY, CHERIE);
        a = lib.article(0);
        b = lib.article(1);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private Set<Long> entitiesOf(long article) {
        return lib.people(article);
    }

    private Entity entity(long id) {
        return lib.entity(id);
    }

    @Test
    void twoBlairsStayTwoPeopleAndAnOlderConflationIsUndoneByTheNextRun() {
        Set<Long> tony = entitiesOf(a);
        Set<Long> cherie = entitiesOf(b);
        assertEquals(1, tony.size(), "Blair joins Tony Blair inside his article");
        assertEquals(1, cherie.size());
        assertNotEquals(tony, cherie, "the shared surname does not join them across articles");
        long tonyId = tony.iterator().next();
        long cherieId = cherie.iterator().next();
        assertEquals("Tony Blair", entity(tonyId).name());
        assertEquals("Cherie Blair", entity(cherieId).name());

        // what an older pipeline left: Cherie's mentions on Tony's entity, which is shown as "Cherie Blair"
        lib.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET entity_id = ? WHERE article_id = ? AND type = 'PERSON'")) {
                ps.setLong(1, tonyId);
                ps.setLong(2, b);
                ps.executeUpdate();
            }
            lib.entities.deleteUnused(c);
            lib.entities.absorb(c, tonyId, "Cherie Blair", List.of("Cherie Blair"));
            return null;
        });
        assertEquals(entitiesOf(a), entitiesOf(b), "the conflated state is in place");

        lib.rerunAll();
        assertNotEquals(entitiesOf(a), entitiesOf(b));
        long tonyAfter = entitiesOf(a).iterator().next();
        long cherieAfter = entitiesOf(b).iterator().next();
        assertEquals("Tony Blair", entity(tonyAfter).name(), "named by his own mentions, not by Cherie's");
        assertFalse(entity(tonyAfter).aliases().contains("Cherie Blair"), entity(tonyAfter).aliases().toString());
        assertEquals("Cherie Blair", entity(cherieAfter).name());
    }

    @Test
    void aMergeTheUserMadeSurvivesLaterRuns() {
        long tonyId = entitiesOf(a).iterator().next();
        long cherieId = entitiesOf(b).iterator().next();
        lib.entities.merge(tonyId, cherieId); // the annotation screen's merge: the user says they are one
        lib.rerunAll();
        assertEquals(Set.of(tonyId), entitiesOf(a));
        assertEquals(Set.of(tonyId), entitiesOf(b), "the user's merge wins over the surname rule");
        lib.rerunAll();
        assertEquals(Set.of(tonyId), entitiesOf(b), "and is remembered");
        assertNotNull(entity(tonyId));
    }
}
