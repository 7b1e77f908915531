package org.parallax.store;

/** A search query that the full-text index cannot parse; the message is fit to show a user. */
public class QuerySyntaxException extends StoreException {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
