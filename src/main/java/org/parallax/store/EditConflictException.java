package org.parallax.store;

import java.time.Instant;

/**
 * A save refused because someone else changed the same note or entity after it was read (its version moved), or an
 * undo refused because someone else changed its rows since. Carries the other person's current state, so the caller
 * can show both and let the user merge, keep both or choose one; nothing was written.
 */
public final class EditConflictException extends StoreException {
    /** What was edited: a note or an entity. */
    public enum Kind { NOTE, ENTITY }

    private final Kind kind;
    private final long id;
    private final String theirs;
    private final String author;
    private final Instant at;
    private final int version;

    /**
     * @param theirs the note's text or the entity's name as the other person saved it (null when they deleted it)
     * @param author who saved it (null when the library does not know)
     * @param version the version now stored, which a save over it must name
     */
    public EditConflictException(String message, Kind kind, long id, String theirs, String author, Instant at, int version) {
        super(message);
        this.kind = kind;
        this.id = id;
        this.theirs = theirs;
        this.author = author;
        this.at = at;
        this.version = version;
    }

    /** The usual message: "Note 5 was changed by alice at 2026-03-01T10:00:00Z after you opened it; nothing was saved." */
    public static EditConflictException saved(Kind kind, long id, String theirs, String author, Instant at, int version) {
        String what = (kind == Kind.NOTE ? "Note " : "Entity ") + id;
        String message = theirs == null
                ? what + " was deleted by " + who(author) + " after you opened it; nothing was saved."
                : what + " was changed by " + who(author) + (at == null ? "" : " at " + at) + " after you opened it; nothing was saved.";
        return new EditConflictException(message, kind, id, theirs, author, at, version);
    }

    /** The author as said in a message: "someone else" when unknown. */
    public static String who(String author) {
        return author == null || author.isBlank() ? "someone else" : author;
    }

    public Kind kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    /** The text (note) or name (entity) the other person saved; null when they deleted it. */
    public String theirs() {
        return theirs;
    }

    public String author() {
        return author;
    }

    public Instant at() {
        return at;
    }

    public int version() {
        return version;
    }
}
