package org.parallax.model;

import java.time.Instant;

/**
 * A Markdown note on a passage, an article or an entity. A passage note keeps its {@code [start, end)} offsets, the
 * quoted text and some context before and after it (like a W3C TextQuoteSelector), so it can re-anchor when its
 * article is re-imported; one that could not is {@code orphaned}, never dropped. {@code deletedAt} non-null: in the trash.
 */
public record Note(long id, NoteTarget target, Long articleId, Long entityId, Integer start, Integer end, String quote,
                   String prefix, String suffix, String text, Instant createdAt, Instant updatedAt, Instant deletedAt,
                   boolean orphaned) {
    public Note {
        if (target == null) throw new IllegalArgumentException("a note needs a target");
        if (text == null) throw new IllegalArgumentException("a note needs a text");
        if (target == NoteTarget.PASSAGE && (start == null || end == null || end < start || start < 0)) {
            throw new IllegalArgumentException("a passage note needs a range, not [" + start + ", " + end + ")");
        }
    }

    public boolean inTrash() {
        return deletedAt != null;
    }
}
