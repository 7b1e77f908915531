package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

import javafx.scene.layout.Region;

/**
 * The narrow minimap right of the panes: two columns (left article, right article) of marks placed by their share of
 * each text's length, styled {@code gutter-shared}, {@code gutter-changed}, {@code gutter-unique} or
 * {@code gutter-conflict} in CSS. Clicking reports the clicked fraction of the length, so the panes can scroll there.
 */
public final class CompareGutter extends Region {
    private static final double MIN_MARK = 3;

    public CompareGutter() {
        getStyleClass().add("compare-gutter");
        setMinWidth(22);
        setPrefWidth(22);
        setMaxWidth(22);
    }

    /** Rebuilds the marks of a layout. */
    void show(CompareLayout l) {
        getChildren().clear();
        if (l == null) return;
        add(l.left(), true, l);
        add(l.right(), false, l);
        requestLayout();
    }

    private record Stretch(int start, int end, String styleClass) {
    }

    /** One side's stretches in text order, neighbours of one kind merged, so a long article needs few marks. */
    private void add(CompareLayout.Side side, boolean left, CompareLayout l) {
        double len = Math.max(1, side.length());
        List<Stretch> all = new ArrayList<>();
        for (CompareLayout.Link link : l.links()) {
            var r = left ? link.left() : link.right();
            all.add(new Stretch(r.start(), r.end(), link.differs() ? "gutter-changed" : "gutter-shared"));
        }
        for (CompareLayout.Span u : side.unique()) all.add(new Stretch(u.start(), u.end(), "gutter-unique"));
        // conflicting facts: drawn last, over their sentence's mark, so they are never merged away
        List<Stretch> conflicts = new ArrayList<>();
        for (CompareLayout.Span k : l.conflictSpans(left)) conflicts.add(new Stretch(k.start(), k.end(), "gutter-conflict"));
        all.sort(Comparator.comparingInt(Stretch::start));
        Stretch run = null;
        for (Stretch s : all) {
            // gaps between sentences (spaces, block breaks) do not break a run
            if (run != null && run.styleClass().equals(s.styleClass()) && s.start() - run.end() <= 3) {
                run = new Stretch(run.start(), Math.max(run.end(), s.end()), run.styleClass());
                continue;
            }
            if (run != null) mark(run.start() / len, run.end() / len, left, run.styleClass());
            run = s;
        }
        if (run != null) mark(run.start() / len, run.end() / len, left, run.styleClass());
        for (Stretch k : conflicts) mark(k.start() / len, k.end() / len, left, k.styleClass());
    }

    private void mark(double from, double to, boolean left, String styleClass) {
        Region m = new Region();
        m.getStyleClass().addAll("gutter-mark", styleClass);
        m.setManaged(false);
        m.getProperties().put("from", from);
        m.getProperties().put("to", to);
        m.getProperties().put("left", left);
        getChildren().add(m);
    }

    void setOnJump(DoubleConsumer onJump) {
        setOnMouseClicked(e -> {
            if (getHeight() > 0) onJump.accept(Math.max(0, Math.min(1, e.getY() / getHeight())));
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double pad = 3, col = (w - 3 * pad) / 2;
        for (var n : getChildren()) {
            if (!(n instanceof Region m)) continue;
            double from = (double) m.getProperties().get("from"), to = (double) m.getProperties().get("to");
            boolean left = (boolean) m.getProperties().get("left");
            double y = from * h, height = Math.max(MIN_MARK, (to - from) * h);
            m.resizeRelocate(left ? pad : 2 * pad + col, y, col, height);
        }
    }
}
