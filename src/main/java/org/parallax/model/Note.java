package org.parallax.model;

import java.time.Instant;

/**
 * A Markdown note on a passage, an article or an entity. A passage note keeps its {@code [start, end)} offsets, the
 * quoted text and some context before and after it (like a W3C TextQuoteSelector), so it can re-anchor when its
 * article is re-imported; one that could not is {@code orphaned}, never dropped. {@code deletedAt} non-null: in the trash.
 * {@code createdBy}/{@code updatedBy} name who wrote it (null on notes older than schema 13); {@code version} counts its
 * saves, so a save made over someone else's newer one is refused ({@code store.EditConflictException}).
 */
public record Note(long id, NoteTarget target, Long articleId, Long entityId, Integer start, Integer end, String quote,
                   String prefix, String suffix, String text, Instant createdAt, Instant updatedAt, Instant deletedAt,
                   boolean orphaned, String createdBy, String updatedBy, int version) {
    /** A note not yet stored (or read before authors were recorded): no authors, version 0. */
    public Note(long id, NoteTarget target, Long articleId, Long entityId, Integer start, Integer end, String quote,
                String prefix, String suffix, String text, Instant createdAt, Instant updatedAt, Instant deletedAt,
                boolean orphaned) {
        this(id, target, articleId, entityId, start, end, quote, prefix, suffix, text, createdAt, updatedAt, deletedAt, orphaned,
                null, null, 0);
    }

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
