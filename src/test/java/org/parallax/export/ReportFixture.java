package org.parallax.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.CompareService;
import org.parallax.app.ReportComparisons;
import org.parallax.app.StoryService;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.StoryRepository;
import org.parallax.testsupport.SharedData;

/**
 * A library with the two shared samples imported, entities and mentions for the people and places in them, the two
 * visits as events, and the user's notes in an in-memory {@link NoteSource} (two passage notes, one article note,
 * one entity note).
 */
final class ReportFixture implements NoteSource {
    static final String NOTE_A = "Landberg leads the **inter-agency** delegation; outlet A gives the dates as March 6-7.";
    static final String NOTE_B = "Outlet B dates the Chollet visit to Islamabad — February 16-17 — and names the officials.";
    static final String ARTICLE_NOTE = "Both outlets quote the same State Department statement.";
    static final String ENTITY_NOTE = "Acting Coordinator for Counterterrorism at the State Department.";

    final Database db;
    final ArticleRepository articles;
    final MentionRepository mentions;
    final EntityRepository entities;
    final EventRepository events;
    final long idA;
    final long idB;
    final long landberg;
    private final Map<Long, List<ArticleNote>> notes = new HashMap<>();
    private final Map<Long, List<String>> entityNotes = new HashMap<>();

    ReportFixture(Path dir) {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        mentions = new MentionRepository(db);
        entities = new EntityRepository(db);
        events = new EventRepository(db);
        Path samples = SharedData.samples();
        ImportService imports = new ImportService(articles);
        idA = imported(imports.importFile(samples.resolve("story1-outlet-a.txt")));
        idB = imported(imports.importFile(samples.resolve("story1-outlet-b.txt")));
        Article a = articles.get(idA).orElseThrow();
        Article b = articles.get(idB).orElseThrow();

        // the manual entity: the user marked Landberg by hand
        landberg = entities.create(EntityType.PERSON, "Christopher Landberg", List.of("Landberg", "Christopher A. Landberg"));
        long chollet = entities.create(EntityType.PERSON, "Derek Chollet", List.of("Chollet"));
        long pakistan = entities.create(EntityType.LOCATION, "Pakistan", List.of());
        long islamabad = entities.create(EntityType.LOCATION, "Islamabad", List.of());
        long state = entities.create(EntityType.ORGANIZATION, "State Department", List.of("US State Department"));
        for (Article art : List.of(a, b)) {
            mark(art, "Christopher Landberg", EntityType.PERSON, landberg, MentionOrigin.MANUAL);
            mark(art, "Derek Chollet", EntityType.PERSON, chollet, MentionOrigin.AUTO);
            mark(art, "Pakistan", EntityType.LOCATION, pakistan, MentionOrigin.AUTO);
            mark(art, "Islamabad", EntityType.LOCATION, islamabad, MentionOrigin.AUTO);
            mark(art, "State Department", EntityType.ORGANIZATION, state, MentionOrigin.AUTO);
            mark(art, "March 6-7", EntityType.DATE, null, MentionOrigin.AUTO);
            mark(art, "February 16-17", EntityType.DATE, null, MentionOrigin.AUTO);
        }
        // the NLP engine is not part of this test: the two visits go in as the pipeline would store them
        db.write(c -> {
            events.insert(c, EventKind.VISIT, new DateRange(java.time.LocalDate.of(2023, 3, 6), java.time.LocalDate.of(2023, 3, 7),
                    DatePrecision.DAY), List.of(landberg), List.of(pakistan), source(a, "will lead a US inter-agency delegation"));
            events.insert(c, EventKind.VISIT, new DateRange(java.time.LocalDate.of(2023, 2, 16), java.time.LocalDate.of(2023, 2, 17),
                    DatePrecision.DAY), List.of(chollet), List.of(islamabad), source(b, "visited Islamabad February 16-17"));
            return null;
        });

        note(a, "Acting Coordinator for Counter-terrorism Christopher Landberg will lead a US inter-agency delegation to Pakistan from March 6-7", NOTE_A);
        note(b, "visited Islamabad February 16-17 to highlight the importance of our bilateral partnership", NOTE_B);
        notes.computeIfAbsent(idB, k -> new ArrayList<>()).add(new ArticleNote(-1, -1, null, ARTICLE_NOTE));
        entityNotes.put(landberg, List.of(ENTITY_NOTE));
    }

    private static long imported(ImportResult r) {
        if (r.status() != ImportResult.Status.IMPORTED) throw new IllegalStateException(r.line());
        return r.articleId();
    }

    private void mark(Article a, String text, EntityType type, Long entity, MentionOrigin origin) {
        String t = a.text();
        for (int i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + text.length())) {
            Mention m = new Mention(0, a.id(), i, i + text.length(), text, type, null, entity, BlockType.PARAGRAPH, origin, false);
            db.write(c -> mentions.insert(c, m));
        }
    }

    private static EventSource source(Article a, String phrase) {
        int at = a.text().indexOf(phrase);
        if (at < 0) throw new IllegalStateException("phrase not in " + a.title() + ": " + phrase);
        int s = Math.max(0, a.text().lastIndexOf('\n', at) + 1);
        int e = a.text().indexOf('\n', at);
        if (e < 0) e = a.text().length();
        return new EventSource(a.id(), s, e, a.text().substring(s, e));
    }

    private void note(Article a, String quote, String text) {
        int at = a.text().indexOf(quote);
        if (at < 0) throw new IllegalStateException("quote not in " + a.title() + ": " + quote);
        notes.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new ArticleNote(at, at + quote.length(), quote, text));
    }

    void addNote(long articleId, ArticleNote n) {
        notes.computeIfAbsent(articleId, k -> new ArrayList<>()).add(n);
    }

    void replaceLastNote(long articleId, ArticleNote n) {
        List<ArticleNote> list = notes.get(articleId);
        list.set(list.size() - 1, n);
    }

    /** A builder whose comparison section comes from the app's one builder of comparison facts. */
    ReportBuilder builder() {
        CompareService compare = new CompareService(db, articles, mentions, entities);
        return new ReportBuilder(articles, mentions, entities, events, this,
                new ReportComparisons(compare, new StoryService(db, new StoryRepository(db), articles, compare)));
    }

    @Override
    public List<ArticleNote> notesOnArticle(long articleId) {
        return notes.getOrDefault(articleId, List.of());
    }

    @Override
    public List<String> notesOnEntity(long entityId) {
        return entityNotes.getOrDefault(entityId, List.of());
    }
}
