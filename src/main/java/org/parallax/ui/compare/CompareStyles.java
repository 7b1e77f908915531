package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import org.parallax.ui.reader.ReaderDocument;

/**
 * Turns one side of a {@link CompareLayout} into RichTextFX style spans: block classes, unique sentences, word
 * differences and the entity highlights of the shown types, with {@code entity-focus} on the picked entity. One
 * sweep over sorted range boundaries, so overlapping ranges simply stack their classes.
 */
final class CompareStyles {
    private CompareStyles() {
    }

    static StyleSpans<Collection<String>> spans(CompareLayout.Side side, Set<String> shownClasses, String focusedEntity) {
        return spans(side, shownClasses, focusedEntity, List.of());
    }

    /** As above, with {@code extra} ranges (conflicting fact values) stacked last, so their class wins in CSS. */
    static StyleSpans<Collection<String>> spans(CompareLayout.Side side, Set<String> shownClasses, String focusedEntity,
            List<CompareLayout.Span> extra) {
        List<CompareLayout.Span> all = new ArrayList<>();
        for (ReaderDocument.Segment s : side.document().segments()) {
            all.add(new CompareLayout.Span(s.displayStart(), s.displayEnd(), s.styleClass(), null));
        }
        all.addAll(side.unique());
        all.addAll(side.diffs());
        for (CompareLayout.Span h : side.highlights()) {
            if (!shownClasses.contains(h.styleClass())) continue;
            all.add(h);
            if (focusedEntity != null && focusedEntity.equals(h.entity())) all.add(new CompareLayout.Span(h.start(), h.end(), "entity-focus", null));
        }
        all.addAll(extra);
        return build(side.length(), all);
    }

    static StyleSpans<Collection<String>> build(int length, List<CompareLayout.Span> ranges) {
        int n = ranges.size();
        int[] starts = new int[n], ends = new int[n];
        Integer[] byStart = new Integer[n], byEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            starts[i] = Math.max(0, Math.min(length, ranges.get(i).start()));
            ends[i] = Math.max(starts[i], Math.min(length, ranges.get(i).end()));
            byStart[i] = i;
            byEnd[i] = i;
        }
        Arrays.sort(byStart, (x, y) -> Integer.compare(starts[x], starts[y]));
        Arrays.sort(byEnd, (x, y) -> Integer.compare(ends[x], ends[y]));
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        List<Integer> active = new ArrayList<>();
        int si = 0, ei = 0, at = 0;
        while (at < length) {
            while (ei < n && ends[byEnd[ei]] <= at) active.remove(byEnd[ei++]);
            while (si < n && starts[byStart[si]] <= at) {
                int r = byStart[si++];
                if (ends[r] > at) active.add(r);
            }
            int next = length;
            if (si < n) next = Math.min(next, starts[byStart[si]]);
            for (int r : active) next = Math.min(next, ends[r]);
            if (next <= at) next = at + 1;
            List<String> classes = new ArrayList<>(active.size());
            for (int r : active) {
                String c = ranges.get(r).styleClass();
                if (!classes.contains(c)) classes.add(c);
            }
            b.add(classes, next - at);
            at = next;
        }
        if (length == 0) b.add(List.of(), 0);
        return b.create();
    }
}
