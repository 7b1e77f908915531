package org.parallax.web;

/** A link that could not be fetched; the message is the reason, worded to follow the URL in one line for the user. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String reason) {
        super(reason);
    }

    public FetchException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
