package org.parallax.nlp;

import org.parallax.model.DateRange;

/**
 * A date expression after merging SUTime's pieces: the {@code [start, end)} span of the text it covers ("March 6-7"),
 * its calendar range, or null when it is vague ("recent years"), a duration or relative with no document date.
 * {@code publicationDate} marks a header or dateline date equal to the document date: not an event date.
 */
public record ResolvedDate(int start, int end, String text, DateRange range, boolean publicationDate) {
}
