package org.parallax.ui.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.annotation.Annotations;
import org.parallax.annotation.ArticleGoneException;
import org.parallax.annotation.Marks;
import org.parallax.annotation.DateNeededException;
import org.parallax.app.ManualDates;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventText;
import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.Progress;
import org.parallax.model.Suggestion;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * The annotation layer's state for the open article: its annotations (filtered to manual, automatic or both), the
 * entities they link to, its notes and the trash, and commands for every edit, undo and redo. Each command runs on
 * the task runner and reloads the state when it is done; it never touches a Node.
 */
public final class AnnotateViewModel {
    /** Which annotations are shown. */
    public enum Filter { BOTH, MANUAL, AUTO }

    /** An entity of the open article with how many of its mentions are shown there. */
    public record EntityRow(Entity entity, int mentions) {
        @Override
        public String toString() {
            return entity.name() + "  (" + entity.type().name().toLowerCase(Locale.ROOT) + ", " + mentions + ")";
        }
    }

    private final Annotations service;
    private final TaskRunner runner;
    private final ObservableList<Annotation> all = FXCollections.observableArrayList();
    private final ObservableList<Annotation> visible = FXCollections.observableArrayList();
    private final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<Note> trash = FXCollections.observableArrayList();
    private final ObservableList<AnnotationType> types = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Entity> allEntities = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper noteRequests = new ReadOnlyIntegerWrapper(this, "noteRequests");
    private int[] noteRange = {0, 0};
    private int[] pendingDate;
    private String pendingType;
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.BOTH);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper dateNeeded = new ReadOnlyStringWrapper(this, "dateNeeded", "");
    private long articleId = -1;
    private final NotesListModel notesList;
    private final NoteConflicts conflicts;
    private CalendarService calendar;
    private LongConsumer onArticleGone = id -> { };

    public AnnotateViewModel(Annotations service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        this.notesList = new NotesListModel(service, runner);
        this.conflicts = new NoteConflicts(service, this::edit);
        filter.addListener((o, was, now) -> applyFilter());
    }

    /** Every note of the library, grouped by article; read again with the rest after each edit. */
    public NotesListModel notesList() {
        return notesList;
    }

    /** A note save refused because someone else saved it first, and the ways out ({@link NoteConflicts}). */
    public NoteConflicts noteConflicts() {
        return conflicts;
    }

    /** Told the id when an edit found its article deleted (by another process): the reader then says so. */
    public void setOnArticleGone(LongConsumer listener) {
        this.onArticleGone = listener;
    }

    /** Gives the panel the calendar, so a DATE annotation can be turned into an event ({@link #makeEvent}). */
    public void setCalendar(CalendarService calendarService) {
        this.calendar = calendarService;
    }

    /** Whether "Make event…" applies: a calendar is attached and {@code a} is a DATE mark with a resolved date. */
    public boolean canMakeEvent(Annotation a) {
        return calendar != null && a != null && a.mention().type() == EntityType.DATE && a.mention().date() != null;
    }

    /**
     * Makes a manual event of {@code kind} from a DATE mark, its sentence as the source, in the background; the
     * message says what was added or why not.
     */
    public void makeEvent(Annotation a, EventKind kind) {
        if (calendar == null || a == null) return;
        CalendarService cs = calendar;
        long mentionId = a.mention().id();
        runner.run("Making an event", p -> cs.fromDateMention(mentionId, kind, List.of(), List.of(), null),
                (Event e) -> message.set("Event added to the calendar: " + EventText.summary(e) + " · " + e.when() + "."),
                e -> message.set("The event could not be made: " + TaskRunner.reason(e)));
    }

    /** Shows the annotations of article {@code id} (or nothing for -1). */
    public void open(long id) {
        articleId = id;
        reload();
    }

    public long articleId() {
        return articleId;
    }

    private record State(long article, List<Annotation> annotations, List<EntityRow> entities, List<Note> notes,
                         List<Note> trash, List<AnnotationType> types, List<Suggestion> suggestions, List<Entity> all) {
    }

    /** Reloads everything shown from the library, in the background. */
    public void reload() {
        long id = articleId;
        notesList.reload();
        runner.run("Loading annotations", p -> load(id), (State s) -> {
            if (s.article() != articleId) return;
            all.setAll(s.annotations());
            entities.setAll(s.entities());
            notes.setAll(s.notes());
            trash.setAll(s.trash());
            types.setAll(s.types());
            suggestions.setAll(s.suggestions());
            allEntities.setAll(s.all());
            applyFilter();
        }, e -> message.set(TaskRunner.reason(e)));
    }

    private State load(long id) {
        if (id < 0) {
            return new State(id, List.of(), List.of(), List.of(), service.notes().repository().trash(), service.annotations().types(), List.of(),
                    service.entities().list());
        }
        List<Annotation> anns = service.annotations().accepted(id);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Annotation a : anns) if (a.mention().entityId() != null) counts.merge(a.mention().entityId(), 1, Integer::sum);
        List<EntityRow> rows = new ArrayList<>();
        List<Entity> all = service.entities().list();
        for (Entity e : all) if (counts.containsKey(e.id())) rows.add(new EntityRow(e, counts.get(e.id())));
        return new State(id, anns, rows, service.notes().repository().forArticle(id), service.notes().repository().trash(),
                service.annotations().types(), service.suggestions().suggestions(id), all);
    }

    private void applyFilter() {
        Filter f = filter.get();
        visible.setAll(all.stream().filter(a -> f == Filter.BOTH
                || (f == Filter.MANUAL) == (a.mention().origin() == MentionOrigin.MANUAL)).toList());
    }

    private <T> void edit(String title, TaskRunner.Work<T> work) {
        // queued now, on this thread, so edits and undo run in the order the user made them; the runner only waits
        Annotations.Pending<T> queued = service.submit(() -> work.call(Progress.NONE));
        runner.run(title, p -> queued.await(), r -> {
            message.set("");
            reload();
        }, e -> {
            conflicts.told(e);
            if (e instanceof DateNeededException) dateNeeded.set(e.getMessage());
            message.set(e instanceof ArticleGoneException ? ReaderViewModel.DELETED + "; nothing was changed." : TaskRunner.reason(e));
            if (e instanceof ArticleGoneException gone) onArticleGone.accept(gone.articleId());
            reload();
        });
    }

    /**
     * The type a key marks: P, O, L, D, E, M or a user-defined type's shortcut (any case); empty for other keys.
     */
    public Optional<String> typeForKey(String key) {
        if (key == null || key.length() != 1) return Optional.empty();
        String k = key.toUpperCase(Locale.ROOT);
        if (ReaderKeys.markType(k).isPresent()) return ReaderKeys.markType(k);
        for (AnnotationType t : types) if (t.shortcut() != null && t.shortcut().equalsIgnoreCase(k)) return Optional.of(t.name());
        return Optional.empty();
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Marks {@code [start, end)} (article offsets) of the open article as {@code type}. */
    public void mark(int start, int end, String type) {
        if (articleId < 0 || end <= start) {
            message.set("Select some text first.");
            return;
        }
        long id = articleId;
        dateNeeded.set("");
        pendingDate = new int[] {start, end};
        pendingType = type;
        edit("Marking", p -> service.marks().mark(id, start, end, type));
    }

    /** Repeats the last D or E mark that needed a date, with the date the user gave (2023-03-06, 2023-03-06..2023-03-07). */
    public void markWithDate(String date) {
        if (pendingDate == null || articleId < 0) return;
        long id = articleId;
        int[] range = pendingDate;
        String type = pendingType;
        DateRange d;
        try {
            d = ManualDates.parseIso(date);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        dateNeeded.set("");
        edit("Marking", p -> service.marks().mark(id, range[0], range[1], type, d, null));
    }

    /** Defines a type of the user's own: name, #rrggbb colour and a one-letter shortcut (may be empty). */
    public void defineType(String name, String colour, String shortcut) {
        edit("Defining type", p -> service.marks().defineType(name, colour, shortcut));
    }

    public void acceptSuggestion(Suggestion s) {
        edit("Accepting suggestion", p -> service.suggestions().accept(s));
    }

    public void rejectSuggestion(Suggestion s) {
        edit("Rejecting suggestion", p -> {
            service.suggestions().reject(s);
            return null;
        });
    }

    public void acceptAllSuggestions() {
        List<Suggestion> all = List.copyOf(suggestions);
        edit("Accepting suggestions", p -> service.suggestions().acceptAll(all));
    }

    public void rejectAllSuggestions() {
        List<Suggestion> all = List.copyOf(suggestions);
        edit("Rejecting suggestions", p -> {
            service.suggestions().rejectAll(all);
            return null;
        });
    }

    public void addNote(int start, int end, String text) {
        if (articleId < 0) return;
        long id = articleId;
        edit("Adding note", p -> end > start ? service.notes().addPassageNote(id, start, end, text) : service.notes().addArticleNote(id, text));
    }

    /** Replaces a note's Markdown (undoable like every edit); a blank text changes nothing. */
    public void editNote(long noteId, String text) {
        if (text != null && !text.isBlank()) edit("Editing note", p -> service.notes().editNote(noteId, text));
    }

    /** As {@link #editNote(long, String)}, refused when someone saved the note after {@code readVersion}: see {@link #noteConflicts()}. */
    public void editNote(long noteId, int readVersion, String text) {
        if (text != null && !text.isBlank()) conflicts.save(noteId, readVersion, text);
    }

    public void trashNote(long noteId) {
        edit("Deleting note", p -> {
            service.notes().trashNote(noteId);
            return null;
        });
    }

    public void restoreNote(long noteId) {
        edit("Restoring note", p -> {
            service.notes().restoreNote(noteId);
            return null;
        });
    }

    public void emptyTrash() {
        edit("Emptying trash", p -> service.notes().emptyTrash());
    }

    public void reject(long mentionId) {
        edit("Rejecting", p -> {
            service.marks().reject(mentionId);
            return null;
        });
    }

    public void delete(long mentionId) {
        edit("Deleting", p -> {
            service.marks().delete(mentionId);
            return null;
        });
    }

    public void link(long mentionId, long entityId) {
        edit("Linking", p -> {
            service.marks().link(mentionId, entityId);
            return null;
        });
    }

    /** Merges {@code other} into {@code keep} as shown: a merge or rename someone made since is told, and the panel reloads. */
    public void merge(long keep, long other) {
        Optional<Entity> k = known(keep);
        Optional<Entity> o = known(other);
        edit("Merging", p -> {
            if (k.isPresent() && o.isPresent()) service.marks().merge(keep, k.get().version(), other, o.get().version());
            else service.marks().merge(keep, other);
            return null;
        });
    }

    public void split(long entityId, Collection<Long> mentionIds, String name) {
        edit("Splitting", p -> service.marks().split(entityId, mentionIds, name));
    }

    /** Renames an entity as shown: someone else's change since is told, and the panel reloads. */
    public void rename(long entityId, String name) {
        Optional<Entity> e = known(entityId);
        edit("Renaming", p -> {
            if (e.isPresent()) service.marks().rename(entityId, e.get().version(), name);
            else service.marks().rename(entityId, name);
            return null;
        });
    }

    public void addAlias(long entityId, String alias) {
        edit("Adding alias", p -> {
            service.marks().addAlias(entityId, alias);
            return null;
        });
    }

    /** Removes the mark {@code a}: a found (automatic) mark is rejected, so a re-run never brings it back; a hand mark is deleted. */
    public void removeMark(Annotation a) {
        edit(a.mention().origin() == MentionOrigin.AUTO ? "Rejecting" : "Deleting", p -> service.marks().remove(a.id()));
    }

    /** Merges into {@code keep} the entity named {@code name} (exactly, else ignoring case); says so when none is. */
    public void mergeNamed(long keep, String name) {
        Optional<Entity> other = entityNamed(name);
        if (other.isEmpty()) {
            message.set("There is no entity named \u201c" + name.strip() + "\u201d.");
            return;
        }
        if (other.get().id() == keep) {
            message.set("An entity cannot be merged into itself.");
            return;
        }
        merge(keep, other.get().id());
    }

    private Optional<Entity> known(long id) {
        return allEntities.stream().filter(e -> e.id() == id).findFirst();
    }

    /** The library's entity of that name: an exact match first, then one ignoring case. */
    public Optional<Entity> entityNamed(String name) {
        String n = name == null ? "" : name.strip();
        return allEntities.stream().filter(e -> e.name().equals(n)).findFirst()
                .or(() -> allEntities.stream().filter(e -> e.name().equalsIgnoreCase(n)).findFirst());
    }

    /**
     * Defines a type from one line, "Weapon #aa3300 w": the name, then optionally a #rrggbb colour and a one-letter
     * key (the key only after at least two words).
     */
    public void defineTypeFromLine(String line) {
        String[] f = line.strip().split("\\s+");
        String key = f.length > 2 && f[f.length - 1].length() == 1 ? f[f.length - 1] : null;
        int end = f.length - (key == null ? 0 : 1);
        String colour = end > 1 && f[end - 1].startsWith("#") ? f[--end] : null;
        defineType(String.join(" ", Arrays.asList(f).subList(0, end)), colour, key);
    }

    /**
     * The first shown annotation overlapping the article range {@code [start, end)}; an empty range (a caret) counts
     * as the character after it.
     */
    public Optional<Annotation> annotationAt(int start, int end) {
        return Marks.at(visible, start, end);
    }

    /** The ids of the shown annotations of {@code entityId} overlapping the article range {@code [start, end)}. */
    public List<Long> mentionsIn(long entityId, int start, int end) {
        return Marks.linkedWithin(visible, entityId, start, end);
    }

    /** The mentions of {@code entityId} in {@code [start, end)} to split off; if none, the message says to select them. */
    public List<Long> splitCandidates(long entityId, int start, int end) {
        List<Long> ids = mentionsIn(entityId, start, end);
        if (ids.isEmpty()) message.set("Select the mentions to split off in the text first.");
        return ids;
    }

    /** Starts a note on {@code [start, end)} (article offsets): the note field should take the focus. */
    public void startNote(int start, int end) {
        noteRange = new int[] {start, end};
        noteRequests.set(noteRequests.get() + 1);
    }

    /**
     * Adds a note with {@code text} on the selection {@code [start, end)} if it is not empty, else on the range
     * given to {@link #startNote}, else on the whole article; a blank text adds nothing. True when one is added.
     */
    public boolean addNoteOnSelection(int start, int end, String text) {
        if (text == null || text.isBlank()) return false;
        int[] range = end > start ? new int[] {start, end} : noteRange;
        noteRange = new int[] {0, 0};
        addNote(range[0], range[1], text);
        return true;
    }

    public void undo() {
        edit("Undoing", p -> service.history().undo());
    }

    public void redo() {
        edit("Redoing", p -> service.history().redo());
    }

    // ---- state -------------------------------------------------------------------------------------------

    /** The annotations shown under the current filter, in text order. */
    public ObservableList<Annotation> annotations() {
        return visible;
    }

    public ObservableList<EntityRow> entities() {
        return entities;
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public ObservableList<Note> trash() {
        return trash;
    }

    public ObservableList<AnnotationType> types() {
        return types;
    }

    /** Places in the open article where a name marked by hand elsewhere occurs unmarked. */
    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** Every entity of the library, for naming one (merging). */
    public ObservableList<Entity> allEntities() {
        return allEntities;
    }

    /** Goes up each time a note is started ({@link #startNote}): the note field takes the focus. */
    public ReadOnlyIntegerProperty noteRequestsProperty() {
        return noteRequests.getReadOnlyProperty();
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The last failure, for the status line; empty after a successful edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Set when a D or E mark needs the user to give a date. */
    public ReadOnlyStringProperty dateNeededProperty() {
        return dateNeeded.getReadOnlyProperty();
    }
}
