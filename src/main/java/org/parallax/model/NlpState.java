package org.parallax.model;

import java.time.LocalDate;

/**
 * The NLP cache key and outcome of one article: the pipeline version, text hash and document date its stored
 * mentions were computed with. {@code docDateMissing} flags an article whose relative dates stayed unresolved.
 */
public record NlpState(long articleId, String pipelineVersion, String textHash, LocalDate docDate, NlpStatus status,
                       String error, boolean docDateMissing) {
}
