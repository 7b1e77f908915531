package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A thread is one subject: stories that share only a weekday or a month are no thread (issue 15 item 3). */
class SubjectNamesTest {
    private static final List<String> TERMS = List.of("saturday", "august", "rovers", "castellon", "gmt");

    @Test
    void calendarWordsAreNoSubject() {
        SparseVector a = new SparseVector(new int[] {0, 1, 2}, new double[] {1, 1, 1});
        SparseVector b = new SparseVector(new int[] {0, 1, 4}, new double[] {1, 1, 1});
        SparseVector c = new SparseVector(new int[] {0, 2, 3}, new double[] {1, 1, 1});
        SparseVector sa = SubjectNames.of(a, TERMS::get), sb = SubjectNames.of(b, TERMS::get), sc = SubjectNames.of(c, TERMS::get);
        assertEquals(1, sa.ids.length, "only 'rovers' is left of saturday, august, rovers");
        assertEquals(0, sb.ids.length);
        assertFalse(SubjectNames.shared(sa, sb), "a day and a month in common make no subject");
        assertTrue(SubjectNames.shared(sa, sc), "a club in common does");
        assertTrue(a.cosine(b) > 0, "while the names as read share the day and month");
    }

    @Test
    void twoEventsOfOneKindThatShareOnlyTheirDayAreNoThread() {
        String[] fire = {"A wildfire on the slopes above Santa Lera has burned about 4,000 hectares of forest since it broke out on "
                + "Friday, regional officials said on Sunday in August. About 600 firefighters are battling the flames.",
            "Firefighters battled a wildfire above Santa Lera on Sunday that has burned 4,000 hectares since Friday, officials said "
                + "in August. Six hundred firefighters and aircraft are fighting the flames."};
        String[] other = {"A wildfire in the Carrow Hills has burned more than 12,000 hectares since Friday, the fire service said on "
                + "Sunday in August. Hundreds of firefighters are battling the flames.",
            "More than 12,000 hectares of the Carrow Hills have burned in a wildfire since Friday, the fire service said on Sunday "
                + "in August. Firefighters are battling the flames."};
        List<StoryDoc> docs = List.of(new StoryDoc(1, fire[0], null, null), new StoryDoc(2, fire[1], null, null),
                new StoryDoc(3, other[0], null, null), new StoryDoc(4, other[1], null, null));
        StoryGrouping g = new StoryGrouper().group(docs);
        assertEquals(2, g.stories().size(), g.stories().toString());
        assertEquals(2, g.topics().size(), "two fires in two places share no name but their days: " + g.topics());
        List<StoryDoc> same = List.of(docs.get(0), docs.get(1), new StoryDoc(3, other[0].replace("the Carrow Hills", "Santa Lera"), null, null),
                new StoryDoc(4, other[1].replace("the Carrow Hills", "Santa Lera"), null, null));
        StoryGrouping h = new StoryGrouper().group(same);
        assertEquals(1, h.topics().size(), "two reports of fires above one town are one thread: " + h.stories());
    }
}
