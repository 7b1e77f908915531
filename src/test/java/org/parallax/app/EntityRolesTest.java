package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * One full name of two people (issue 15 item 2, stop 42) on a real library through the real NLP queue: the roles an
 * article gives a person are stored with the entity ("Dara Quill (striker)"), keep a judge from the footballer of the
 * same name in every later article and every re-run, and give way to a merge the user made.
 */
@Tag("contract")
class EntityRolesTest {
    private static final String STRIKER = "Dara Quill scored twice on Saturday.\nThe 22-year-old striker joined in May.";
    private static final String JUDGE = "Judge Dara Quill refused bail on Tuesday.\nDara Quill set a trial date.";
    private static final String AGAIN = "Judge Dara Quill jailed a builder.";

    @TempDir
    Path dir;
    NamedLibrary lib;
    long a;
    long b;
    long c;

    @BeforeEach
    void library() {
        lib = new NamedLibrary(dir, Map.of("Dara Quill", EntityType.PERSON), STRIKER, JUDGE, AGAIN);
        a = lib.article(0);
        b = lib.article(1);
        c = lib.article(2);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private long entityOf(long article) {
        Set<Long> ids = lib.people(article);
        assertEquals(1, ids.size(), ids.toString());
        return ids.iterator().next();
    }

    private Entity entity(long id) {
        return lib.entity(id);
    }

    @Test
    void theJudgeAndTheFootballerStayTwoPeopleThroughEveryRun() {
        long striker = entityOf(a);
        long judge = entityOf(b);
        assertNotEquals(striker, judge);
        assertTrue(entity(striker).aliases().contains("Dara Quill (striker)"), entity(striker).aliases().toString());
        assertTrue(entity(judge).aliases().contains("Dara Quill (judge)"), entity(judge).aliases().toString());
        assertEquals("Dara Quill", entity(judge).name(), "the mark is no name");
        assertEquals(judge, entityOf(c), "a later judge's article joins the judge");
        lib.rerunAll();
        assertNotEquals(entityOf(a), entityOf(b));
        assertEquals(entityOf(b), entityOf(c));
        assertTrue(entity(entityOf(a)).aliases().contains("Dara Quill (striker)"), "a re-run keeps the role");
    }

    @Test
    void aMergeTheUserMadeWins() {
        long striker = entityOf(a);
        long judge = entityOf(b);
        lib.entities.merge(striker, judge); // the user says they are one
        lib.rerunAll();
        assertEquals(entityOf(a), entityOf(b));
        assertEquals(entityOf(a), entityOf(c));
    }
}
