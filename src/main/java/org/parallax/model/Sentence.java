package org.parallax.model;

/** A sentence as a {@code [start, end)} range of an article's text. */
public record Sentence(int start, int end) {
    public String textIn(String articleText) {
        return articleText.substring(start, end);
    }
}
