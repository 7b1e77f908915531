package org.parallax.model;

import java.time.LocalDate;

/** One row of the library list. */
public record ArticleSummary(long id, String title, String outlet, LocalDate published, DateSource publishedSource, String author) {
}
