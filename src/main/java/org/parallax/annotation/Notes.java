package org.parallax.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.model.TextQuote;
import org.parallax.store.EditConflictException;
import org.parallax.store.NoteRepository;
import org.parallax.store.StoreException;

/**
 * Notes and re-anchoring: notes on a passage, an article or an entity, a trash they can come back from, and moving
 * notes and hand-made marks to a corrected re-import of an article. Each edit is one transaction with its undo entry
 * in {@link History}. Blocking: run it off the UI thread.
 */
public final class Notes {
    /** What {@link #reanchor} did: notes and manual mentions found again in the new text, and notes orphaned. */
    public record ReanchorReport(int notesAnchored, int notesOrphaned, int mentionsMoved) {
    }

    private final MarkWriter w;
    private final History history;
    private final NoteRepository notes;
    private final Clock clock;

    Notes(MarkWriter writer, History history, Clock clock) {
        this.w = writer;
        this.history = history;
        this.notes = new NoteRepository(writer.db);
        this.clock = clock;
    }

    public NoteRepository repository() {
        return notes;
    }

    /** A note with the title of the article it is on (null for an entity note), for a list grouped by article. */
    public record Titled(Note note, String articleTitle) {
    }

    /** Every note not in the trash with its article's title, by article, offset and creation. Read only. */
    public List<Titled> listWithTitles() {
        List<Note> all = notes.list();
        Map<Long, String> titles = w.db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (var st = c.prepareStatement("SELECT id, title FROM article WHERE id IN (SELECT article_id FROM note WHERE deleted_at IS NULL)");
                 var rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
            return out;
        });
        return all.stream().map(n -> new Titled(n, n.articleId() == null ? null : titles.get(n.articleId()))).toList();
    }

    /** A note on {@code [start, end)} of an article, keeping the quote and its context to re-anchor later. */
    public Note addPassageNote(long articleId, int start, int end, String markdown) {
        Article a = w.article(articleId);
        TextQuote q = TextQuote.of(a.text(), start, end);
        if (start == end) throw new IllegalArgumentException("Select the passage the note is about.");
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.PASSAGE, articleId, null, start, end, q.exact(), q.prefix(), q.suffix(),
                text(markdown), now, now, null, false));
    }

    public Note addArticleNote(long articleId, String markdown) {
        w.article(articleId);
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.ARTICLE, articleId, null, null, null, null, null, null, text(markdown), now, now, null, false));
    }

    public Note addEntityNote(long entityId, String markdown) {
        w.entities.get(entityId).orElseThrow(() -> new StoreException("There is no entity " + entityId
                + ". List entities with `parallax entities`."));
        Instant now = clock.instant();
        return addNote(new Note(0, NoteTarget.ENTITY, null, entityId, null, null, null, null, null, text(markdown), now, now, null, false));
    }

    private static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) throw new IllegalArgumentException("A note needs some text.");
        return markdown;
    }

    private Note addNote(Note n) {
        return history.edit("Add note", (c, r) -> {
            if (n.articleId() != null) MarkWriter.requireArticle(c, n.articleId());
            long created = notes.insert(c, n);
            r.watchNew("note", "id = ?", created);
            return notes.get(c, created).orElseThrow();
        });
    }

    /** Replaces a note's text whatever was saved since it was read (the command line's edit without a version). */
    public Note editNote(long noteId, String markdown) {
        return history.edit("Edit note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setText(c, noteId, text(markdown), clock.instant());
            return notes.get(c, noteId).orElseThrow(() -> new StoreException("There is no note " + noteId + "."));
        });
    }

    /**
     * Replaces a note's text, provided nobody saved it since it was read at {@code readVersion} ({@link Note#version()}).
     *
     * @throws EditConflictException when someone did: nothing is saved, and it carries their text, name and time
     */
    public Note editNote(long noteId, String markdown, int readVersion) {
        return history.edit("Edit note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setText(c, noteId, text(markdown), clock.instant(), readVersion);
            return notes.get(c, noteId).orElseThrow(() -> new StoreException("There is no note " + noteId + "."));
        });
    }

    /**
     * "Keep both" after a conflict: a new note with {@code markdown} on the same passage, article or entity as note
     * {@code noteId}, which keeps the other person's text.
     */
    public Note addBeside(long noteId, String markdown) {
        Note n = notes.get(noteId).orElseThrow(() -> new StoreException("There is no note " + noteId + ". List notes with `parallax notes`."));
        Instant now = clock.instant();
        return addNote(new Note(0, n.target(), n.articleId(), n.entityId(), n.start(), n.end(), n.quote(), n.prefix(), n.suffix(),
                text(markdown), now, now, null, n.orphaned()));
    }

    /** Moves a note to the trash, from which {@link #restoreNote} brings it back until the trash is emptied. */
    public void trashNote(long noteId) {
        history.edit("Delete note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setDeleted(c, noteId, clock.instant());
            return null;
        });
    }

    public void restoreNote(long noteId) {
        history.edit("Restore note", (c, r) -> {
            r.watch("note", "id = ?", noteId);
            notes.setDeleted(c, noteId, null);
            return null;
        });
    }

    /** Deletes the notes in the trash (undoable within the session); returns how many. */
    public int emptyTrash() {
        return history.edit("Empty trash", (c, r) -> {
            r.watch("note", "deleted_at IS NOT NULL");
            return notes.emptyTrash(c);
        });
    }

    /**
     * Moves the passage and article notes of {@code oldArticleId} to {@code newArticleId}, a corrected re-import of
     * it. Each passage note is found again by its quote (exact, then between its prefix and suffix, then approximately);
     * one that cannot be found is marked orphaned in the new article, never dropped. Manual mentions whose exact text
     * is found again move too. One edit, undoable.
     */
    public ReanchorReport reanchor(long oldArticleId, long newArticleId) {
        Article fresh = w.article(newArticleId);
        String oldText = w.article(oldArticleId).text();
        String text = fresh.text();
        return history.edit("Re-anchor notes", (c, r) -> {
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
            for (Annotation a : w.annotations.accepted(c, oldArticleId)) {
                Mention m = a.mention();
                if (m.origin() != MentionOrigin.MANUAL) continue;
                TextQuote q = TextQuote.of(oldText, m.start(), m.end());
                int[] at = q.locate(text);
                if (at == null || !text.substring(at[0], at[1]).equals(m.text())) continue;
                Mention copy = new Mention(0, newArticleId, at[0], at[1], m.text(), m.type(), m.date(), m.entityId(),
                        MarkWriter.blockType(fresh, at[0]), MentionOrigin.MANUAL, false);
                long id = w.annotations.insert(c, copy, a.builtIn() ? null : a.label(), a.eventId());
                r.watchNew("mention", "id = ?", id);
                moved++;
            }
            return new ReanchorReport(anchored, orphaned, moved);
        });
    }
}
