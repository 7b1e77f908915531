package org.parallax.model;

/** Where an article's publication date came from. */
public enum DateSource {
    /** A metadata line at the top of a text file, such as {@code date 2023-03-04}. */
    FILE_HEADER,
    /** HTML metadata: JSON-LD, OpenGraph, meta tags, or PDF document info. */
    PAGE_METADATA,
    /** A date line found in the article's text. */
    TEXT,
    /** Borrowed from another version of the same story in the library. */
    SAME_STORY,
    /** Set by the user. */
    USER,
    /** Unknown. */
    NONE
}
