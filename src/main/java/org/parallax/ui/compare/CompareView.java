package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

import org.parallax.model.EntityType;
import org.parallax.ui.reader.ReaderDocument;

/**
 * The compare window's view (compare.fxml): two read-only RichTextFX panes styled from the {@link CompareLayout}
 * (entity highlights, word differences, unique sentences), the minimap gutter, the summary bar ({@link CompareSummaryBar}: entity chips,
 * dates and metadata, collapsed to one line until Details), the connectors between the panes ({@link CompareConnectors}),
 * hover linking of aligned sentences, scrolling that keeps aligned sentences level ({@link CompareAligner}), the calendar
 * strip ({@link CompareTimeline}), "Open in reader" ({@link CompareDeskControls}), and the keys F7 /
 * Shift+F7 (next / previous difference), Ctrl+Shift+X (swap) and Escape / Ctrl+W (close), and the collapsible
 * events panel (the dated events of both articles; a click scrolls both panes to the sentences). With annotations
 * attached, a selection in either pane is marked with the reader's keys (P/O/L/D/E/M, a type's shortcut; Ctrl+Z
 * undoes). State lives in the {@link CompareViewModel}.
 */
public final class CompareView {
    static final String HOVER = "partner-hover";
    static final String CURRENT = "current-difference";

    private final CompareViewModel vm;
    @FXML private BorderPane compareRoot;
    @FXML private VBox compareSummary;
    @FXML private Label compareSimilarity;
    @FXML private Label compareCounts;
    @FXML private HBox compareLegend;
    @FXML private ToggleButton syncScroll;
    @FXML private Button swapSides;
    @FXML private FlowPane compareChips;
    @FXML private GridPane compareMetadata;
    @FXML private VBox compareDates;
    @FXML private Label compareLeftTitle;
    @FXML private Label compareLeftByline;
    @FXML private Label compareRightTitle;
    @FXML private Label compareRightByline;
    @FXML private StyleClassedTextArea compareLeft;
    @FXML private StyleClassedTextArea compareRight;
    @FXML private CompareGutter compareGutter;
    @FXML private Label compareStatus;
    @FXML private TitledPane compareEvents;
    @FXML private Label compareConflictCount;
    @FXML private ToggleButton compareDetailsToggle;
    @FXML private VBox compareDetails;
    @FXML private VBox compareConflicts;
    @FXML private HBox compareDiffLegend;
    @FXML private CompareConnectors compareConnectors;
    @FXML private CompareTimeline compareTimeline;
    @FXML private Label compareEventsStatus;
    @FXML private VBox compareEventList;

