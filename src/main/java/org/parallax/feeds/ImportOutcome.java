package org.parallax.feeds;

/**
 * What became of one entry's page: stored as a new article, found already in the library (same text), or failed
 * with a one-line reason. {@code fromFallback} says the feed's summary was stored because the page could not be had,
 * and {@code message} then says why.
 */
public record ImportOutcome(Status status, Long articleId, String title, boolean fromFallback, String message) {
    /** The three ends of an entry import. */
    public enum Status {
        IMPORTED, DUPLICATE, FAILED
    }

    public static ImportOutcome failed(String message) {
        return new ImportOutcome(Status.FAILED, null, null, false, message);
    }

    public boolean stored() {
        return status != Status.FAILED;
    }
}
