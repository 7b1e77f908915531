package org.parallax.ingest.html;

import java.time.LocalDate;

/**
 * What a page says about itself, before any body extraction: each field is the best value found in JSON-LD,
 * then meta tags, then the document; any field may be null. {@code title} is already cleaned of a site suffix.
 */
public record PageMetadata(
        String title,
        String author,
        String siteName,
        String section,
        String url,
        LocalDate published,
        String language,
        String description) {
}
