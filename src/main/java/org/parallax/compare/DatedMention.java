package org.parallax.compare;

import org.parallax.model.DateRange;

/** A date as written in an article ({@code [start, end)} of its text, the surface text) and what it resolved to. */
public record DatedMention(int start, int end, String text, DateRange range) {
}
