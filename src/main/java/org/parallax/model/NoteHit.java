package org.parallax.model;

/**
 * A note found by full-text search (a result group of its own, next to article hits). The snippet marks matches with
 * {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}; lower rank is better.
 */
public record NoteHit(long noteId, NoteTarget target, Long articleId, Long entityId, String snippet, double rank) {
}
