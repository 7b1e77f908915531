package org.parallax.ui.annotate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.parallax.annotation.Annotations;
import org.parallax.store.EditConflictException;
import org.parallax.ui.common.TaskRunner;

/**
 * A note save that someone else's newer save refused, and the ways out of it: merge (the editor gets both texts,
 * marked), keep both (yours becomes a new note on the same passage), use theirs, or overwrite (yours saved over
 * theirs, knowingly). {@link #currentProperty()} holds the conflict the window should ask about; the choices are run
 * as edits through the annotation view model, so they queue in the user's order. Never touches a Node.
 */
public final class NoteConflicts {
    /** What the user chose in the conflict dialog. */
    public enum Choice { MERGE, KEEP_BOTH, USE_THEIRS, OVERWRITE }

    /** The other person's save ({@code theirs} null: they deleted the note) and the text this user tried to save. */
    public record Conflict(long noteId, String author, Instant at, String theirs, String mine, int version) {
        /** "alice changed this note at 23 Nov 2026 12:05", or "... deleted this note ...". */
        public String headline() {
            return EditConflictException.who(author) + (theirs == null ? " deleted" : " changed") + " this note"
                    + (at == null ? "" : " at " + time(at));
        }
    }

    /** Runs an edit on the annotation view model's queue (it reloads and reports failures). */
    interface Editor {
        void edit(String title, TaskRunner.Work<?> work);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Annotations service;
    private final Editor editor;
    private final ReadOnlyObjectWrapper<Conflict> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Map<Long, String> saving = new HashMap<>();

    NoteConflicts(Annotations service, Editor editor) {
        this.service = service;
        this.editor = editor;
    }

    /** Saves {@code text} over note {@code noteId} as read at {@code readVersion}; a refusal becomes {@link #currentProperty()}. */
    void save(long noteId, int readVersion, String text) {
        saving.put(noteId, text);
        editor.edit("Saving note", p -> service.notes().editNote(noteId, text, readVersion));
    }

    /** Takes a failed edit: a note conflict of a save made here becomes the current conflict (true); anything else false. */
    boolean told(Throwable error) {
        if (!(error instanceof EditConflictException e) || e.kind() != EditConflictException.Kind.NOTE) return false;
        String mine = saving.remove(e.id());
        if (mine == null) return false;
        current.set(new Conflict(e.id(), e.author(), e.at(), e.theirs(), mine, e.version()));
        return true;
    }

    /** The conflict the window should ask about, or null. */
    public ReadOnlyObjectProperty<Conflict> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * Does what the user chose for the current conflict. MERGE only ends the question: the window puts
     * {@link #merged} in the note editor, whose save then names {@link Conflict#version()}.
     */
    public void resolve(Choice choice) {
        Conflict c = current.get();
        if (c == null) return;
        current.set(null);
        switch (choice) {
            case KEEP_BOTH -> editor.edit("Keeping both notes", p -> service.notes().addBeside(c.noteId(), c.mine()));
            case OVERWRITE -> save(c.noteId(), c.version(), c.mine());
            case USE_THEIRS, MERGE -> { }
            default -> throw new IllegalArgumentException(String.valueOf(choice));
        }
    }

    /** Both texts for the merge editor, each under a line saying whose it is. */
    public static String merged(Conflict c) {
        return "<<<<<<< " + EditConflictException.who(c.author()) + "'s text\n" + (c.theirs() == null ? "" : c.theirs().strip()) + "\n"
                + "======= your text\n" + c.mine().strip() + "\n>>>>>>> end of both texts: keep what you want, delete these marker lines\n";
    }

    /** "by alice, 23 Nov 2026 12:05" (local time); empty when the author is unknown (a note older than authors). */
    public static String byline(String author, Instant at) {
        if (author == null || author.isBlank()) return "";
        return "by " + author + (at == null ? "" : ", " + time(at));
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }
}
