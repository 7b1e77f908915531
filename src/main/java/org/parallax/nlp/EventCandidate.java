package org.parallax.nlp;

import java.util.List;

import org.parallax.model.DateRange;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/**
 * An event as one sentence reports it, before it is matched with the events other articles report. {@code whoIds}
 * and {@code whereIds} are linked entity ids, with their names alongside for display.
 */
public record EventCandidate(EventKind kind, DateRange when, List<Long> whoIds, List<String> who, List<Long> whereIds,
                             List<String> where, EventSource source) {
    public EventCandidate {
        whoIds = List.copyOf(whoIds);
        who = List.copyOf(who);
        whereIds = List.copyOf(whereIds);
        where = List.copyOf(where);
    }
}
