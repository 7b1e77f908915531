package org.parallax.model;

import java.util.List;

/**
 * A dated happening (a visit, a meeting, a statement) reported by one or more articles. {@code who} and {@code where}
 * are the linked entities' current names, parallel to {@code whoIds} and {@code whereIds}; {@code sources} are the
 * reporting sentences, one or more per article (a manual event may have none). A {@code manual} event was made or
 * edited by the user: NLP re-runs never change or delete it; {@code note} is the user's description (null for none).
 */
public record Event(long id, EventKind kind, DateRange when, List<Long> whoIds, List<String> who, List<Long> whereIds,
                    List<String> where, List<EventSource> sources, boolean manual, String note) {
    public Event {
        whoIds = List.copyOf(whoIds);
        who = List.copyOf(who);
        whereIds = List.copyOf(whereIds);
        where = List.copyOf(where);
        sources = List.copyOf(sources);
    }

    /** An event found by the NLP pipeline. */
    public Event(long id, EventKind kind, DateRange when, List<Long> whoIds, List<String> who, List<Long> whereIds,
                 List<String> where, List<EventSource> sources) {
        this(id, kind, when, whoIds, who, whereIds, where, sources, false, null);
    }

    /** The distinct articles that report this event. */
    public List<Long> articleIds() {
        return sources.stream().map(EventSource::articleId).distinct().toList();
    }
}
