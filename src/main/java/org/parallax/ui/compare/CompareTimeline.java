package org.parallax.ui.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The calendar strip of the compare window: a month band spanning the dates of the events the two articles report,
 * one mark per event placed at its start date (stacked where they crowd), styled by which side reports it
 * ({@code reported-both}, {@code reported-a}, {@code reported-b}). Clicking a mark hands its row to the view, which
 * scrolls both panes to the event's sentences.
 */
public final class CompareTimeline extends Region {
    private static final double AXIS = 18;
    private static final double ROW = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final List<Label> ticks = new ArrayList<>();
    private final List<Button> marks = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private Consumer<CompareViewModel.EventRow> onPick = r -> { };

    public CompareTimeline() {
        getStyleClass().add("compare-timeline");
        setMinHeight(AXIS + 2 * ROW + 4);
        setPrefHeight(AXIS + 2 * ROW + 4);
    }

    void setOnPick(Consumer<CompareViewModel.EventRow> pick) {
        onPick = pick;
    }

    /** Rebuilds the band for {@code rows} (in date order). */
    void show(List<CompareViewModel.EventRow> rows) {
        ticks.clear();
        marks.clear();
        from = null;
        to = null;
        for (CompareViewModel.EventRow r : rows) {
            LocalDate s = r.event().when().start(), e = r.event().when().end();
            if (from == null || s.isBefore(from)) from = s;
            if (to == null || e.isAfter(to)) to = e;
        }
        if (from != null) {
            from = from.withDayOfMonth(1);
            to = YearMonth.from(to).atEndOfMonth().plusDays(1);
            for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
                Label t = new Label(MONTH.format(m));
                t.getStyleClass().add("timeline-month");
                t.getProperties().put("date", m.atDay(1));
                ticks.add(t);
            }
            for (CompareViewModel.EventRow r : rows) {
                Button b = new Button(r.kind());
                b.getStyleClass().addAll("timeline-event", "event-" + r.event().kind().name().toLowerCase(Locale.ROOT),
                        "reported-" + r.reportedBy().toLowerCase(Locale.ROOT));
                b.setTooltip(new Tooltip(r.when() + " · " + r.kind() + (r.whoWhere().isEmpty() ? "" : " · " + r.whoWhere())
                        + "\nReported by " + (r.reportedBy().equals("both") ? "both articles" : "article " + r.reportedBy()) + ": click to show"));
                b.setFocusTraversable(false);
                b.getProperties().put("row", r);
                b.setOnAction(e -> onPick.accept(r));
                marks.add(b);
            }
        }
        getChildren().setAll(ticks);
        getChildren().addAll(marks);
        requestLayout();
    }

    /** The marks shown (for tests). */
    List<Button> marks() {
        return List.copyOf(marks);
    }

    private double x(LocalDate d, double w) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return 4 + (w - 8) * ChronoUnit.DAYS.between(from, d) / span;
    }

    @Override
    protected void layoutChildren() {
        if (from == null) return;
        double w = getWidth();
        double lastEnd = -1;
        for (Label t : ticks) {
            // a long span has more months than room: labels that would overlap the previous one are left out
            double x = x((LocalDate) t.getProperties().get("date"), w), tw = t.prefWidth(-1);
            t.setVisible(x >= lastEnd);
            if (t.isVisible()) lastEnd = x + tw + 8;
            t.resizeRelocate(x, 0, tw, AXIS);
        }
        List<Double> rowEnds = new ArrayList<>();
        int rows = Math.max(1, (int) ((getHeight() - AXIS) / ROW));
        for (Button b : marks) {
            CompareViewModel.EventRow r = (CompareViewModel.EventRow) b.getProperties().get("row");
            double x = Math.min(x(r.event().when().start(), w), w - b.prefWidth(-1));
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > x && row < rows - 1) row++;
            double bw = b.prefWidth(-1);
            if (row == rowEnds.size()) rowEnds.add(x + bw + 2);
            else rowEnds.set(row, Math.max(rowEnds.get(row), x + bw + 2));
            b.resizeRelocate(Math.max(0, x), AXIS + row * ROW, bw, ROW - 2);
        }
    }
}
