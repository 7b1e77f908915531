package org.parallax.compare;

import java.util.List;

/**
 * The result of same-story grouping, in two nested levels: stories (one event) and topics (groups of stories about
 * one subject, e.g. two different earthquakes in one region). Every story lies inside exactly one topic; articles
 * that match nothing are singletons at both levels. {@code storyTopic[i]} is the topic index of story i;
 * {@code scoredPairs} counts the representative pairs the grouper scored (its candidates).
 */
public record StoryGrouping(List<StoryGroup> stories, List<StoryGroup> topics, int[] storyTopic, long scoredPairs) {
    public StoryGrouping {
        stories = List.copyOf(stories);
        topics = List.copyOf(topics);
    }
}
