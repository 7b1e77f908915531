package org.parallax.compare;

import java.util.List;

/**
 * A set of articles judged to tell the same story (or, at topic level, the same ongoing topic): member ids in
 * ascending order, and the scored pairs among them that the grouper compared (its candidate pairs, best first,
 * at most {@link StoryGrouper#MAX_PAIRS_PER_GROUP}).
 */
public record StoryGroup(List<Long> members, List<PairSimilarity> pairs) {
    public StoryGroup {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
    }

    /** Two articles and their similarity in [0, 1]. */
    public record PairSimilarity(long a, long b, double similarity) {
    }
}
