package org.parallax.export;

import java.util.List;

/**
 * Where a report reads the user's notes from. The annotation store implements it; {@link #NONE} is for a library
 * without notes. Passage notes carry the article offsets and quote of the passage; text is Markdown.
 */
public interface NoteSource {
    /** A note on a passage ({@code start < end}, {@code quote} set) or on the whole article ({@code quote} null). */
    record ArticleNote(int start, int end, String quote, String text) {
        public boolean onPassage() {
            return quote != null && end > start;
        }
    }

    /** The article's notes, in text order for passages. */
    List<ArticleNote> notesOnArticle(long articleId);

    /** The notes written about an entity (Markdown texts). */
    List<String> notesOnEntity(long entityId);

    NoteSource NONE = new NoteSource() {
        @Override
        public List<ArticleNote> notesOnArticle(long articleId) {
            return List.of();
        }

        @Override
        public List<String> notesOnEntity(long entityId) {
            return List.of();
        }
    };
}
