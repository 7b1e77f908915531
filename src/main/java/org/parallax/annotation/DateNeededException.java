package org.parallax.annotation;

/**
 * A manual DATE or EVENT mark whose text Parallax cannot turn into a calendar date: the caller asks the user for the
 * date or range and marks again with it.
 */
public final class DateNeededException extends RuntimeException {
    public DateNeededException(String text) {
        super("Parallax cannot tell which date \"" + text + "\" is. Give the date or range (for example 2023-03-06 or "
                + "2023-03-06..2023-03-07).");
    }
}
