package org.parallax.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The reader pane (reader.fxml): header labels bound to the {@link ReaderViewModel}, the article text in a read-only
 * RichTextFX area styled per block type, and the related links in a collapsed titled pane. The area (RichTextFX,
 * Flowless and ReactFX: some 750 classes) is built when first needed, an article to show or a layer asking for it,
 * so a window start can show its first frame without it. A jump ({@link ReaderViewModel#openAt}) scrolls its range
 * to the middle once the text is laid out and flashes it for {@link #FLASH}; no style of it outlives the flash.
 */
public final class ReaderView {
    private final ReaderViewModel vm;
    @FXML private VBox readerPane;
    @FXML private Label readerTitle;
    @FXML private Label readerByline;
    @FXML private VBox readerVersions;
    @FXML private ScrollPane readerFigures;
    @FXML private HBox figureStrip;
    @FXML private StackPane readerBody;
    /** Null until {@link #textArea()} builds it. */
    private StyleClassedTextArea readerText;
    @FXML private TitledPane relatedLinks;
    @FXML private Label relatedText;
    @FXML private HBox readerMetaRow;
    @FXML private ToggleButton readerDetails;
    @FXML private VBox readerDetailsBox;

    /** The reader's own layout rules (a compact header), over parallax.css. */
    public static final String STYLESHEET = "/org/parallax/ui/reader/reader.css";

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        readerTitle.textProperty().bind(vm.titleProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.titleProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        readerTitle.setTooltip(whole);
        readerPane.getStylesheets().add(Objects.requireNonNull(ReaderView.class.getResource(STYLESHEET)).toExternalForm());
        // with nothing open the header is the welcome (title and hint wrapped, as the first frame draws them:
        // WindowSkeleton); an article gets the compact header, its title on one line and the legend beside the byline
        compactHeader(vm.getArticle() != null);
        vm.articleProperty().addListener((o, was, now) -> compactHeader(now != null));
        // the byline keeps its width while the legend wraps, but at most 3/5 of the pane's: a long one ("ALPIN.de · by
        // Olympia-Verlag GmbH, Nürnberg, Germany · 21 January 2022") ends in an ellipsis instead of pushing the
        // window's right-hand panel out of sight
        readerByline.textProperty().addListener(o -> keepBylineWidth());
        readerPane.widthProperty().addListener(o -> keepBylineWidth());
        // "Details" shows or folds the other versions and the images; it is offered only when there are some
        readerDetailsBox.visibleProperty().bind(readerDetails.selectedProperty());
        readerDetailsBox.managedProperty().bind(readerDetails.selectedProperty());
        var anyDetails = readerVersions.visibleProperty().or(readerFigures.visibleProperty());
        readerDetails.visibleProperty().bind(anyDetails);
        readerDetails.managedProperty().bind(anyDetails);
        readerByline.textProperty().bind(vm.bylineProperty());
        relatedText.textProperty().bind(vm.relatedTextProperty());
        relatedLinks.visibleProperty().bind(vm.hasRelatedProperty());
        relatedLinks.managedProperty().bind(vm.hasRelatedProperty());
        if (vm.hasRelatedProperty().get()) showRelatedLinks();
        vm.hasRelatedProperty().addListener((o, was, now) -> {
            if (now) showRelatedLinks();
        });
        // the legend and "Other versions of this story" arrive after the text: as they take room, the text's viewport
        // shrinks from the top and the flow keeps its bottom, hiding the first line; an article still at its start
        // stays there
        readerBody.heightProperty().addListener((o, was, now) -> {
            if (atStart()) readerText.showParagraphAtTop(0);
            else if (flashing != null) centre(flashing); // the header settling must not push a jump's target away
        });
        vm.figures().addListener((ListChangeListener<ReaderViewModel.Figure>) c -> showFigures());
        showFigures();
        vm.documentProperty().addListener((o, was, now) -> show(now));
        show(vm.documentProperty().get());
        vm.highlightProperty().addListener((o, was, now) -> applyHighlight());
        // the view model sets the document before the article, so the highlight waits for both
        vm.articleProperty().addListener((o, was, now) -> applyHighlight());
    }

    private boolean headerOpen;

    private void keepBylineWidth() {
        if (!headerOpen || readerPane.getWidth() <= 0) return;
        readerByline.setMinWidth(Math.min(readerByline.prefWidth(-1), readerPane.getWidth() * 0.6));
    }

    private void compactHeader(boolean open) {
        readerTitle.setWrapText(!open);
        readerByline.setWrapText(!open);
        HBox.setHgrow(readerByline, open ? Priority.NEVER : Priority.ALWAYS);
        readerByline.setMaxWidth(open ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
        headerOpen = open;
        readerByline.setMinWidth(open ? Region.USE_PREF_SIZE : 0); // the legend wraps first
        keepBylineWidth();
        if (open && !readerPane.getStyleClass().contains(OPEN)) readerPane.getStyleClass().add(OPEN);
        if (!open) readerPane.getStyleClass().remove(OPEN);
    }

    /** The reader pane's style class while an article is open (reader.css makes its header compact). */
    static final String OPEN = "article-open";

    /** The tallest a figure is shown; the strip scrolls sideways when the figures are wider than the pane. */
    static final double FIGURE_SHOWN = 88;

    /** Fills the strip under the header with the article's images, each over its caption (offline: decoded bytes). */
    private void showFigures() {
        figureStrip.getChildren().clear();
        boolean any = !vm.figures().isEmpty();
        readerFigures.setVisible(any);
        readerFigures.setManaged(any);
        for (ReaderViewModel.Figure f : vm.figures()) {
            ImageView view = new ImageView(f.image());
            view.setPreserveRatio(true);
            view.setSmooth(true);
            double h = Math.min(FIGURE_SHOWN, f.image().getHeight());
            view.setFitHeight(h);
            double w = f.image().getWidth() * h / f.image().getHeight();
            VBox figure = new VBox(4, view);
            figure.getStyleClass().add("reader-figure");
            if (f.caption() != null && !f.caption().isBlank()) {
                Label caption = new Label(f.caption().strip());
                caption.getStyleClass().add("figure-caption");
                caption.setWrapText(true);
                caption.setMaxWidth(Math.max(160, w));
                caption.setPrefWidth(Math.max(160, w));
                caption.setMaxHeight(2 * 16);
                caption.setTooltip(new Tooltip(f.caption().strip()));
                figure.getChildren().add(caption);
            }
            Tooltip.install(view, new Tooltip(f.url()));
            figureStrip.getChildren().add(figure);
        }
    }

    private void showRelatedLinks() {
        if (!readerPane.getChildren().contains(relatedLinks)) readerPane.getChildren().add(relatedLinks);
    }

    /** How long a jump's target stays flashed. */
    public static final Duration FLASH = Duration.millis(1500);
    /** The style class of a jump's target while it flashes (a calendar event's source sentence, a search hit). */
    public static final String HIGHLIGHT = "source-highlight";
    /** The range flashing now, in display offsets; null when none. */
    private ReaderDocument.Range flashing;
    private final PauseTransition flashTimer = new PauseTransition(FLASH);

    /** Shows the view model's waiting jump when its article is the one shown: caret, scroll, then a brief flash. */
    private void applyHighlight() {
        ReaderViewModel.Highlight h = vm.highlightProperty().get();
        ReaderDocument doc = vm.documentProperty().get();
        if (h == null || doc == null || vm.getArticle() == null || vm.getArticle().id() != h.articleId()) return;
        StyleClassedTextArea area = textArea();
        endFlash();
        ReaderDocument.Range r = doc.displayRange(h.start(), h.end());
        int shown = doc.toDisplay(h.start()); // -1 in hidden text (a title, a related-links block)
        int at = Math.min(shown >= 0 ? shown : r.isEmpty() ? 0 : r.start(), area.getLength());
        if (h.mark() == ReaderViewModel.Mark.SCROLL || r.isEmpty()) {
            area.moveTo(at);
            showAtTop(at);
            vm.shown(h);
            return;
        }
        if (h.mark() == ReaderViewModel.Mark.SELECT) area.selectRange(r.end(), r.start()); // caret at the start
        else area.moveTo(r.start());
        flashing = r;
        addDisplayClass(r, HIGHLIGHT);
        centre(r);
        flashTimer.setOnFinished(e -> endFlash());
        flashTimer.playFromStart();
        vm.shown(h); // last: a listener on the highlight sees the flash in place
    }

    /** Re-applies a jump's scroll while the new text settles; stopped by the next text or jump. */
    private Timeline settling;

    /** Scrolls {@code r} to the middle of the viewport; see {@link #settle}. */
    private void centre(ReaderDocument.Range r) {
        StyleClassedTextArea area = textArea();
        int par = area.offsetToPosition(r.start(), Bias.Forward).getMajor();
        settle(() -> {
            area.showParagraphAtCenter(par);
            area.requestFollowCaret();
        }, () -> visible(area, par));
    }

    /** Scrolls the paragraph holding {@code displayOffset} to the top of the viewport (a place in the history). */
    private void showAtTop(int displayOffset) {
        StyleClassedTextArea area = textArea();
        int par = area.offsetToPosition(displayOffset, Bias.Forward).getMajor();
        settle(() -> area.showParagraphAtTop(par), () -> visible(area, par) && (firstVisibleText(area) >= par
                || area.getEstimatedScrollY() + area.getViewportHeight() >= area.getTotalHeightEstimate() - 1));
    }

    /**
     * Runs {@code go} now and again over the next moments until {@code landed}: a text just replaced has no line
     * heights yet, and the header's parts (legend, other versions, figures) arrive after it and resize the viewport,
     * so a single request lands by estimate (for a new article, at its top).
     */
    private void settle(Runnable go, BooleanSupplier landed) {
        if (settling != null) settling.stop();
        go.run();
        EventHandler<ActionEvent> again = e -> {
            if (!safely(landed)) go.run();
        };
        settling = new Timeline();
        for (int ms : new int[] {30, 100, 250, 500, 900}) settling.getKeyFrames().add(new KeyFrame(Duration.millis(ms), again));
        settling.play();
    }

    private static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false; // not laid out yet
        }
    }

    private static boolean visible(StyleClassedTextArea area, int par) {
        return area.firstVisibleParToAllParIndex() <= par && par <= area.lastVisibleParToAllParIndex();
    }

    /** Removes the flash's style class from its range, leaving the block and entity styles under it as they are. */
    private void endFlash() {
        flashTimer.stop();
        ReaderDocument.Range r = flashing;
        flashing = null;
        if (r == null || readerText == null || r.end() > readerText.getLength()) return;
        StyleSpans<Collection<String>> old = readerText.getStyleSpans(r.start(), r.end());
        readerText.setStyleSpans(r.start(), old.mapStyles(styles -> {
            if (!styles.contains(HIGHLIGHT)) return styles;
            List<String> out = new ArrayList<>(styles);
            out.remove(HIGHLIGHT);
            return out;
        }));
    }

    /**
     * The first paragraph in the viewport that has text: a blank line between blocks has no article offset of its
     * own (it maps to the next block), so coming back to it would land one line lower. Throws before any layout.
     */
    public static int firstVisibleText(StyleClassedTextArea area) {
        int last = area.lastVisibleParToAllParIndex();
        for (int p = area.firstVisibleParToAllParIndex(); p <= last; p++) {
            if (area.getParagraphLength(p) > 0) return p;
        }
        return area.firstVisibleParToAllParIndex();
    }

    /** The article offset of the first paragraph in the viewport, for the history to come back to; 0 when none. */
    private int topOffset() {
        ReaderDocument doc = vm.documentProperty().get();
        if (readerText == null || doc == null || readerText.getLength() == 0) return 0;
        try {
            return doc.toArticle(readerText.getAbsolutePosition(firstVisibleText(readerText), 0));
        } catch (RuntimeException e) {
            return 0; // no paragraph laid out yet
        }
    }

    private void show(ReaderDocument doc) {
        relatedLinks.setExpanded(false);
        flashTimer.stop();
        flashing = null; // the old text, and its flash, are gone
        if (settling != null) settling.stop();
        if (doc == null || doc.text().isEmpty()) {
            if (readerText != null) readerText.clear();
            return;
        }
        StyleClassedTextArea readerText = textArea();
        readerText.replaceText(doc.text());
        readerText.setStyleSpans(0, spans(doc));
        readerText.moveTo(0);
        readerText.showParagraphAtTop(0);
        applyHighlight();
    }

    /** The style spans of a document: each kept block gets its block style class, separators none. */
    static StyleSpans<Collection<String>> spans(ReaderDocument doc) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (ReaderDocument.Segment s : doc.segments()) {
            if (s.displayStart() > at) b.add(List.of(), s.displayStart() - at);
            b.add(List.of(s.styleClass()), s.length());
            at = s.displayEnd();
        }
        if (doc.text().length() > at) b.add(List.of(), doc.text().length() - at);
        return b.create();
    }

    /**
     * Whether the text is shown from its start: caret there, nothing highlighted elsewhere and not scrolled (a reader
     * scrolls with the wheel or the bar, leaving the caret at 0).
     */
    private boolean atStart() {
        return readerText != null && readerText.getCaretPosition() == 0 && vm.highlightProperty().get() == null
                && readerText.getEstimatedScrollY() < 1;
    }

    /**
     * Runs {@code change}, which restyles the text (entity highlights arriving after recognition, a legend chip
     * toggled), keeping what is shown in place: an article shown from its start stays there (new styles change the
     * lines' heights, and the flow keeps the offset of a paragraph further down, which could push the first line above
     * the viewport), and one scrolled down keeps its first visible paragraph at the same height.
     */
    public void restyle(Runnable change) {
        boolean start = atStart();
        int top = -1;
        double into = 0;
        if (!start && readerText != null && flashing == null && readerText.getLength() > 0) {
            try {
                top = readerText.firstVisibleParToAllParIndex();
                into = readerText.getVisibleParagraphBoundsOnScreen(0).getMinY() - readerText.localToScreen(0, 0).getY();
            } catch (RuntimeException e) {
                top = -1; // not laid out yet: nothing to keep
            }
        }
        change.run();
        if (start) readerText.showParagraphAtTop(0);
        else if (top >= 0 && readerText.firstVisibleParToAllParIndex() != top) {
            readerText.showParagraphAtTop(top);
            readerText.scrollYBy(-into);
        }
    }

    /**
     * Adds a style class (such as {@code entity-person}) to an article range, keeping the block styles under it.
     * The range is in article offsets and is mapped through the open {@link ReaderDocument}; a range in hidden
     * text is ignored. Returns whether anything was styled.
     */
    public boolean addStyleClass(int articleStart, int articleEnd, String styleClass) {
        ReaderDocument doc = vm.documentProperty().get();
        if (doc == null) return false;
        ReaderDocument.Range r = doc.displayRange(articleStart, articleEnd);
        if (r.isEmpty()) return false;
        addDisplayClass(r, styleClass);
        return true;
    }

    private void addDisplayClass(ReaderDocument.Range r, String styleClass) {
        StyleClassedTextArea readerText = textArea();
        StyleSpans<Collection<String>> old = readerText.getStyleSpans(r.start(), r.end());
        readerText.setStyleSpans(r.start(), old.mapStyles(styles -> {
            List<String> out = new ArrayList<>(styles);
            if (!out.contains(styleClass)) out.add(styleClass);
            return out;
        }));
    }

    /**
     * The text area ({@code #readerText}), built on the first call; for later layers (entity highlights,
     * annotations) that style ranges through the offset map. Call on the FX thread.
     */
    public StyleClassedTextArea textArea() {
        if (readerText == null) {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setId("readerText");
            area.getStyleClass().add("reader-text");
            area.setEditable(false);
            area.setWrapText(true);
            VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
            scroll.setId("readerScroll");
            scroll.getStyleClass().add("reader-scroll");
            readerBody.getChildren().setAll(scroll);
            readerText = area;
            vm.setPositionSource(this::topOffset);
        }
        return readerText;
    }

    public VBox root() {
        return readerPane;
    }

    /** The header's second line, after the byline: where the entity legend goes, so it takes no line of its own. */
    public HBox metaRow() {
        return readerMetaRow;
    }

    /** The header's slot for "Other versions of this story", filled by the main window. */
    public VBox versionsBox() {
        return readerVersions;
    }
}
