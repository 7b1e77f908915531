package org.parallax.model;

/**
 * A place where a name the user annotated by hand occurs again without an annotation: {@code [start, end)} of article
 * {@code articleId}, the {@code label} it would get and the entity it would link to (null for none).
 */
public record Suggestion(long articleId, int start, int end, String text, String label, Long entityId) {
}
