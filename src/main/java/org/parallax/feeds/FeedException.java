package org.parallax.feeds;

/** A feed that cannot be read: the message is the reason, to follow the feed's URL on one line. */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedException(String reason) {
        super(reason);
    }

    public FeedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
