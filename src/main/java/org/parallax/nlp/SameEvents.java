package org.parallax.nlp;

import java.util.Collection;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EventKind;

/**
 * When two reports are one event ({@link EventExtractor#sameEvent}): overlapping dates, compatible kinds, and a shared
 * participant (or a shared place when one names nobody); not a trip and one of its stops, not two parties apart.
 */
final class SameEvents {
    private SameEvents() {
    }

    static boolean same(EventKind k1, DateRange d1, Collection<Long> who1, Collection<Long> where1,
                        EventKind k2, DateRange d2, Collection<Long> who2, Collection<Long> where2) {
        if (!compatible(k1, k2)) return false;
        if (d1.end().isBefore(d2.start()) || d2.end().isBefore(d1.start())) return false;
        if (oneStopOf(d1, where1, d2, where2) || oneStopOf(d2, where2, d1, where1)) return false;
        if (anotherStop(d1, where1, d2, where2) || anotherStop(d2, where2, d1, where1)) return false;
        if (stopsOfOneDay(k1, d1, where1, k2, d2, where2)) return false;
        if (EventRoles.anotherParty(who1, where1, who2, where2)) return false;
        if (SeparateMeetings.apart(k1, d1, who1, k2, d2, who2) || SeparateMeetings.bilateralAtGathering(k1, d1, who1, k2, d2, who2)) {
            return false;
        }
        if (who1.stream().anyMatch(who2::contains)) return true;
        // places alone are weak evidence (every event of a story happens "in Pakistan"): only when someone is unnamed
        return (who1.isEmpty() || who2.isEmpty()) && where1.stream().anyMatch(where2::contains);
    }

    /**
     * A stop of a trip told as a whole: the trip is dated by week or month and names several places ("will tour Ghana,
     * Nigeria and Senegal next week"), the stop is dated by the day and names a place, not all of the trip's; or the trip
     * is dated by the week and names one place ("a state visit to Norway next week") and the single day only others
     * ("received ... in Oslo on Tuesday"). The two are the calendar's trip and its stop, not one event.
     */
    private static boolean oneStopOf(DateRange stopWhen, Collection<Long> stopWhere, DateRange tripWhen, Collection<Long> tripWhere) {
        return stopWhen.precision() == DatePrecision.DAY && tripWhen.precision().compareTo(DatePrecision.DAY) > 0
                && !tripWhere.isEmpty() && !stopWhere.isEmpty()
                && (tripWhere.size() >= 2 ? !stopWhere.containsAll(tripWhere) : tripWhen.precision() == DatePrecision.WEEK
                && stopWhen.start().equals(stopWhen.end()) && stopWhere.stream().noneMatch(tripWhere::contains));
    }

    /**
     * A day of a tour told with its length ("ended a week-long tour of four capitals in Dakar on Friday", "began the
     * tour in Nairobi on Monday"): a trip of a week or more ({@link #TOUR_DAYS}) is a tour, and a single
     * day inside its days naming places, none of them the tour's, is a stop of its own in the calendar, not part of it
     * (venues of the tour's places are its places too: {@code EventExtractor.venuesOfTrips}). A shorter visit keeps its day trips
     * ("a three-day state visit to Norway", "in Bergen on Wednesday").
     */
    static final int TOUR_DAYS = 7;

    static boolean anotherStop(DateRange stopWhen, Collection<Long> stopWhere, DateRange tripWhen, Collection<Long> tripWhere) {
        return stopWhen.precision() == DatePrecision.DAY && stopWhen.start().equals(stopWhen.end())
                && tripWhen.precision() == DatePrecision.DAY && !tripWhen.start().plusDays(TOUR_DAYS - 1L).isAfter(tripWhen.end())
                && !stopWhere.isEmpty() && !tripWhere.isEmpty() && stopWhere.stream().noneMatch(tripWhere::contains);
    }

    /**
     * Two stops of one day ("made stops in Akron, Flint and Erie on Saturday"): two visits of the same single day, each
     * to one place, not the same one, are two visits, not one.
     */
    static boolean stopsOfOneDay(EventKind k1, DateRange d1, Collection<Long> where1, EventKind k2, DateRange d2, Collection<Long> where2) {
        return k1 == EventKind.VISIT && k2 == EventKind.VISIT && d1.precision() == DatePrecision.DAY && d1.equals(d2)
                && d1.start().equals(d1.end()) && where1.size() == 1 && where2.size() == 1 && !where1.containsAll(where2);
    }

    /** A meeting during a visit is part of the visit; a statement is only ever the same statement. */
    static boolean compatible(EventKind a, EventKind b) {
        return a == b || (a != EventKind.STATEMENT && b != EventKind.STATEMENT);
    }
}
