package org.parallax.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.model.Suggestion;
import org.parallax.model.TextQuote;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.NoteRepository;
import org.parallax.store.RowChange;
import org.parallax.store.Snapshots;
import org.parallax.store.StoreException;

/**
 * The user's own annotation work: marking spans (P, O, L, D, E and user-defined types), changing, deleting and
 * rejecting mentions, linking mentions to entities and editing entities, notes with a trash, suggestions learnt from
 * hand-made marks, and re-anchoring notes after a re-import. Every edit is one transaction, saved at once, and goes on
 * the session's undo stack as row images, so {@link #undo()} and {@link #redo()} restore exactly, ids included.
 * Blocking: run it off the UI thread. Thread-safe.
 */
public final class AnnotationService {
    /** One undoable edit: a label for the menu and the rows it changed. */
    public record Edit(String label, List<RowChange> changes) {
    }

    /** What {@link #reanchor} did: notes and manual mentions found again in the new text, and notes orphaned. */
    public record ReanchorReport(int notesAnchored, int notesOrphaned, int mentionsMoved) {
    }

    private final Database db;
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final EntityRepository entities;
    private final EventRepository events;
    private final NoteRepository notes;
    private final Clock clock;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public AnnotationService(Database db, ArticleRepository articles) {
        this(db, articles, Clock.systemUTC());
    }

