package org.parallax.annotation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Article;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.model.TextQuote;
import org.parallax.store.NoteRepository;
import org.parallax.store.Snapshots;

/**
 * Annotations read from files (brat, W3C, CoNLL) written into library articles as one undoable edit: undo removes
 * everything the import added, types and entities included. Spans and notes already there (same span and label,
 * same note) are not doubled, and a span whose text is not at its offsets is skipped. Blocking.
 */
public final class Imports {
    private static final Set<String> BUILT_IN = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "MISC", Annotation.EVENT);

    /**
     * A span to add, in article offsets: {@code label} is a built-in name, EVENT or a user type's name (created when
     * unknown); spans with the same {@code entityKey} link to one entity, found by {@code entityName} or created.
     */
    public record Span(int start, int end, String text, String label, boolean auto, String entityKey, String entityName,
                       DateRange date) {
    }

    /** A note on {@code [start, end)} of the article, or on the whole article when both are null. */
    public record ArticleNote(Integer start, Integer end, String text) {
    }

    /** What to add to one article. */
    public record Batch(long articleId, List<Span> spans, List<ArticleNote> notes) {
        public Batch {
            spans = List.copyOf(spans);
            notes = List.copyOf(notes);
        }
    }

    /** What {@link #save} added to one article. */
    public record Saved(long articleId, int spans, int notes, int skipped) {
    }

    private final MarkWriter w;
    private final History history;
    private final NoteRepository notes;

    Imports(MarkWriter writer, History history) {
        this.w = writer;
        this.history = history;
        this.notes = new NoteRepository(writer.db);
    }

    /** Adds every batch in one transaction, one undo entry labelled {@code label}; one result per batch, in order. */
    public List<Saved> save(String label, List<Batch> batches, Instant now) {
        Map<Long, Article> articles = new HashMap<>();
        for (Batch b : batches) articles.computeIfAbsent(b.articleId(), w::article);
        Map<String, String> typeNames = new HashMap<>();
        for (AnnotationType t : w.annotations.types()) {
            typeNames.put(t.name().toLowerCase(Locale.ROOT), t.name());
            typeNames.put(t.name().replace(' ', '_').toLowerCase(Locale.ROOT), t.name());
        }
        return history.edit(label, (c, r) -> {
            List<Saved> out = new ArrayList<>();
            for (Batch b : batches) out.add(saveOne(c, r, articles.get(b.articleId()), b, typeNames, now));
            return out;
        });
    }

    private Saved saveOne(Connection c, Snapshots.Recorder r, Article article, Batch batch, Map<String, String> typeNames,
                          Instant now) throws SQLException {
        long id = article.id();
        int added = 0;
        int skipped = 0;
        Set<String> existing = new HashSet<>();
        for (Annotation a : w.annotations.accepted(c, id)) existing.add(a.mention().start() + ":" + a.mention().end() + ":" + a.label());
        Map<String, Long> entityOf = new HashMap<>();
        for (Span s : batch.spans()) {
            int start = s.start();
            int end = s.end();
            if (start < 0 || end > article.text().length() || start > end || !article.text().substring(start, end).equals(s.text())) {
                skipped++;
                continue;
            }
            String label = label(c, r, s.label(), typeNames);
            if (!existing.add(start + ":" + end + ":" + label)) {
                skipped++;
                continue;
            }
            boolean builtIn = BUILT_IN.contains(label) && !label.equals(Annotation.EVENT);
            EntityType type = builtIn ? EntityType.valueOf(label) : EntityType.MISC;
            String custom = builtIn ? null : label;
            Long entityId = null;
            if (s.entityKey() != null && custom == null && type != EntityType.DATE) {
                String name = s.entityName() == null ? s.text() : s.entityName();
                entityId = entityOf.get(s.entityKey());
                if (entityId == null) {
                    entityId = findEntity(c, type, name);
                    if (entityId == null) {
                        entityId = w.entities.create(c, type, name, List.of(s.text()));
                        r.watchNewEntity(entityId);
                    }
                    entityOf.put(s.entityKey(), entityId);
                }
            }
            Mention m = new Mention(0, id, start, end, s.text(), type, type == EntityType.DATE ? s.date() : null, entityId,
                    MarkWriter.blockType(article, start), s.auto() ? MentionOrigin.AUTO : MentionOrigin.MANUAL, false);
            r.watchNew("mention", "id = ?", w.annotations.insert(c, m, custom, null));
            added++;
        }
        Set<String> noteKeys = new HashSet<>();
        for (Note n : notes.forArticle(c, id)) noteKeys.add(n.start() + ":" + n.end() + ":" + n.text());
        int noteCount = 0;
        for (ArticleNote n : batch.notes()) {
            if (!noteKeys.add(n.start() + ":" + n.end() + ":" + n.text())) continue;
            Note note;
            if (n.start() == null) {
                note = new Note(0, NoteTarget.ARTICLE, id, null, null, null, null, null, null, n.text(), now, now, null, false);
            } else {
                TextQuote q = TextQuote.of(article.text(), n.start(), n.end());
                note = new Note(0, NoteTarget.PASSAGE, id, null, n.start(), n.end(), q.exact(), q.prefix(), q.suffix(), n.text(),
                        now, now, null, false);
            }
            r.watchNew("note", "id = ?", notes.insert(c, note));
            noteCount++;
        }
        return new Saved(id, added, noteCount, skipped);
    }

    /** The library's name for a label, creating a user type for one it does not know. */
    private String label(Connection c, Snapshots.Recorder r, String given, Map<String, String> typeNames) throws SQLException {
        String upper = given.toUpperCase(Locale.ROOT);
        if (BUILT_IN.contains(upper)) return upper;
        String known = typeNames.get(given.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        String name = given.replace('_', ' ');
        r.watchNew("annotation_type", "id = ?", w.annotations.createType(c, name, "#8a5cf6", null));
        typeNames.put(name.toLowerCase(Locale.ROOT), name);
        typeNames.put(given.toLowerCase(Locale.ROOT), name);
        return name;
    }

    private Long findEntity(Connection c, EntityType type, String name) throws SQLException {
        for (Entity e : w.entities.list(c)) if (e.type() == type && e.name().equals(name)) return e.id();
        return null;
    }
}
