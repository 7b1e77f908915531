package org.parallax.model;

/**
 * One full-text search result. {@code snippet} marks each matched term with {@link #MARK_START} and {@link #MARK_END};
 * lower {@code rank} is better (FTS5 bm25).
 */
public record SearchHit(long articleId, String title, String outlet, String snippet, double rank) {
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    /** The snippet with the match markers replaced by the given strings, e.g. "[" and "]" for a terminal. */
    public String snippet(String open, String close) {
        return snippet.replace(String.valueOf(MARK_START), open).replace(String.valueOf(MARK_END), close);
    }
}
