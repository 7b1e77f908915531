package org.parallax.export.annotations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.model.TextQuote;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.NoteRepository;

/**
 * Reads an article's annotations out of the library as a {@link Doc}, and writes a {@link Doc} back into the article
 * whose text equals it. Rejected mentions and notes in the trash are not exported. Writing one article is one
 * transaction; annotations already there (same span and label, same note) are not doubled.
 */
public final class LibraryDocs {
    private static final Set<String> BUILT_IN = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "MISC", Annotation.EVENT);

    private final Database db;
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final EntityRepository entities;
    private final NoteRepository notes;

    public LibraryDocs(Database db, ArticleRepository articles) {
        this.db = db;
        this.articles = articles;
        this.annotations = new AnnotationRepository(db);
        this.entities = new EntityRepository(db);
        this.notes = new NoteRepository(db);
    }

    /** The ids to export: the given ones, or every article when none are given. */
    public List<Long> ids(List<Long> chosen) {
        return chosen == null || chosen.isEmpty() ? articles.list().stream().map(ArticleSummary::id).sorted().toList() : chosen;
    }

    public Doc load(long articleId) {
        Article a = articles.get(articleId).orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId
                + ". List articles with `parallax list`."));
        Map<Long, String> names = new HashMap<>();
        for (Entity e : entities.list()) names.put(e.id(), e.name());
        List<Doc.Span> spans = new ArrayList<>();
        for (Annotation x : annotations.forArticle(articleId)) {
            Mention m = x.mention();
            if (m.rejected()) continue;
            spans.add(new Doc.Span(m.start(), m.end(), m.text(), x.label(), m.origin() == MentionOrigin.AUTO,
                    m.entityId() == null ? null : String.valueOf(m.entityId()), m.entityId() == null ? null : names.get(m.entityId()),
                    m.date()));
        }
        List<Doc.DocNote> docNotes = new ArrayList<>();
        for (Note n : notes.forArticle(articleId)) {
            if (n.target() == NoteTarget.PASSAGE && !n.orphaned()) docNotes.add(new Doc.DocNote(n.start(), n.end(), n.text()));
            else if (n.target() == NoteTarget.ARTICLE) docNotes.add(new Doc.DocNote(null, null, n.text()));
        }
        return new Doc("article-" + articleId, a.text(), spans, docNotes);
    }

    /** The article whose text is {@code text} (ignoring white space at the ends), if the library holds it. */
    public Optional<Long> match(String text) {
        String want = text.strip();
        for (ArticleSummary s : articles.list()) {
            Article a = articles.get(s.id()).orElse(null);
            if (a != null && a.text().strip().equals(want)) return Optional.of(a.id());
        }
        return Optional.empty();
    }

    /** What {@link #save} added to one article. */
    public record Saved(long articleId, int spans, int notes, int skipped) {
    }

    /** Writes a document's annotations into the article with the same text; throws when the library lacks it. */
    public Saved save(Doc doc, Instant now) {
        long id = match(doc.text()).orElseThrow(() -> new IllegalArgumentException("The library holds no article with the text of "
                + doc.name() + ". Import the article first, then its annotations."));
        Article article = articles.get(id).orElseThrow();
        // a file written with different line ends or a stripped text still maps by a constant shift
        int shift = article.text().indexOf(doc.text().strip()) - doc.text().indexOf(doc.text().strip());
        Map<String, String> typeNames = new HashMap<>();
        for (AnnotationType t : annotations.types()) {
            typeNames.put(t.name().toLowerCase(Locale.ROOT), t.name());
            typeNames.put(t.name().replace(' ', '_').toLowerCase(Locale.ROOT), t.name());
        }
        return db.write(c -> {
            int added = 0;
            int skipped = 0;
            Set<String> existing = new HashSet<>();
            for (Annotation a : annotations.forArticle(c, id)) {
                if (!a.mention().rejected()) existing.add(a.mention().start() + ":" + a.mention().end() + ":" + a.label());
            }
            Map<String, Long> entityOf = new HashMap<>();
            for (Doc.Span s : doc.spans()) {
                int start = s.start() + shift;
                int end = s.end() + shift;
                if (start < 0 || end > article.text().length() || !article.text().substring(start, end).equals(s.text())) {
                    skipped++;
                    continue;
                }
                String label = label(c, s.label(), typeNames);
                if (!existing.add(start + ":" + end + ":" + label)) {
                    skipped++;
                    continue;
                }
                EntityType type = BUILT_IN.contains(label) && !label.equals(Annotation.EVENT) ? EntityType.valueOf(label) : EntityType.MISC;
                String custom = BUILT_IN.contains(label) && !label.equals(Annotation.EVENT) ? null : label;
                Long entityId = null;
                if (s.entityKey() != null && custom == null && type != EntityType.DATE) {
                    String name = s.entityName() == null ? s.text() : s.entityName();
                    entityId = entityOf.get(s.entityKey());
                    if (entityId == null) {
                        entityId = findEntity(c, type, name);
                        if (entityId == null) entityId = entities.create(c, type, name, List.of(s.text()));
                        entityOf.put(s.entityKey(), entityId);
                    }
                }
                Mention m = new Mention(0, id, start, end, s.text(), type, type == EntityType.DATE ? s.date() : null, entityId,
                        blockType(article.blocks(), start), s.auto() ? MentionOrigin.AUTO : MentionOrigin.MANUAL, false);
                annotations.insert(c, m, custom, null);
                added++;
            }
            Set<String> noteKeys = new HashSet<>();
            for (Note n : notes.forArticle(c, id)) noteKeys.add(n.start() + ":" + n.end() + ":" + n.text());
            int noteCount = 0;
            for (Doc.DocNote n : doc.notes()) {
                Integer start = n.start() == null ? null : n.start() + shift;
                Integer end = n.end() == null ? null : n.end() + shift;
                if (!noteKeys.add(start + ":" + end + ":" + n.text())) continue;
                Note note;
                if (start == null) {
                    note = new Note(0, NoteTarget.ARTICLE, id, null, null, null, null, null, null, n.text(), now, now, null, false);
                } else {
                    TextQuote q = TextQuote.of(article.text(), start, end);
                    note = new Note(0, NoteTarget.PASSAGE, id, null, start, end, q.exact(), q.prefix(), q.suffix(), n.text(),
                            now, now, null, false);
                }
                notes.insert(c, note);
                noteCount++;
            }
            return new Saved(id, added, noteCount, skipped);
        });
    }

    private String label(Connection c, String given, Map<String, String> typeNames) throws SQLException {
        String upper = given.toUpperCase(Locale.ROOT);
        if (BUILT_IN.contains(upper)) return upper;
        String known = typeNames.get(given.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        String name = given.replace('_', ' ');
        annotations.createType(c, name, "#8a5cf6", null);
        typeNames.put(name.toLowerCase(Locale.ROOT), name);
        typeNames.put(given.toLowerCase(Locale.ROOT), name);
        return name;
    }

    private Long findEntity(Connection c, EntityType type, String name) throws SQLException {
        for (Entity e : entities.list(c)) if (e.type() == type && e.name().equals(name)) return e.id();
        return null;
    }

    private static BlockType blockType(List<Block> blocks, int offset) {
        for (Block b : blocks) if (b.start() <= offset && offset < b.end()) return b.type();
        return null;
    }
}
