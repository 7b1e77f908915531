package org.parallax.calendar;

import java.util.List;

import org.parallax.model.DateRange;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/** What the user enters for a manual event: kind, dates, who and where (entity ids), chosen source sentences, a note. */
public record EventDraft(EventKind kind, DateRange when, List<Long> whoIds, List<Long> whereIds, List<EventSource> sources,
                         String note) {
    public EventDraft {
        if (kind == null || when == null) throw new IllegalArgumentException("an event needs a kind and a date");
        whoIds = List.copyOf(whoIds);
        whereIds = List.copyOf(whereIds);
        sources = List.copyOf(sources);
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
