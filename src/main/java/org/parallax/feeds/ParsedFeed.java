package org.parallax.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A feed as parsed, whatever its format: its title and site (either may be null) and its entries in feed order.
 * Never empty: a feed without entries is refused by {@link FeedParser}.
 */
public record ParsedFeed(String format, String title, String siteUrl, List<Entry> entries) {
    public ParsedFeed {
        entries = List.copyOf(entries);
    }

    /**
     * One entry: {@code guid} is the RSS guid, Atom id or JSON Feed id (null when there is none), {@code html} the
     * content or summary as HTML. Every field may be null.
     */
    public record Entry(String guid, String link, String title, String author, Instant published, String html) {
        /** Whether the entry can be told apart from the others on a later refresh. */
        public boolean trackable() {
            return guid != null || link != null;
        }
    }
}
