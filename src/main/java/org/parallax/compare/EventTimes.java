package org.parallax.compare;

/**
 * What keeps two reports of different events apart when their words agree: when each was published and which days
 * its text names. Two clusters of articles stay apart when joining them would spread their publication dates over
 * more than {@code span} days (a running subject followed over weeks is a thread, not one event), or when both name
 * full dates and none of one lies within {@code window} days of one of the other's (two earthquakes in one region, on
 * different days). Facts are kept per cluster and merged as clusters merge.
 */
final class EventTimes implements AverageLink.Veto {
    private static final int NONE = Integer.MIN_VALUE;
    private final int[][] days;
    private final int[] first, last;
    private final int span, window;

    /** Per node: the days it names (sorted, distinct) and its earliest and latest publication day (or NONE). */
    EventTimes(int[][] days, int[] first, int[] last, int span, int window) {
        this.days = days;
        this.first = first;
        this.last = last;
        this.span = span;
        this.window = window;
    }

    @Override
    public boolean apart(int x, int y) {
        if (first[x] != NONE && first[y] != NONE && (long) Math.max(last[x], last[y]) - Math.min(first[x], first[y]) > span) return true;
        return window >= 0 && days[x].length > 0 && days[y].length > 0 && !StoryDates.near(days[x], days[y], window);
    }

    @Override
    public void merged(int keep, int gone) {
        days[keep] = StoryDates.union(days[keep], days[gone]);
        if (first[gone] != NONE) {
            first[keep] = first[keep] == NONE ? first[gone] : Math.min(first[keep], first[gone]);
            last[keep] = last[keep] == NONE ? last[gone] : Math.max(last[keep], last[gone]);
        }
        days[gone] = null;
    }
}
