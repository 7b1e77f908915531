package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Block;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.model.Sentence;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleArticles;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.testsupport.TestLibrary;

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

    /** Marks "Dara Quill" wherever it stands, as the recogniser would mark a name. */
    private static final class Names implements Recognizer {
        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            List<RawMention> out = new ArrayList<>();
            for (int at = text.indexOf("Dara Quill"); at >= 0; at = text.indexOf("Dara Quill", at + 1)) {
                out.add(new RawMention(at, at + 10, "Dara Quill", EntityType.PERSON, "PERSON", null, null));
            }
            return new Recognition(List.of(new Sentence(0, text.length())), out);
        }

        @Override
        public String version() {
            return "names-1";
        }
    }

    @TempDir
    Path dir;
    Database db;
    ArticleRepository articles;
    EntityRepository entities;
    NlpService nlp;
    long a;
    long b;
    long c;

    @BeforeEach
    void library() {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        entities = new EntityRepository(db);
        a = articles.insert(SampleArticles.draft(STRIKER, "Striker", SampleArticles.A_DATE, false), "a", Instant.EPOCH);
        b = articles.insert(SampleArticles.draft(JUDGE, "Judge", SampleArticles.A_DATE, false), "b", Instant.EPOCH);
        c = articles.insert(SampleArticles.draft(AGAIN, "Again", SampleArticles.A_DATE, false), "c", Instant.EPOCH);
        nlp = new NlpService(db, articles, new Names());
        assertEquals(0, nlp.processPending(Progress.NONE).failed());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long entityOf(long article) {
        Set<Long> ids = nlp.mentions().forArticle(article).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::entityId)
                .collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids.toString());
        return ids.iterator().next();
    }

    private Entity entity(long id) {
        return entities.get(id).orElseThrow();
    }

    private void rerunAll() {
        db.write(x -> {
            try (PreparedStatement ps = x.prepareStatement("UPDATE nlp_state SET pipeline_version = 'older'")) {
                ps.executeUpdate();
            }
            return null;
        });
        assertEquals(3, nlp.processPending(Progress.NONE).processed());
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
        rerunAll();
        assertNotEquals(entityOf(a), entityOf(b));
        assertEquals(entityOf(b), entityOf(c));
        assertTrue(entity(entityOf(a)).aliases().contains("Dara Quill (striker)"), "a re-run keeps the role");
    }

    @Test
    void aMergeTheUserMadeWins() {
        long striker = entityOf(a);
        long judge = entityOf(b);
        entities.merge(striker, judge); // the user says they are one
        rerunAll();
        assertEquals(entityOf(a), entityOf(b));
        assertEquals(entityOf(a), entityOf(c));
    }
}
