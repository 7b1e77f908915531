package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.Region;

import org.fxmisc.richtext.StyleClassedTextArea;

import org.parallax.ui.reader.ReaderDocument;

/**
 * The strip between the two panes that ties each aligned sentence on the left to its partner on the right with a band
 * (Meld's connectors), styled {@code connector-shared} or {@code connector-changed}; a sentence only one side has
 * gets a wedge pointing at the gap where the other side would have it ({@code connector-unique}). Only sentences
 * at least partly visible are drawn; the view calls {@link #redraw()} after every scroll.
 */
public final class CompareConnectors extends Region {
    private StyleClassedTextArea left;
    private StyleClassedTextArea right;
    private Supplier<CompareLayout> layout = () -> null;
    private boolean dirty;
    private final Rectangle clip = new Rectangle();
    /** Per pane, the text offsets its shown paragraphs cover (set at each redraw): a range outside needs no bounds. */
    private final Map<StyleClassedTextArea, int[]> shown = new IdentityHashMap<>();
    /** Per pane, the answers of {@link #span} in this redraw by range: a sentence in several links is asked for once. */
    private final Map<StyleClassedTextArea, Map<Long, Optional<double[]>>> spans = new IdentityHashMap<>();

    public CompareConnectors() {
        getStyleClass().add("compare-connectors");
        setMinWidth(36);
        setPrefWidth(36);
        setMaxWidth(36);
        // a band to a sentence scrolled out of view leaves at the text's top or bottom edge, not over the titles
        clip.widthProperty().bind(widthProperty());
        setClip(clip);
        widthProperty().addListener((o, was, now) -> requestRedraw());
        heightProperty().addListener((o, was, now) -> requestRedraw());
    }

    void attach(StyleClassedTextArea leftArea, StyleClassedTextArea rightArea, Supplier<CompareLayout> source) {
        this.left = leftArea;
        this.right = rightArea;
        this.layout = source;
    }

    /** Redraws the bands of the sentences now visible. */
    void redraw() {
        List<Path> paths = new ArrayList<>();
        CompareLayout l = layout.get();
        double[] text = textBand();
        clip.setY(text[0]);
        clip.setHeight(Math.max(0, text[1] - text[0]));
        if (l != null && left != null && getScene() != null && left.getLength() > 0 && right.getLength() > 0) {
            double w = getWidth();
            shown.put(left, shownOffsets(left));
            shown.put(right, shownOffsets(right));
            for (CompareLayout.Link link : l.links()) {
                Optional<double[]> a = span(left, link.left()), b = span(right, link.right());
                if (a.isEmpty() && b.isEmpty()) continue;
                double[] ya = a.orElseGet(() -> offscreen(left, link.left())), yb = b.orElseGet(() -> offscreen(right, link.right()));
                paths.add(band(w, ya, yb, link.weak() ? "connector-weak" : link.differs() ? "connector-changed" : "connector-shared"));
            }
            wedges(l, true, w, paths);
            wedges(l, false, w, paths);
            shown.clear();
            spans.clear();
        }
        getChildren().setAll(paths);
    }

    private void wedges(CompareLayout l, boolean onLeft, double w, List<Path> out) {
        StyleClassedTextArea mine = onLeft ? left : right, other = onLeft ? right : left;
        for (CompareLayout.Span u : (onLeft ? l.left() : l.right()).unique()) {
            Optional<double[]> y = span(mine, new ReaderDocument.Range(u.start(), u.end()));
            if (y.isEmpty()) continue;
            double gap = gapY(l, onLeft, u.start(), other);
            double[] point = {gap, gap};
            out.add(band(w, onLeft ? y.get() : point, onLeft ? point : y.get(), "connector-unique"));
        }
    }

