package org.parallax.nlp;

import java.util.Collection;

import org.parallax.model.DateRange;
import org.parallax.model.EventKind;

/**
 * Two meetings of one person on one day with two different counterparts, for {@link EventExtractor#sameEvent}: "The
 * envoy met today in Muscat with the Omani foreign minister. He also met a delegation led by X." Each names someone the
 * other does not and they share one person only: two meetings of two, not one, whatever their place. A visit still
 * takes in the talks held during it, and a day of bilaterals told as a whole ("held five bilateral meetings") still
 * takes in each of them.
 */
final class SeparateMeetings {
    private SeparateMeetings() {
    }

    static boolean apart(EventKind k1, DateRange d1, Collection<Long> who1, EventKind k2, DateRange d2, Collection<Long> who2) {
        if (k1 != EventKind.MEETING || k2 != EventKind.MEETING) return false;
        if (!d1.start().equals(d1.end()) || !d2.start().equals(d2.end()) || !d1.start().equals(d2.start())) return false;
        if (who1.size() != 2 || who2.size() != 2) return false;
        long shared = who1.stream().filter(who2::contains).count();
        return shared == 1 && who1.stream().anyMatch(id -> !who2.contains(id)) && who2.stream().anyMatch(id -> !who1.contains(id));
    }

    /**
     * A gathering of several days naming nobody ("The two-day summit brought 24 leaders to Lisbon") and a meeting of two
     * on one of its days ("held a bilateral meeting on the margins of the summit"): the bilateral is no report of the
     * summit, though both are in its town.
     */
    static boolean bilateralAtGathering(EventKind k1, DateRange d1, Collection<Long> who1, EventKind k2, DateRange d2,
                                        Collection<Long> who2) {
        if (k1 != EventKind.MEETING || k2 != EventKind.MEETING) return false;
        return who1.isEmpty() && !d1.start().equals(d1.end()) && who2.size() >= 2 && d2.start().equals(d2.end())
                || who2.isEmpty() && !d2.start().equals(d2.end()) && who1.size() >= 2 && d1.start().equals(d1.end());
    }
}
