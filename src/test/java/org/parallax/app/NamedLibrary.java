package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * A real library of a few short articles run through the real NLP queue, with the names a test cares about marked
 * where they stand (so a linking test is about linking, not about what the recogniser finds). Used by the tests that
 * check people of one name stay apart through every re-run and that a user's merge wins.
 */
final class NamedLibrary implements AutoCloseable {
    final Database db;
    final ArticleRepository articles;
    final EntityRepository entities;
    final NlpService nlp;
    final List<Long> ids = new ArrayList<>();

    /**
     * Imports {@code texts} (one article each, in order) into a new library in {@code dir} and runs NLP on them, with
     * each of {@code names} marked as its type wherever it stands; a longer name is marked before the shorter ones it
     * holds ("Tony Blair" before "Blair").
     */
    NamedLibrary(Path dir, Map<String, EntityType> names, String... texts) {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        entities = new EntityRepository(db);
        for (int i = 0; i < texts.length; i++) {
            ids.add(articles.insert(SampleArticles.draft(texts[i], "Article " + (i + 1), SampleArticles.A_DATE, false), "a" + i, Instant.EPOCH));
        }
        nlp = new NlpService(db, articles, new Marked(names));
        assertEquals(0, nlp.processPending(Progress.NONE).failed());
    }

    /** The id of the {@code i}-th article given (from 0). */
    long article(int i) {
        return ids.get(i);
    }

    /** The person entities the article's mentions are linked to. */
    Set<Long> people(long article) {
        return nlp.mentions().forArticle(article).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::entityId)
                .collect(Collectors.toSet());
    }

    Entity entity(long id) {
        return entities.get(id).orElseThrow();
    }

    /** Runs NLP again on every article, as a new engine revision does. */
    void rerunAll() {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET pipeline_version = 'older'")) {
                ps.executeUpdate();
            }
            return null;
        });
        assertEquals(ids.size(), nlp.processPending(Progress.NONE).processed());
    }

    @Override
    public void close() {
        db.close();
    }

    /** Marks the given names where they stand, longest first, without overlaps. */
    private static final class Marked implements Recognizer {
        private final Map<String, EntityType> names;

        Marked(Map<String, EntityType> names) {
            this.names = new LinkedHashMap<>(names);
        }

        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            boolean[] taken = new boolean[text.length()];
            List<RawMention> out = new ArrayList<>();
            names.keySet().stream().sorted((x, y) -> Integer.compare(y.length(), x.length())).forEach(name -> {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    if (taken[at] || taken[at + name.length() - 1]) continue;
                    for (int i = at; i < at + name.length(); i++) taken[i] = true;
                    EntityType type = names.get(name);
                    out.add(new RawMention(at, at + name.length(), name, type, type.name(), null, null));
                }
            });
            out.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return new Recognition(List.of(new Sentence(0, text.length())), out);
        }

        @Override
        public String version() {
            return "names-1";
        }
    }
}
