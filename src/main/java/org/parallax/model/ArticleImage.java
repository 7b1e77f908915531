package org.parallax.model;

/**
 * One of an article's content images as stored in the library, so the article reads offline: its place among the
 * article's images ({@code seq}, page order), the URL it was fetched from, its caption (figcaption, else alt text;
 * may be null), its media type and its bytes.
 */
public record ArticleImage(long articleId, int seq, String url, String caption, String mime, byte[] bytes) {
}
