package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;

/**
 * Linking rules of the short entities round of stop 46 (issue 15 items 1-2, the kinds entities17 left): ages far apart
 * keep two people of one full name apart across articles (AgeMarks). Invented sentences.
 */
class LinkingKinds23Test {
    private final EntityLinker linker = new EntityLinker();

    private static Entity person(long id, String name, String... aliases) {
        List<String> all = new java.util.ArrayList<>(List.of(aliases));
        all.add(name);
        return new Entity(id, EntityType.PERSON, name, all, false);
    }

    @Test
    void agesFarApartAreTwoPeople() {
        String first = "Dan Kerr scored twice. Kerr, 23, joined in May.";
        List<EntityLinker.Cluster> c1 = linker.link(first, EntityLinkerTest.mentions(first, "Dan Kerr", EntityType.PERSON, "Kerr",
                EntityType.PERSON), List.of());
        assertEquals(1, c1.size());
        assertTrue(c1.get(0).aliases().contains("Dan Kerr (age: 23)"), c1.get(0).aliases().toString());
        assertTrue(RoleMarks.isMark("Dan Kerr (age: 23)"), "an age mark is no name");
        Entity striker = person(1, "Dan Kerr", "Kerr", "Dan Kerr (age: 23)");
        // a councillor of 64 in another story is someone else
        String second = "Dan Kerr, 64, quit the council.";
        assertNull(linker.link(second, EntityLinkerTest.mentions(second, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        String aged = "Dan Kerr (64) quit the council.";
        assertNull(linker.link(aged, EntityLinkerTest.mentions(aged, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        // the same man a year or two on, or a story with no age, joins as before
        String older = "Dan Kerr, 25, was called up.";
        assertEquals(1L, linker.link(older, EntityLinkerTest.mentions(older, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        String none = "Dan Kerr was called up.";
        assertEquals(1L, linker.link(none, EntityLinkerTest.mentions(none, "Dan Kerr", EntityType.PERSON), List.of(striker)).get(0).entityId());
        // a number that is no age ("Kerr, 2 goals") marks nothing
        String goals = "Dan Kerr scored. Kerr, 64 minutes in, fell.";
        assertEquals(1L, linker.link(goals, EntityLinkerTest.mentions(goals, "Dan Kerr", EntityType.PERSON, "Kerr", EntityType.PERSON),
                List.of(striker)).get(0).entityId());
    }
}
