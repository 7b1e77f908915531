package org.parallax.annotation;

import java.time.LocalDate;

import org.parallax.model.DateRange;

/**
 * Turns the text of a span the user marked as a date into a calendar date, taking a missing year from the article's
 * date; null when it cannot. Passed in by whoever builds {@link Annotations} (the date helper lives above this layer).
 */
@FunctionalInterface
public interface DateReader {
    DateRange read(String text, LocalDate articleDate);
}
