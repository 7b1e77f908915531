package org.parallax.ingest.html;

import org.jsoup.Jsoup;

/** Invented pages for the metadata rule tests: a paragraph of prose, and a page read by {@link MetadataExtractor}. */
final class MetadataPages {
    /** A paragraph of a story, long enough to count as prose. */
    static final String PROSE = "<p>The council voted on Tuesday to close the old bridge to cars, after engineers"
            + " found cracks in two of its piers during the spring inspection.</p>";

    private MetadataPages() {
    }

    /** The metadata of a page with {@code head} and {@code body}, at https://example.org/. */
    static PageMetadata read(String head, String body) {
        return new MetadataExtractor().extract(Jsoup.parse("<html><head>" + head + "</head><body>" + body
                + "</body></html>", "https://example.org/"));
    }
}
