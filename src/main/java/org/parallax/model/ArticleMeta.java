package org.parallax.model;

import java.time.LocalDate;

/**
 * An article's metadata. Every field but {@code title} and {@code publishedSource} may be null.
 * {@code titleDerived} is true when no title was found and one was made from the text.
 */
public record ArticleMeta(
        String title,
        boolean titleDerived,
        String author,
        String outlet,
        String section,
        String url,
        LocalDate published,
        DateSource publishedSource,
        String dateline,
        String sourcePath,
        String format,
        String language) {

    public ArticleMeta {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("an article needs a title");
        if (publishedSource == null) publishedSource = published == null ? DateSource.NONE : DateSource.TEXT;
    }

    public ArticleMeta withPublished(LocalDate date, DateSource source) {
        return new ArticleMeta(title, titleDerived, author, outlet, section, url, date, source, dateline, sourcePath, format, language);
    }

    public ArticleMeta withSourcePath(String path) {
        return new ArticleMeta(title, titleDerived, author, outlet, section, url, published, publishedSource, dateline, path, format, language);
    }

    public ArticleMeta withFormat(String fmt) {
        return new ArticleMeta(title, titleDerived, author, outlet, section, url, published, publishedSource, dateline, sourcePath, fmt, language);
    }
}
