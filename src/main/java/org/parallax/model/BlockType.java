package org.parallax.model;

/**
 * The kind of a block: a character range of an article's text. Body blocks are what the story says;
 * boilerplate (related links, repeated header lines) is kept in the text but out of search, NLP and comparison.
 */
public enum BlockType {
    TITLE, BYLINE, DATE, DATELINE, CAPTION, HEADING, PARAGRAPH, RELATED, BOILERPLATE;

    /** Whether the block is part of the story itself (indexed, recognised, compared). */
    public boolean isBody() {
        return this == TITLE || this == DATELINE || this == HEADING || this == PARAGRAPH;
    }

    /** Whether the block is page furniture that the body, the search index and the calendar leave out. */
    public boolean isBoilerplate() {
        return this == RELATED || this == BOILERPLATE;
    }
}