    public AnnotationService(Database db, ArticleRepository articles, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.annotations = new AnnotationRepository(db);
        this.entities = new EntityRepository(db);
        this.events = new EventRepository(db);
        this.notes = new NoteRepository(db);
        this.clock = clock;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public NoteRepository notes() {
        return notes;
    }

    public EntityRepository entities() {
        return entities;
    }

    /** Called (on the calling thread) after every edit, undo and redo, so views can reload. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // ---- the edit machinery ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface EditWork<T> {
        T run(Connection c, Snapshots.Recorder r) throws SQLException;
    }

    private <T> T edit(String label, EditWork<T> work) {
        Object[] result = new Object[1];
        List<RowChange> changes = db.write(c -> {
            Snapshots.Recorder r = new Snapshots.Recorder(c);
            result[0] = work.run(c, r);
            return r.finish();
        });
        synchronized (this) {
            if (changes.stream().anyMatch(ch -> !ch.isEmpty())) {
                undo.push(new Edit(label, changes));
                redo.clear();
            }
        }
        fire();
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private void fire() {
        for (Runnable l : listeners) l.run();
    }

    /** Undoes the last edit of the session; returns its label, or empty when there was none. */
    public Optional<String> undo() {
        Edit e;
        synchronized (this) {
            e = undo.poll();
        }
        if (e == null) return Optional.empty();
        try {
            db.write(c -> {
                Snapshots.apply(c, e.changes(), true);
                return null;
            });
        } catch (RuntimeException ex) {
            synchronized (this) {
                undo.push(e);
            }
            throw ex;
        }
        synchronized (this) {
            redo.push(e);
        }
        fire();
        return Optional.of(e.label());
    }

    /** Redoes the last undone edit; returns its label, or empty when there was none. */
    public Optional<String> redo() {
        Edit e;
        synchronized (this) {
            e = redo.poll();
        }
        if (e == null) return Optional.empty();
        try {
            db.write(c -> {
                Snapshots.apply(c, e.changes(), false);
                return null;
            });
        } catch (RuntimeException ex) {
            synchronized (this) {
                redo.push(e);
            }
            throw ex;
        }
        synchronized (this) {
            undo.push(e);
        }
        fire();
        return Optional.of(e.label());
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    // ---- labels ------------------------------------------------------------------------------------------

    /** A resolved label: the stored type, and the user type's name or EVENT (null for built-in types). */
    private record Label(EntityType type, String custom) {
        String name() {
            return custom == null ? type.name() : custom;
        }

        boolean linksEntity() {
            return custom == null && type != EntityType.DATE;
        }
    }

    /**
     * Reads a type as the user gives it: a key (P, O, L, D, E, M), a built-in name (PERSON, ORG, ...), or a
     * user-defined type's name or shortcut.
     */
    public String resolveLabel(String given) {
        return label(given).name();
    }

    private Label label(String given) {
        if (given == null || given.isBlank()) throw new IllegalArgumentException("Give a type: P, O, L, D, E or a type you defined");
        String g = given.strip().toUpperCase(Locale.ROOT);
        switch (g) {
            case "P", "PER", "PERSON": return new Label(EntityType.PERSON, null);
            case "O", "ORG", "ORGANIZATION", "ORGANISATION": return new Label(EntityType.ORGANIZATION, null);
            case "L", "LOC", "LOCATION", "PLACE": return new Label(EntityType.LOCATION, null);
            case "D", "DATE": return new Label(EntityType.DATE, null);
            case "E", "EVENT": return new Label(EntityType.MISC, Annotation.EVENT);
            case "M", "MISC": return new Label(EntityType.MISC, null);
            default:
        }
        for (AnnotationType t : annotations.types()) {
            if (t.name().equalsIgnoreCase(given.strip()) || t.name().replace(' ', '_').equalsIgnoreCase(given.strip())
                    || (t.shortcut() != null && t.shortcut().equalsIgnoreCase(given.strip()))) {
                return new Label(EntityType.MISC, t.name());
            }
        }
        throw new IllegalArgumentException("\"" + given + "\" is not a type. Use P, O, L, D, E, M"
                + annotations.types().stream().map(t -> ", " + t.name()).reduce("", String::concat) + ", or define a new type first.");
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
        long id = edit("Define type " + name, (conn, r) -> {
            long created = annotations.createType(conn, name, c, shortcut);
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
        Label label = label(type);
        Article article = article(articleId);
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
        long id = edit("Mark \"" + quoted + "\" as " + label.name(), (c, r) -> markIn(c, r, article, s, e, label, date, entityId));
        return annotations.get(id).orElseThrow();
    }

    private long markIn(Connection c, Snapshots.Recorder r, Article article, int start, int end, Label label, DateRange date,
                        Long entityId) throws SQLException {
        String quoted = article.text().substring(start, end);
        for (Annotation a : annotations.forArticle(c, article.id())) {
            if (!a.mention().rejected() && a.mention().start() == start && a.mention().end() == end && a.label().equals(label.name())) {
                throw new IllegalArgumentException("\"" + quoted + "\" is already marked as " + label.name() + " (mention " + a.id() + ").");
            }
        }
        DateRange when = label.type() == EntityType.DATE ? dateFor(article, quoted, date) : null;
        Mention m = new Mention(0, article.id(), start, end, quoted, label.type(), when, null, blockType(article.blocks(), start),
                MentionOrigin.MANUAL, false);
        long id = annotations.insert(c, m, label.custom(), null);
        r.watchNew("mention", "id = ?", id);
        if (label.linksEntity()) linkIn(c, r, id, quoted, label.type(), entityId);
        else if (entityId != null) throw new IllegalArgumentException(label.name() + " marks do not link to entities.");
        if (Annotation.EVENT.equals(label.custom())) createEvent(c, r, article, id, start, end, date);
        return id;
    }

    private DateRange dateFor(Article article, String quoted, DateRange given) {
        if (given != null) return given;
        DateRange d = ManualDates.resolve(quoted, article.meta().published());
        if (d == null) throw new DateNeededException(quoted);
        return d;
    }

    /** Links a mention to the given entity, or to the same-type entity known by this text, or to a new one. */
    private void linkIn(Connection c, Snapshots.Recorder r, long mentionId, String text, EntityType type, Long entityId)
            throws SQLException {
        Long target = entityId;
        if (target == null) {
            for (Entity e : entities.list(c)) {
                if (e.type() == type && (e.name().equals(text.strip()) || e.aliases().contains(text.strip()))) {
                    target = e.id();
                    break;
                }
            }
        }
        r.watch("mention", "id = ?", mentionId);
        if (target == null) {
            long created = entities.create(c, type, text.strip(), List.of());
            r.watchNewEntity(created);
            target = created;
        } else {
            Entity e = entities.get(target).orElse(null);
            if (e == null) throw new StoreException("There is no entity " + target + ". List entities with `parallax entities`.");
            if (e.type() != type) {
                throw new IllegalArgumentException("Cannot link a " + type + " mention to " + e.name() + " (" + e.type()
                        + "): change the mention's type first.");
            }
            r.watch("entity_alias", "entity_id = ?", target);
            entities.addAlias(target, text.strip());
        }
        new org.parallax.store.MentionRepository(db).setEntity(c, mentionId, target);
    }

    private void createEvent(Connection c, Snapshots.Recorder r, Article article, long mentionId, int start, int end,
                             DateRange given) throws SQLException {
        int[] sentence = sentenceAround(article.text(), start, end);
        DateRange when = given;
        if (when == null) {
            for (Annotation a : annotations.forArticle(c, article.id())) {
                Mention m = a.mention();
                if (!m.rejected() && m.type() == EntityType.DATE && m.date() != null && m.start() >= sentence[0] && m.end() <= sentence[1]) {
                    when = m.date();
                    break;
                }
            }
        }
        if (when == null && article.meta().published() != null) when = DateRange.day(article.meta().published());
        if (when == null) throw new DateNeededException(article.text().substring(start, end));
        List<Long> who = new ArrayList<>();
        List<Long> where = new ArrayList<>();
        for (Annotation a : annotations.forArticle(c, article.id())) {
            Mention m = a.mention();
            if (m.rejected() || m.entityId() == null || m.start() < sentence[0] || m.end() > sentence[1]) continue;
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) who.add(m.entityId());
            else if (m.type() == EntityType.LOCATION) where.add(m.entityId());
        }
        long event = events.insert(c, EventKind.MEETING, when, who.stream().distinct().toList(), where.stream().distinct().toList(),
                new EventSource(article.id(), sentence[0], sentence[1], article.text().substring(sentence[0], sentence[1])));
        r.watchNew("event", "id = ?", event);
        r.watchNew("event_entity", "event_id = ?", event);
        r.watchNew("event_source", "event_id = ?", event);
        annotations.setEvent(c, mentionId, event);
    }

    /** The sentence (or line) around a span: from after the previous . ! ? or line break to the next one. */
    static int[] sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !isBreak(text, s - 1)) s--;
        int e = end;
        while (e < text.length() && text.charAt(e) != '\n' && !isBreak(text, e)) e++;
        if (e < text.length() && text.charAt(e) != '\n') e++; // keep the full stop
        while (s < start && Character.isWhitespace(text.charAt(s))) s++;
        while (e > end && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new int[] {s, e};
    }

    private static boolean isBreak(String text, int i) {
        char ch = text.charAt(i);
        return ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
    }

    private static BlockType blockType(List<Block> blocks, int offset) {
        for (Block b : blocks) if (b.start() <= offset && offset < b.end()) return b.type();
        return null;
    }

    private Article article(long id) {
        return articles.get(id).orElseThrow(() -> new StoreException("There is no article " + id
                + ". List articles with `parallax list`."));
    }

    private Annotation annotation(Connection c, long mentionId) throws SQLException {
        return annotations.get(c, mentionId).orElseThrow(() -> new StoreException("There is no mention " + mentionId
                + ". List an article's mentions with `parallax mentions ID`."));
    }

    // ---- editing mentions --------------------------------------------------------------------------------

    /** Changes a mention's type; it is unlinked from an entity of the old type and linked like a new mark. */
    public Annotation changeType(long mentionId, String type, DateRange date) {
        Label label = label(type);
        edit("Change type to " + label.name(), (c, r) -> {
            Annotation a = annotation(c, mentionId);
            Mention m = a.mention();
            Article article = article(m.articleId());
            r.watch("mention", "id = ?", mentionId);
            DateRange when = label.type() == EntityType.DATE ? dateFor(article, m.text(), date != null ? date : m.date()) : null;
            annotations.setType(c, mentionId, label.type(), label.custom(), when);
            if (m.entityId() != null && (!label.linksEntity() || label.type() != m.type())) {
                r.watch("entity_alias", "entity_id = ?", m.entityId());
                new org.parallax.store.MentionRepository(db).setEntity(c, mentionId, null);
            }
            if (label.linksEntity() && (m.entityId() == null || label.type() != m.type())) {
                linkIn(c, r, mentionId, m.text(), label.type(), null);
            }
            if (Annotation.EVENT.equals(label.custom()) && a.eventId() == null) {
                createEvent(c, r, article, mentionId, m.start(), m.end(), date);
            } else if (!Annotation.EVENT.equals(label.custom()) && a.eventId() != null) {
                annotations.setEvent(c, mentionId, null);
            }
            return null;
        });
        return annotations.get(mentionId).orElseThrow();
    }

    /** Deletes a mention. An automatic one comes back on the next NLP run: {@link #reject} it instead. */
    public void delete(long mentionId) {
        edit("Delete mention", (c, r) -> {
            Annotation a = annotation(c, mentionId);
            r.watch("mention", "id = ?", mentionId);
            // an NLP run may drop the entity once unused: undo brings it back with the mention
            if (a.mention().entityId() != null) r.watchEntityRow(a.mention().entityId());
            annotations.delete(c, mentionId);
            return a;
        });
    }

    /** Rejects an automatic mention: it is hidden, and no NLP re-run brings its span and type back. */
    public void reject(long mentionId) {
        edit("Reject mention", (c, r) -> {
            Annotation a = annotation(c, mentionId);
            if (a.mention().origin() == MentionOrigin.MANUAL) {
                throw new IllegalArgumentException("Mention " + mentionId + " was marked by hand: delete it instead of rejecting it.");
            }
            r.watch("mention", "id = ?", mentionId);
            if (a.mention().entityId() != null) r.watchEntityRow(a.mention().entityId());
            annotations.setRejected(c, mentionId, true);
            return null;
        });
    }

    // ---- entities ----------------------------------------------------------------------------------------

    /** Links a mention to an existing entity of its type (its text becomes an alias). */
    public void link(long mentionId, long entityId) {
        edit("Link mention", (c, r) -> {
            Annotation a = annotation(c, mentionId);
            linkIn(c, r, mentionId, a.mention().text(), a.mention().type(), entityId);
            return null;
        });
    }

    /** Links a mention to a new entity named {@code name} (the user's choice, so locked) and returns its id. */
    public long linkToNew(long mentionId, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an entity needs a name");
        return edit("Link to new entity " + name, (c, r) -> {
            Annotation a = annotation(c, mentionId);
            if (a.mention().type() == EntityType.DATE || !a.builtIn()) throw new IllegalArgumentException(a.label() + " marks do not link to entities.");
            r.watch("mention", "id = ?", mentionId);
            long created = entities.create(c, a.mention().type(), name.strip(), List.of(a.mention().text()));
            r.watchNewEntity(created);
            new org.parallax.store.MentionRepository(db).setEntity(c, mentionId, created);
            entities.rename(created, name.strip());
            return created;
        });
    }

    /** Merges {@code other} into {@code keep}; see {@link EntityRepository#merge}. */
    public void merge(long keep, long other) {
        edit("Merge entities", (c, r) -> {
            r.watchEntity(keep).watchEntity(other);
            entities.merge(keep, other);
            return null;
        });
    }

    /** Splits the given mentions off {@code entityId} into a new entity named {@code name}; returns its id. */
    public long split(long entityId, Collection<Long> mentionIds, String name) {
        return edit("Split entity", (c, r) -> {
            r.watchEntity(entityId);
            for (long m : mentionIds) r.watch("mention", "id = ?", m);
            long created = entities.split(entityId, mentionIds, name);
            r.watchNewEntity(created);
            r.watchNew("mention", "entity_id = ?", created);
            return created;
        });
    }

    /** Renames an entity; the pipeline keeps the name from now on, and the old name stays an alias. */
    public void rename(long entityId, String name) {
        edit("Rename entity", (c, r) -> {
            r.watch("entity", "id = ?", entityId).watch("entity_alias", "entity_id = ?", entityId);
            entities.rename(entityId, name);
            return null;
        });
    }

    public void addAlias(long entityId, String alias) {
        if (alias == null || alias.isBlank()) throw new IllegalArgumentException("an alias needs a text");
        edit("Add alias " + alias, (c, r) -> {
            r.watch("entity_alias", "entity_id = ?", entityId);
            entities.addAlias(entityId, alias);
            return null;
        });
    }

    // ---- notes -------------------------------------------------------------------------------------------

    /** A note on {@code [start, end)} of an article, keeping the quote and its context to re-anchor later. */
    public Note addPassageNote(long articleId, int start, int end, String markdown) {
        Article a = article(articleId);
        TextQuote q = TextQuote.of(a.text(), start, end);
        if (start == end) throw new IllegalArgumentException("Select the passage the note is about.");
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.PASSAGE, articleId, null, start, end, q.exact(), q.prefix(), q.suffix(),
                text(markdown), now, now, null, false));
    }

