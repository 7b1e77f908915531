package org.parallax.model;

/**
 * Why one article's recognition failed: a short reason for people ("database busy", "recogniser rejected the text")
 * and whether trying again may help. TRANSIENT failures are retried with back-off; PERMANENT ones wait for the user.
 */
public record NlpFailure(Kind kind, String reason) {
    /** Whether trying the same article again may succeed. */
    public enum Kind { TRANSIENT, PERMANENT }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }
}
