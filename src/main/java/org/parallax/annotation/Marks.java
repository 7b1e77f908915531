package org.parallax.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Article;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.EditConflictException;
import org.parallax.store.EntityRepository;
import org.parallax.store.StoreException;

/**
 * Marks and entities: marking spans (P, O, L, D, E and user-defined types), changing, deleting and rejecting
 * mentions, linking mentions to entities, and editing entities. Each edit is one transaction with its undo entry in
 * {@link History}. Blocking: run it off the UI thread, in the user's order through {@link Annotations#submit}.
 */
public final class Marks {
    private final MarkWriter w;
    private final History history;

    Marks(MarkWriter writer, History history) {
        this.w = writer;
        this.history = history;
    }

    public AnnotationRepository repository() {
        return w.annotations;
    }

    public EntityRepository entities() {
        return w.entities;
    }

    // ---- types -------------------------------------------------------------------------------------------

    /**
     * Reads a type as the user gives it: a key (P, O, L, D, E, M), a built-in name (PERSON, ORG, ...), or a
     * user-defined type's name or shortcut.
     */
    public String resolveLabel(String given) {
        return w.label(given).name();
    }

    /** Defines a type of the user's own with a colour ({@code #rrggbb}) and an optional one-key shortcut. */
    public AnnotationType defineType(String name, String colour, String shortcut) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a type needs a name");
        if (shortcut != null && !shortcut.isBlank()) {
            if (shortcut.strip().length() != 1) throw new IllegalArgumentException("a shortcut is one key, not \"" + shortcut + "\"");
            if ("POLDEM".contains(shortcut.strip().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The key " + shortcut + " already marks a built-in type; choose another.");
            }
        }
        // "Note" is the type brat export gives passage notes
        for (String reserved : List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "EVENT", "MISC", "NOTE")) {
            if (reserved.equalsIgnoreCase(name.strip())) throw new IllegalArgumentException(name + " is a built-in type");
        }
        String c = colour == null || colour.isBlank() ? "#8a5cf6" : colour.strip();
        if (!c.matches("#[0-9a-fA-F]{6}")) throw new IllegalArgumentException("a colour is written #rrggbb, not " + colour);
        long id = history.edit("Define type " + name, (conn, r) -> {
            long created = w.annotations.createType(conn, name, c, shortcut);
            r.watchNew("annotation_type", "id = ?", created);
            return created;
        });
        return new AnnotationType(id, name.strip(), c, shortcut == null || shortcut.isBlank() ? null : shortcut.strip());
    }

    // ---- marking -----------------------------------------------------------------------------------------

    /** Marks {@code [start, end)} with a type and links it to a matching or new entity; see the full form. */
    public Annotation mark(long articleId, int start, int end, String type) {
        return mark(articleId, start, end, type, null, null);
    }

    /**
     * Marks {@code [start, end)} of an article (white space at the ends is trimmed) as a manual mention of
     * {@code type}. People, organisations, places and MISC link to {@code entityId}, or else to the entity of the same
     * type that already has this text as an alias, or else to a new entity. A DATE takes {@code date}, or the date its
     * text names; an EVENT creates an event on {@code date}, a date in its sentence or the article's date.
     *
     * @throws DateNeededException when a DATE or EVENT has no date Parallax can tell; ask the user and mark again
     */
    public Annotation mark(long articleId, int start, int end, String type, DateRange date, Long entityId) {
        MarkWriter.Label label = w.label(type);
        Article article = w.article(articleId);
        String text = article.text();
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("The range [" + start + ", " + end + ") is not inside article " + articleId
                    + " (its text has " + text.length() + " characters).");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start == end) throw new IllegalArgumentException("The selection holds only white space; select a word.");
        int s = start;
        int e = end;
        String quoted = text.substring(s, e);
        return history.edit("Mark \"" + quoted + "\" as " + label.name(), (c, r) -> {
            long id = w.markIn(c, r, article, s, e, label, date, entityId);
            return w.annotation(c, id);
        });
    }

    // ---- editing mentions --------------------------------------------------------------------------------

    /** Changes a mention's type; it is unlinked from an entity of the old type and linked like a new mark. */
    public Annotation changeType(long mentionId, String type, DateRange date) {
        MarkWriter.Label label = w.label(type);
        return history.edit("Change type to " + label.name(), (c, r) -> {
            Annotation a = w.annotation(c, mentionId);
            Mention m = a.mention();
            Article article = w.article(m.articleId());
            r.watch("mention", "id = ?", mentionId);
            DateRange when = label.type() == EntityType.DATE ? w.dateFor(article, m.text(), date != null ? date : m.date()) : null;
            w.annotations.setType(c, mentionId, label.type(), label.custom(), when);
            if (m.entityId() != null && (!label.linksEntity() || label.type() != m.type())) {
                r.watch("entity_alias", "entity_id = ?", m.entityId());
                w.mentions.setEntity(c, mentionId, null);
            }
            if (label.linksEntity() && (m.entityId() == null || label.type() != m.type())) {
                w.linkIn(c, r, mentionId, m.text(), label.type(), null);
            }
            if (Annotation.EVENT.equals(label.custom()) && a.eventId() == null) {
                w.createEvent(c, r, article, mentionId, m.start(), m.end(), date);
            } else if (!Annotation.EVENT.equals(label.custom()) && a.eventId() != null) {
                w.annotations.setEvent(c, mentionId, null);
            }
            return w.annotation(c, mentionId);
        });
    }

    /** Deletes a mention. An automatic one comes back on the next NLP run: {@link #reject} it instead. */
    public void delete(long mentionId) {
        history.edit("Delete mention", (c, r) -> {
            Annotation a = w.annotation(c, mentionId);
            r.watch("mention", "id = ?", mentionId);
            // an NLP run may drop the entity once unused: undo brings it back with the mention
            if (a.mention().entityId() != null) r.watchEntityRow(a.mention().entityId());
            w.annotations.delete(c, mentionId);
            return a;
        });
    }

    /** Rejects an automatic mention: it is hidden, and no NLP re-run brings its span and type back. */
    public void reject(long mentionId) {
        history.edit("Reject mention", (c, r) -> {
            Annotation a = w.annotation(c, mentionId);
            if (a.mention().origin() == MentionOrigin.MANUAL) {
                throw new IllegalArgumentException("Mention " + mentionId + " was marked by hand: delete it instead of rejecting it.");
            }
            r.watch("mention", "id = ?", mentionId);
            if (a.mention().entityId() != null) r.watchEntityRow(a.mention().entityId());
            w.annotations.setRejected(c, mentionId, true);
            return null;
        });
    }

    /**
     * Takes a mark away the way its origin calls for: an automatic mention is rejected (so no NLP re-run brings it
     * back), a manual one is deleted. Returns the mention as it was.
     */
    public Annotation remove(long mentionId) {
        Annotation a = w.annotations.get(mentionId).orElseThrow(() -> new StoreException("There is no mention "
                + mentionId + ". List an article's mentions with `parallax mentions ID`."));
        if (a.mention().origin() == MentionOrigin.AUTO) reject(mentionId);
        else delete(mentionId);
        return a;
    }

    /**
     * The annotation a selection {@code [start, end)} of article offsets points at: the first (in the given order)
     * that overlaps it, a caret ({@code start == end}) counting as the character after it.
     */
    public static Optional<Annotation> at(List<Annotation> annotations, int start, int end) {
        int until = Math.max(end, start + 1);
        return annotations.stream().filter(a -> a.mention().start() < until && start < a.mention().end()).findFirst();
    }

    /** The ids of the given annotations linked to {@code entityId} that overlap {@code [start, end)}. */
    public static List<Long> linkedWithin(List<Annotation> annotations, long entityId, int start, int end) {
        List<Long> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (Objects.equals(a.mention().entityId(), entityId) && a.mention().start() < end && start < a.mention().end()) out.add(a.id());
        }
        return out;
    }

    // ---- entities ----------------------------------------------------------------------------------------

    /** Links a mention to an existing entity of its type (its text becomes an alias). */
    public void link(long mentionId, long entityId) {
        history.edit("Link mention", (c, r) -> {
            Annotation a = w.annotation(c, mentionId);
            w.linkIn(c, r, mentionId, a.mention().text(), a.mention().type(), entityId);
            return null;
        });
    }

    /** Links a mention to a new entity named {@code name} (the user's choice, so locked) and returns its id. */
    public long linkToNew(long mentionId, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an entity needs a name");
        return history.edit("Link to new entity " + name, (c, r) -> {
            Annotation a = w.annotation(c, mentionId);
            if (a.mention().type() == EntityType.DATE || !a.builtIn()) throw new IllegalArgumentException(a.label() + " marks do not link to entities.");
            r.watch("mention", "id = ?", mentionId);
            long created = w.entities.create(c, a.mention().type(), name.strip(), List.of(a.mention().text()));
            r.watchNewEntity(created);
            w.mentions.setEntity(c, mentionId, created);
            w.entities.rename(created, name.strip());
            return created;
        });
    }

    /** Merges {@code other} into {@code keep}; see {@link EntityRepository#merge}. */
    public void merge(long keep, long other) {
        history.edit("Merge entities", (c, r) -> {
            r.watchEntity(keep).watchEntity(other);
            w.entities.merge(keep, other);
            return null;
        });
    }

    /**
     * Merges as {@link #merge(long, long)}, provided nobody changed either entity since they were read at these
     * versions ({@link org.parallax.model.Entity#version()}).
     *
     * @throws EditConflictException when someone did; nothing is changed
     */
    public void merge(long keep, int keepVersion, long other, int otherVersion) {
        history.edit("Merge entities", (c, r) -> {
            w.entities.requireVersion(c, keep, keepVersion);
            w.entities.requireVersion(c, other, otherVersion);
            r.watchEntity(keep).watchEntity(other);
            w.entities.merge(keep, other);
            return null;
        });
    }

    /** Splits the given mentions off {@code entityId} into a new entity named {@code name}; returns its id. */
    public long split(long entityId, Collection<Long> mentionIds, String name) {
        return history.edit("Split entity", (c, r) -> {
            r.watchEntity(entityId);
            for (long m : mentionIds) r.watch("mention", "id = ?", m);
            long created = w.entities.split(entityId, mentionIds, name);
            r.watchNewEntity(created);
            r.watchNew("mention", "entity_id = ?", created);
            return created;
        });
    }

    /** Renames an entity; the pipeline keeps the name from now on, and the old name stays an alias. */
    public void rename(long entityId, String name) {
        history.edit("Rename entity", (c, r) -> {
            r.watch("entity", "id = ?", entityId).watch("entity_alias", "entity_id = ?", entityId);
            w.entities.rename(entityId, name);
            return null;
        });
    }

    /**
     * Renames as {@link #rename(long, String)}, provided nobody changed the entity since it was read at
     * {@code readVersion}.
     *
     * @throws EditConflictException when someone did (it carries their name for it); nothing is changed
     */
    public void rename(long entityId, int readVersion, String name) {
        history.edit("Rename entity", (c, r) -> {
            w.entities.requireVersion(c, entityId, readVersion);
            r.watch("entity", "id = ?", entityId).watch("entity_alias", "entity_id = ?", entityId);
            w.entities.rename(entityId, name);
            return null;
        });
    }

    public void addAlias(long entityId, String alias) {
        if (alias == null || alias.isBlank()) throw new IllegalArgumentException("an alias needs a text");
        history.edit("Add alias " + alias, (c, r) -> {
            r.watch("entity_alias", "entity_id = ?", entityId);
            w.entities.addAlias(entityId, alias);
            return null;
        });
    }
}