    public Note addArticleNote(long articleId, String markdown) {
        article(articleId);
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.ARTICLE, articleId, null, null, null, null, null, null, text(markdown), now, now, null, false));
    }

    public Note addEntityNote(long entityId, String markdown) {
        entities.get(entityId).orElseThrow(() -> new StoreException("There is no entity " + entityId
                + ". List entities with `parallax entities`."));
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.ENTITY, null, entityId, null, null, null, null, null, text(markdown), now, now, null, false));
    }

    private static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) throw new IllegalArgumentException("A note needs some text.");
        return markdown;
    }

    private Note addNote(Note n) {
        long id = edit("Add note", (c, r) -> {
            long created = notes.insert(c, n);
            r.watchNew("note", "id = ?", created);
            return created;
        });
        return notes.get(id).orElseThrow();
    }

    public Note editNote(long noteId, String markdown) {
        edit("Edit note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setText(c, noteId, text(markdown), clock.instant());
            return null;
        });
        return notes.get(noteId).orElseThrow();
    }

    /** Moves a note to the trash, from which {@link #restoreNote} brings it back until the trash is emptied. */
    public void trashNote(long noteId) {
        edit("Delete note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setDeleted(c, noteId, clock.instant());
            return null;
        });
    }

    public void restoreNote(long noteId) {
        edit("Restore note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setDeleted(c, noteId, null);
            return null;
        });
    }

    /** Deletes the notes in the trash (undoable within the session); returns how many. */
    public int emptyTrash() {
        return edit("Empty trash", (c, r) -> {
            r.watch("note", "deleted_at IS NOT NULL");
            return notes.emptyTrash(c);
        });
    }

    // ---- suggestions -------------------------------------------------------------------------------------

    /** Every suggestion in the library: see {@link #suggestions(Long)}. */
    public List<Suggestion> suggestions() {
        return suggestions(null);
    }

    /**
     * Places where a name the user marked by hand (not a date or event) occurs again, as a whole word, without any
     * mention over it, outside boilerplate, and not turned down before; for one article or (null) the whole library.
     * Computed from the library as it is, so articles imported later get suggestions too.
     */
    public List<Suggestion> suggestions(Long articleId) {
        Map<String, Annotation> learnt = new HashMap<>();
        for (Annotation a : annotations.manual()) {
            if (a.mention().type() == EntityType.DATE || Annotation.EVENT.equals(a.label())) continue;
            String t = a.mention().text().strip();
            if (t.length() < 2) continue;
            learnt.putIfAbsent(t + "\u0000" + a.label(), a);
        }
        if (learnt.isEmpty()) return List.of();
        Set<String> turnedDown = annotations.rejectedSuggestions();
        List<Long> ids = articleId != null ? List.of(articleId) : articles.list().stream().map(ArticleSummary::id).toList();
        List<Suggestion> out = new ArrayList<>();
        for (long id : ids) {
            Article article = articles.get(id).orElse(null);
            if (article == null) continue;
            List<Annotation> existing = annotations.forArticle(id);
            Set<String> taken = new HashSet<>();
            for (Annotation learn : learnt.values()) {
                String name = learn.mention().text().strip();
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(article.text());
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    BlockType bt = blockType(article.blocks(), s);
                    if (bt != null && bt.isBoilerplate()) continue;
                    if (overlaps(existing, s, e, learn)) continue;
                    String key = id + ":" + s + ":" + e + ":" + learn.label();
                    if (turnedDown.contains(key) || !taken.add(s + ":" + e)) continue;
                    out.add(new Suggestion(id, s, e, m.group(), learn.label(), learn.mention().entityId()));
                }
            }
        }
        out.sort((a, b) -> a.articleId() != b.articleId() ? Long.compare(a.articleId(), b.articleId()) : Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlaps(List<Annotation> existing, int s, int e, Annotation learn) {
        for (Annotation a : existing) {
            Mention m = a.mention();
            if (m.rejected()) {
                // the user rejected exactly this span as this type: do not suggest it again
                if (m.start() == s && m.end() == e && a.label().equals(learn.label())) return true;
                continue;
            }
            if (m.start() < e && s < m.end()) return true;
        }
        return false;
    }

    /** Accepts a suggestion: a manual mark of its span, linked to the entity the learnt mark has. */
    public Annotation accept(Suggestion s) {
        return mark(s.articleId(), s.start(), s.end(), s.label(), null, entityStillThere(s.entityId()));
    }

    private Long entityStillThere(Long id) {
        return id != null && entities.get(id).isPresent() ? id : null;
    }

    /** Accepts all the given suggestions as one edit; returns how many were marked. */
    public int acceptAll(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) return 0;
        return edit("Accept " + suggestions.size() + " suggestions", (c, r) -> {
            int n = 0;
            Map<Long, Article> cache = new HashMap<>();
            for (Suggestion s : suggestions) {
                Article a = cache.computeIfAbsent(s.articleId(), this::article);
                markIn(c, r, a, s.start(), s.end(), label(s.label()), null, entityStillThere(s.entityId()));
                n++;
            }
            return n;
        });
    }

    /** Turns a suggestion down for good. */
    public void reject(Suggestion s) {
        rejectAll(List.of(s));
    }

    public void rejectAll(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) return;
        edit("Reject " + suggestions.size() + " suggestions", (c, r) -> {
            for (Suggestion s : suggestions) {
                r.watchNew("suggestion_rejected", "article_id = ? AND start_off = ? AND end_off = ? AND label = ?",
                        s.articleId(), s.start(), s.end(), s.label());
                annotations.rejectSuggestion(c, s.articleId(), s.start(), s.end(), s.label());
            }
            return null;
        });
    }

    // ---- re-anchoring ------------------------------------------------------------------------------------

    /**
     * Moves the passage and article notes of {@code oldArticleId} to {@code newArticleId}, a corrected re-import of
     * it. Each passage note is found again by its quote (exact, then between its prefix and suffix, then approximately);
     * one that cannot be found is marked orphaned in the new article, never dropped. Manual mentions whose exact text
     * is found again move too. One edit, undoable.
     */
    public ReanchorReport reanchor(long oldArticleId, long newArticleId) {
        Article fresh = article(newArticleId);
        article(oldArticleId);
        String text = fresh.text();
        return edit("Re-anchor notes", (c, r) -> {
            int anchored = 0;
            int orphaned = 0;
            int moved = 0;
            for (Note n : notes.forArticle(c, oldArticleId)) {
                r.watch("note", "id = ?", n.id());
                if (n.target() != NoteTarget.PASSAGE) {
                    notes.anchor(c, n.id(), newArticleId, null, null, null, null, null, false);
                    continue;
                }
                int[] at = new TextQuote(n.quote(), n.prefix(), n.suffix(), n.start(), n.end()).locate(text);
                if (at == null) {
                    notes.anchor(c, n.id(), newArticleId, n.start(), n.end(), n.quote(), n.prefix(), n.suffix(), true);
                    orphaned++;
                } else {
                    TextQuote q = TextQuote.of(text, at[0], at[1]);
                    notes.anchor(c, n.id(), newArticleId, at[0], at[1], q.exact(), q.prefix(), q.suffix(), false);
                    anchored++;
                }
            }
            String oldText = article(oldArticleId).text();
            for (Annotation a : annotations.forArticle(c, oldArticleId)) {
                Mention m = a.mention();
                if (m.origin() != MentionOrigin.MANUAL || m.rejected()) continue;
                TextQuote q = TextQuote.of(oldText, m.start(), m.end());
                int[] at = q.locate(text);
                if (at == null || !text.substring(at[0], at[1]).equals(m.text())) continue;
                Label label = new Label(m.type(), a.builtIn() ? null : a.label());
                Mention copy = new Mention(0, newArticleId, at[0], at[1], m.text(), m.type(), m.date(), m.entityId(),
                        blockType(fresh.blocks(), at[0]), MentionOrigin.MANUAL, false);
                long id = annotations.insert(c, copy, label.custom(), a.eventId());
                r.watchNew("mention", "id = ?", id);
                moved++;
            }
            return new ReanchorReport(anchored, orphaned, moved);
        });
    }
}
