package org.parallax.model;

/** One article sentence that reports an event: the sentence's {@code [start, end)} offsets and its text. */
public record EventSource(long articleId, int sentenceStart, int sentenceEnd, String sentenceText) {
}