    private CompareLayout.Link hovered;
    private CompareLayout.Difference marked;
    private StyleClassedTextArea leader;
    private boolean syncing;
    private boolean levelPending;
    private LongConsumer firstFrameListener = ns -> { };
    private long lastFirstFrameNanos = -1;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        compareSimilarity.textProperty().bind(vm.similarityProperty());
        compareCounts.textProperty().bind(vm.countsProperty());
        compareStatus.textProperty().bind(vm.statusProperty());
        compareLeftTitle.textProperty().bind(vm.leftTitleProperty());
        compareRightTitle.textProperty().bind(vm.rightTitleProperty());
        compareLeftByline.textProperty().bind(vm.leftBylineProperty());
        compareRightByline.textProperty().bind(vm.rightBylineProperty());
        syncScroll.selectedProperty().bindBidirectional(vm.syncScrollProperty());
        syncScroll.setTooltip(new Tooltip("Keep aligned sentences side by side while scrolling"));
        swapSides.setTooltip(new Tooltip("Swap the sides (Ctrl+Shift+X)"));
        for (StyleClassedTextArea a : List.of(compareLeft, compareRight)) {
            a.getStyleClass().addAll("reader-text", "compare-text");
            a.setEditable(false);
            a.setWrapText(true);
            a.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(a, e));
            a.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
            a.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> leader = a);
            a.addEventHandler(KeyEvent.KEY_PRESSED, e -> leader = a);
            a.addEventHandler(KeyEvent.KEY_PRESSED, e -> markKey(a, e));
            a.estimatedScrollYProperty().addListener((o, was, now) -> scrolled(a));
        }
        leader = compareLeft;
        new CompareSummaryBar(vm, compareLegend, compareChips, compareMetadata, compareDates).bind();
        compareGutter.setOnJump(this::jumpTo);
        vm.shownTypes().addListener((SetChangeListener<EntityType>) c -> restyle());
        vm.focusedEntityProperty().addListener((o, was, now) -> restyle());
        vm.layoutProperty().addListener((o, was, now) -> {
            // a mark made by hand changes only the highlights: restyle, keeping the scroll position and selection
            if (now != null && now.sameTextAs(was)) {
                restyle();
                compareGutter.show(now);
            } else {
                fill(now);
            }
        });
        vm.currentDifferenceProperty().addListener((o, was, now) -> goTo(vm.currentDifferenceValue()));
        compareEventsStatus.textProperty().bind(vm.eventsStatusProperty());
        vm.events().addListener((ListChangeListener<CompareViewModel.EventRow>) c -> buildEvents());
        vm.scrollTargetProperty().addListener((o, was, now) -> showTarget(now));
        compareRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        compareConnectors.attach(compareLeft, compareRight, () -> vm.layoutProperty().get());
        for (StyleClassedTextArea a : List.of(compareLeft, compareRight)) {
            a.estimatedScrollYProperty().addListener((o, was, now) -> compareConnectors.requestRedraw());
            a.widthProperty().addListener((o, was, now) -> compareConnectors.requestRedraw());
            // the header expanding or the window resizing moves the lines: level them again
            a.heightProperty().addListener((o, was, now) -> levelAfterLayout());
        }
        new CompareDeskControls(vm, compareLeft, compareRight).bind(compareConflictCount, compareDetailsToggle, compareDetails,
                compareConflicts, compareDiffLegend);
        compareTimeline.setOnPick(vm::showEvent);
        fill(vm.layoutProperty().get());
    }

    private void keys(KeyEvent e) {
        if (CompareKeys.NEXT.matches(e)) {
            vm.nextDifference();
        } else if (CompareKeys.PREVIOUS.matches(e)) {
            vm.previousDifference();
        } else if (CompareKeys.SWAP.matches(e)) {
            vm.swap();
        } else if (CompareKeys.DETAILS.matches(e)) {
            vm.desk().headerExpandedProperty().set(!vm.desk().headerExpandedProperty().get());
        } else if (CompareKeys.ESCAPE.matches(e) || CompareKeys.CLOSE.matches(e)) {
            close();
        } else {
            return;
        }
        e.consume();
    }

    /** P/O/L/D/E/M or a type's shortcut marks the pane's selection, as in the reader; Ctrl+Z undoes. */
    private void markKey(StyleClassedTextArea area, KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            vm.undoMark();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || !e.getCode().isLetterKey()) return;
        var type = vm.typeForKey(e.getCode().getName());
        var sel = area.getSelection();
        if (type.isPresent() && sel.getLength() > 0 && vm.mark(area == compareLeft, sel.getStart(), sel.getEnd(), type.get())) {
            e.consume();
        }
    }

    @FXML
    private void nextDifference() {
        vm.nextDifference();
    }

    @FXML
    private void previousDifference() {
        vm.previousDifference();
    }

    @FXML
    private void swap() {
        vm.swap();
    }

    private void close() {
        Window w = compareRoot.getScene() == null ? null : compareRoot.getScene().getWindow();
        if (w instanceof Stage s) s.close();
    }

    // ---- filling and styling ------------------------------------------------------------------------------

    private void fill(CompareLayout l) {
        hovered = null;
        marked = null;
        if (l == null) {
            compareLeft.clear();
            compareRight.clear();
            compareGutter.show(null);
            return;
        }
        compareLeft.replaceText(l.left().document().text());
        compareRight.replaceText(l.right().document().text());
        restyle();
        compareGutter.show(l);
        compareLeft.moveTo(0);
        compareRight.moveTo(0);
        compareLeft.showParagraphAtTop(0);
        compareRight.showParagraphAtTop(0);
        compareConnectors.requestRedraw();
        levelAfterLayout();
        reportFirstFrame();
    }

    /**
     * Levels the other pane with the leading one once the coming layout pass has placed the leader's lines (a scroll
     * event comes before the cells move, so measuring then would use the old places). One pending request at a time.
     */
    private void levelAfterLayout() {
        levelAfterLayout(false);
    }

    private void levelAfterLayout(boolean byUser) {
        Scene scene = compareRoot.getScene();
        if (scene == null || levelPending) return;
        levelPending = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            levelPending = false;
            if (!vm.syncScrollProperty().get() || syncing) return;
            StyleClassedTextArea lead = leader, other = lead == compareLeft ? compareRight : compareLeft;
            double[] gap = new double[1];
            CompareAligner.level(vm.layoutProperty().get(), lead, lead == compareLeft, other, gap);
            if (!byUser && Math.abs(gap[0]) > 1) {
                // the other pane is at an end of its text: move the leading one instead (not while the user scrolls it)
                CompareAligner.level(vm.layoutProperty().get(), other, other == compareLeft, lead, gap);
            }
            compareConnectors.requestRedraw();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** After the panes are filled, the next pulse is the first frame that shows them. */
    private void reportFirstFrame() {
        Scene scene = compareRoot.getScene();
        long asked = vm.openRequestedAt();
        if (scene == null) return;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            lastFirstFrameNanos = System.nanoTime() - asked;
            firstFrameListener.accept(lastFirstFrameNanos);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void restyle() {
        CompareLayout l = vm.layoutProperty().get();
        if (l == null) return;
        var shown = vm.shownClasses();
        String focus = vm.focusedEntityProperty().get();
        compareLeft.setStyleSpans(0, CompareStyles.spans(l.left(), shown, focus, l.conflictSpans(true)));
        compareRight.setStyleSpans(0, CompareStyles.spans(l.right(), shown, focus, l.conflictSpans(false)));
        if (hovered != null) {
            CompareLayout.Link h = hovered;
            hovered = null;
            setHovered(h);
        }
        if (marked != null) mark(marked, true);
    }

    private static void addClass(StyleClassedTextArea area, ReaderDocument.Range r, String cls, boolean on) {
        if (r == null || r.isEmpty() || r.end() > area.getLength()) return;
        StyleSpans<Collection<String>> old = area.getStyleSpans(r.start(), r.end());
        UnaryOperator<Collection<String>> f = styles -> {
            List<String> out = new ArrayList<>(styles);
            out.remove(cls);
            if (on) out.add(cls);
            return out;
        };
        area.setStyleSpans(r.start(), old.mapStyles(f::apply));
    }

    // ---- hover linking -------------------------------------------------------------------------------------

    private void hover(StyleClassedTextArea area, MouseEvent e) {
        CompareLayout l = vm.layoutProperty().get();
        if (l == null || area.getLength() == 0) return;
        int offset = offsetAt(area, e.getX(), e.getY());
        if (offset >= 0) setHovered(l.linkContaining(area == compareLeft, offset));
    }

    private void setHovered(CompareLayout.Link link) {
        if (link == hovered) return;
        if (hovered != null) {
            addClass(compareLeft, hovered.left(), HOVER, false);
            addClass(compareRight, hovered.right(), HOVER, false);
        }
        hovered = link;
        if (link != null) {
            addClass(compareLeft, link.left(), HOVER, true);
            addClass(compareRight, link.right(), HOVER, true);
        }
    }

    private static int offsetAt(StyleClassedTextArea area, double x, double y) {
        return CompareAligner.offsetAt(area, x, y);
    }

    /** The linked sentence under the mouse, or null (for tests). */
    CompareLayout.Link hoveredLink() {
        return hovered;
    }

    // ---- differences and scrolling ---------------------------------------------------------------------------

    private void goTo(CompareLayout.Difference d) {
        if (marked != null) mark(marked, false);
        marked = d;
        if (d == null) return;
        mark(d, true);
        syncing = true;
        try {
            if (d.left() != null) show(compareLeft, d.left());
            if (d.right() != null) show(compareRight, d.right());
        } finally {
            releaseSync();
        }
    }

    private void mark(CompareLayout.Difference d, boolean on) {
        addClass(compareLeft, d.left(), CURRENT, on);
        addClass(compareRight, d.right(), CURRENT, on);
    }

    private static void show(StyleClassedTextArea area, ReaderDocument.Range r) {
        area.moveTo(r.start());
        int par = area.offsetToPosition(r.start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, par - 1));
        area.requestFollowCaret();
    }

    private void scrolled(StyleClassedTextArea area) {
        // only the pane the user moves leads; the other pane's own scroll events are its echo
        if (syncing || area != leader || !vm.syncScrollProperty().get()) return;
        levelAfterLayout(true);
    }

    private void releaseSync() {
        // the other pane's scroll position settles in the next layout pass: ignore its echo until then
        Platform.runLater(() -> Platform.runLater(() -> syncing = false));
    }

    private void jumpTo(double fraction) {
        CompareLayout l = vm.layoutProperty().get();
        if (l == null) return;
        leader = compareLeft;
        int offset = (int) (fraction * l.left().length());
        int par = compareLeft.offsetToPosition(Math.min(offset, compareLeft.getLength()), TwoDimensional.Bias.Forward).getMajor();
        compareLeft.showParagraphAtTop(par);
    }

    // ---- events panel ----------------------------------------------------------------------------------------

    private void buildEvents() {
        compareTimeline.show(List.copyOf(vm.events()));
        compareEventList.getChildren().clear();
        String date = null;
        for (CompareViewModel.EventRow r : vm.events()) {
            if (!r.when().equals(date)) {
                date = r.when();
                Label heading = new Label(date);
                heading.getStyleClass().add("compare-event-date");
                compareEventList.getChildren().add(heading);
            }
            Button b = new Button(r.kind() + (r.whoWhere().isEmpty() ? "" : " · " + r.whoWhere()) + "  [" + r.reportedBy() + "]");
            b.getStyleClass().addAll("compare-event", "event-" + r.event().kind().name().toLowerCase(Locale.ROOT),
                    "reported-" + r.reportedBy().toLowerCase(Locale.ROOT));
            // one line per event, the whole text in the tooltip: the strip above is where events are found
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(b.getText() + "\n" + switch (r.reportedBy()) {
                case "both" -> "Reported by both articles: click to show both sentences";
                case "A" -> "Reported only by the first article";
                default -> "Reported only by the second article";
            }));
            b.setOnAction(e -> vm.showEvent(r));
            compareEventList.getChildren().add(b);
        }
    }

    private void showTarget(CompareViewModel.ScrollTarget t) {
        if (t == null) return;
        syncing = true;
        try {
            if (t.left() != null) {
                show(compareLeft, t.left());
                compareLeft.selectRange(t.left().start(), t.left().end());
            }
            if (t.right() != null) {
                show(compareRight, t.right());
                compareRight.selectRange(t.right().start(), t.right().end());
            }
        } finally {
            releaseSync();
        }
    }

    /** The events panel's rows as shown (for tests): date headings and event buttons in order. */
    List<String> eventPanelTexts() {
        List<String> out = new ArrayList<>();
        for (var n : compareEventList.getChildren()) if (n instanceof Labeled l) out.add(l.getText());
        return out;
    }

    // ---- for the window and tests -------------------------------------------------------------------------

    /** Called with the time from the open request to the first frame showing the filled panes, in nanoseconds. */
    public void setOnFirstFrame(LongConsumer listener) {
        firstFrameListener = listener == null ? ns -> { } : listener;
    }

    public long lastFirstFrameNanos() {
        return lastFirstFrameNanos;
    }

    public StyleClassedTextArea leftArea() {
        return compareLeft;
    }

    public StyleClassedTextArea rightArea() {
        return compareRight;
    }

    CompareViewModel viewModel() {
        return vm;
    }

    public BorderPane root() {
        return compareRoot;
    }
}
