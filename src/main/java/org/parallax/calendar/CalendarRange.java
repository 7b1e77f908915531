package org.parallax.calendar;

import java.time.LocalDate;
import java.util.List;

import org.parallax.model.Event;

/**
 * The events of a date range, split as the calendar draws them: {@code dayEvents} have day precision and go on their
 * days; {@code bandEvents} (week, month or year precision) never pretend to a day and go in a band for the period,
 * each showing its precision.
 */
public record CalendarRange(LocalDate from, LocalDate to, List<Event> dayEvents, List<Event> bandEvents) {
    public CalendarRange {
        dayEvents = List.copyOf(dayEvents);
        bandEvents = List.copyOf(bandEvents);
    }

    public int size() {
        return dayEvents.size() + bandEvents.size();
    }
}
