package org.parallax.compare;

import java.util.Collection;
import java.util.Map;

/**
 * How many documents of a whole library there are and how many of them hold each term (a normalised word as
 * {@link StoryGrouper#terms} gives it). Lets a neighbourhood of the library be grouped with the library's weights.
 */
public interface TermStats {
    int documents();

    /** The document frequency of each of {@code terms} that the library holds; terms it lacks may be left out. */
    Map<String, Integer> frequencies(Collection<String> terms);
}
