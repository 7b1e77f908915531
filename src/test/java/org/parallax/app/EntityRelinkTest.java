package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
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

/**
 * Issue 15's linking rules on a real library through the real NLP queue: two Blairs stay two people; a library an
 * older pipeline conflated (Cherie's mentions on Tony's entity, named "Cherie Blair") is put right by the next run;
 * and a merge the user made survives every later run.
 */
@Tag("contract")
class EntityRelinkTest {
    private static final String TONY = "Tony Blair spoke in London.\nBlair said the talks would go on.";
    private static final String CHERIE = "Cherie Blair opened the hospital.\nBlair said it was overdue.";

    /** Marks each of these names wherever it stands in the text, as the recogniser would mark a name. */
    private static final class Names implements Recognizer {
        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            List<RawMention> out = new ArrayList<>();
            for (String name : List.of("Tony Blair", "Cherie Blair", "London")) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    out.add(new RawMention(at, at + name.length(), name, name.equals("London") ? EntityType.LOCATION : EntityType.PERSON,
                            "PERSON", null, null));
                }
            }
            for (int at = text.indexOf("\nBlair"); at >= 0; at = text.indexOf("\nBlair", at + 1)) {
                out.add(new RawMention(at + 1, at + 6, "Blair", EntityType.PERSON, "PERSON", null, null));
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
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

    @BeforeEach
    void library() {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        entities = new EntityRepository(db);
        a = articles.insert(SampleArticles.draft(TONY, "Tony", SampleArticles.A_DATE, false), "a", Instant.EPOCH);
        b = articles.insert(SampleArticles.draft(CHERIE, "Cherie", SampleArticles.A_DATE, false), "b", Instant.EPOCH);
        nlp = new NlpService(db, articles, new Names());
        assertEquals(0, nlp.processPending(Progress.NONE).failed());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Set<Long> entitiesOf(long article) {
        return nlp.mentions().forArticle(article).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::entityId)
                .collect(Collectors.toSet());
    }

    private Entity entity(long id) {
        return entities.get(id).orElseThrow();
    }

    private void rerunAll() {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET pipeline_version = 'older'")) {
                ps.executeUpdate();
            }
            return null;
        });
        assertEquals(2, nlp.processPending(Progress.NONE).processed());
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
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET entity_id = ? WHERE article_id = ? AND type = 'PERSON'")) {
                ps.setLong(1, tonyId);
                ps.setLong(2, b);
                ps.executeUpdate();
            }
            entities.deleteUnused(c);
            entities.absorb(c, tonyId, "Cherie Blair", List.of("Cherie Blair"));
            return null;
        });
        assertEquals(entitiesOf(a), entitiesOf(b), "the conflated state is in place");

        rerunAll();
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
        entities.merge(tonyId, cherieId); // the annotation screen's merge: the user says they are one
        rerunAll();
        assertEquals(Set.of(tonyId), entitiesOf(a));
        assertEquals(Set.of(tonyId), entitiesOf(b), "the user's merge wins over the surname rule");
        rerunAll();
        assertEquals(Set.of(tonyId), entitiesOf(b), "and is remembered");
        assertNotNull(entity(tonyId));
    }
}