    /** Where the other side would hold a sentence found at {@code start} on this side: just after the previous partner. */
    private double gapY(CompareLayout l, boolean onLeft, int start, StyleClassedTextArea other) {
        CompareLayout.Link before = null;
        for (CompareLayout.Link k : l.links()) {
            ReaderDocument.Range r = onLeft ? k.left() : k.right();
            if (r.end() <= start && (before == null || r.end() > (onLeft ? before.left() : before.right()).end())) before = k;
        }
        if (before == null) return 0;
        ReaderDocument.Range r = onLeft ? before.right() : before.left();
        return span(other, r).map(y -> y[1]).orElseGet(() -> offscreen(other, r)[1]);
    }

    /**
     * The first and last text offsets of a pane's shown paragraphs. Asking the area for the bounds of a range out of view
     * costs as much as one in view, and a long pair has hundreds of links of which a screenful is shown.
     */
    private static int[] shownOffsets(StyleClassedTextArea area) {
        try {
            int first = area.firstVisibleParToAllParIndex(), last = area.lastVisibleParToAllParIndex();
            return new int[] {area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, area.getParagraphLength(last))};
        } catch (RuntimeException e) {
            // Flowless throws while its cells are being rebuilt: ask for every range
            return new int[] {0, area.getLength()};
        }
    }

    /** Top and bottom of a range's visible part in this strip's coordinates, or empty when none of it is shown. */
    private Optional<double[]> span(StyleClassedTextArea area, ReaderDocument.Range r) {
        if (r == null || r.isEmpty() || r.end() > area.getLength()) return Optional.empty();
        int[] window = shown.get(area);
        if (window != null && (r.end() < window[0] || r.start() > window[1])) return Optional.empty();
        if (window == null) return bounds(area, r);
        return spans.computeIfAbsent(area, a -> new HashMap<>()).computeIfAbsent(((long) r.start() << 32) | r.end(), k -> bounds(area, r));
    }

    private Optional<double[]> bounds(StyleClassedTextArea area, ReaderDocument.Range r) {
        Optional<Bounds> b;
        try {
            b = area.getCharacterBoundsOnScreen(r.start(), r.end());
        } catch (RuntimeException e) {
            // Flowless throws while its cells are being rebuilt: the next scroll redraws
            return Optional.empty();
        }
        return b.map(x -> {
            Point2D top = screenToLocal(x.getMinX(), x.getMinY()), bottom = screenToLocal(x.getMinX(), x.getMaxY());
            return top == null || bottom == null ? null : new double[] {top.getY(), bottom.getY()};
        });
    }

    /** A range out of view sits above the shown text (before it) or below it. */
    private double[] offscreen(StyleClassedTextArea area, ReaderDocument.Range r) {
        int first = area.firstVisibleParToAllParIndex();
        int par = area.offsetToPosition(r.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        double[] text = textBand();
        double y = par < first ? text[0] - 40 : text[1] + 40;
        return new double[] {y, y};
    }

    /** The top and bottom of the left text pane in this strip's coordinates (the whole strip before it is shown). */
    private double[] textBand() {
        if (left == null || left.getScene() == null || getScene() == null) return new double[] {0, getHeight()};
        Bounds b = left.localToScene(left.getLayoutBounds());
        Point2D top = sceneToLocal(b.getMinX(), b.getMinY()), bottom = sceneToLocal(b.getMinX(), b.getMaxY());
        if (top == null || bottom == null) return new double[] {0, getHeight()};
        return new double[] {Math.max(0, top.getY()), Math.min(getHeight(), bottom.getY())};
    }

    private static Path band(double w, double[] a, double[] b, String styleClass) {
        double mid = w / 2;
        Path p = new Path(new MoveTo(0, a[0]), new CubicCurveTo(mid, a[0], mid, b[0], w, b[0]), new LineTo(w, b[1]),
                new CubicCurveTo(mid, b[1], mid, a[1], 0, a[1]), new ClosePath());
        p.getStyleClass().addAll("connector", styleClass);
        p.setManaged(false);
        return p;
    }

    /** Redraws after the coming layout pass, when the panes' lines have their final places; cheap to call often. */
    void requestRedraw() {
        if (dirty || getScene() == null) return;
        dirty = true;
        var scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            dirty = false;
            redraw();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
