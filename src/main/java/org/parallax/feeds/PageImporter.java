package org.parallax.feeds;

import java.net.URI;

/**
 * Turns one new feed entry into an article: fetches the entry's page at {@code url} and imports it (one transaction),
 * or, when the page cannot be had, imports {@code fallbackHtml}, a small page built from the entry's own title and
 * summary. Never throws for a bad page: the outcome says what happened. Must be safe to call from several threads.
 */
public interface PageImporter {
    /** {@code url} may be null (an entry without a link): then only the fallback is imported. */
    ImportOutcome importPage(URI url, String fallbackHtml);
}
