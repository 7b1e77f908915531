package org.parallax.calendar;

import java.util.EnumSet;
import java.util.Set;

import org.parallax.model.EventKind;

/**
 * Which events the calendar shows: reported by one of {@code articleIds} (a story is its set of articles), with one of
 * {@code entityIds} as who or where, of one of {@code kinds}. An empty set does not filter.
 */
public record EventFilter(Set<Long> articleIds, Set<Long> entityIds, Set<EventKind> kinds) {
    public EventFilter {
        articleIds = Set.copyOf(articleIds);
        entityIds = Set.copyOf(entityIds);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static EventFilter all() {
        return new EventFilter(Set.of(), Set.of(), Set.of());
    }

    /** The events of a story: those any of its articles reports. */
    public static EventFilter story(Set<Long> articleIds) {
        return all().withArticles(articleIds);
    }

    public static EventFilter article(long articleId) {
        return all().withArticles(Set.of(articleId));
    }

    /** For example all of Chollet's visits: {@code entity(chollet).withKinds(Set.of(VISIT))}. */
    public static EventFilter entity(long entityId) {
        return all().withEntities(Set.of(entityId));
    }

    public EventFilter withArticles(Set<Long> ids) {
        return new EventFilter(ids, entityIds, kinds);
    }

    public EventFilter withEntities(Set<Long> ids) {
        return new EventFilter(articleIds, ids, kinds);
    }

    public EventFilter withKinds(Set<EventKind> k) {
        return new EventFilter(articleIds, entityIds, k);
    }

    public boolean isEmpty() {
        return articleIds.isEmpty() && entityIds.isEmpty() && kinds.isEmpty();
    }
}
