package org.parallax.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The NLP cache key and outcome of one article: the pipeline version, text hash and document date its stored
 * mentions were computed with. {@code docDateMissing} flags an article whose relative dates stayed unresolved.
 * {@code attempts} counts the tries since the article was last queued; a FAILED state carries its {@code failure}
 * and, when it will be tried again by itself, {@code retryAfter} (null otherwise).
 */
public record NlpState(long articleId, String pipelineVersion, String textHash, LocalDate docDate, NlpStatus status,
                       String error, boolean docDateMissing, int attempts, NlpFailure failure, Instant retryAfter) {

    /** A state with no failure detail and no attempts counted (an article processed before retries were recorded). */
    public NlpState(long articleId, String pipelineVersion, String textHash, LocalDate docDate, NlpStatus status,
                    String error, boolean docDateMissing) {
        this(articleId, pipelineVersion, textHash, docDate, status, error, docDateMissing, 0, null, null);
    }
}
