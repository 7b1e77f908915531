package org.parallax.model;

import java.util.List;

/**
 * A dated happening (a visit, a meeting, a statement) reported by one or more articles. {@code who} and {@code where}
 * are the linked entities' current names, parallel to {@code whoIds} and {@code whereIds}; {@code sources} are the
 * reporting sentences, one or more per article.
 */
public record Event(long id, EventKind kind, DateRange when, List<Long> whoIds, List<String> who, List<Long> whereIds,
                    List<String> where, List<EventSource> sources) {
    public Event {
        whoIds = List.copyOf(whoIds);
        who = List.copyOf(who);
        whereIds = List.copyOf(whereIds);
        where = List.copyOf(where);
        sources = List.copyOf(sources);
    }

    /** The distinct articles that report this event. */
    public List<Long> articleIds() {
        return sources.stream().map(EventSource::articleId).distinct().toList();
    }
}
