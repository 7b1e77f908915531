package org.parallax.export;

import java.util.ArrayList;
import java.util.List;

import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.store.NoteRepository;

/**
 * The user's notes as the report reads them, from the library's note table (notes in the trash are left out).
 * A passage note that lost its place when its article was re-imported (orphaned) is reported with the article's
 * notes, its quote kept as a block quote, since its offsets no longer point at the words.
 */
public final class StoreNoteSource implements NoteSource {
    private final NoteRepository notes;

    public StoreNoteSource(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public List<ArticleNote> notesOnArticle(long articleId) {
        List<ArticleNote> out = new ArrayList<>();
        for (Note n : notes.forArticle(articleId)) {
            if (n.inTrash()) continue;
            if (n.target() == NoteTarget.PASSAGE && !n.orphaned() && n.quote() != null) {
                out.add(new ArticleNote(n.start(), n.end(), n.quote(), n.text()));
            } else if (n.target() == NoteTarget.PASSAGE) {
                String quote = n.quote() == null || n.quote().isBlank() ? "" : "> " + n.quote().strip().replace("\n", "\n> ") + "\n\n";
                out.add(new ArticleNote(-1, -1, null, quote + n.text()));
            } else if (n.target() == NoteTarget.ARTICLE) {
                out.add(new ArticleNote(-1, -1, null, n.text()));
            }
        }
        return out;
    }

    @Override
    public List<String> notesOnEntity(long entityId) {
        return notes.forEntity(entityId).stream().filter(n -> !n.inTrash()).map(Note::text).toList();
    }
}
