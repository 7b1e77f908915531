package org.parallax.compare;

/** A {@code [start, end)} range of one article's full text that differs from the aligned sentence(s) of the other. */
public record DiffSpan(int start, int end, DiffKind kind) {
}
