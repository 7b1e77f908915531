package org.parallax.ui.reader;

import java.util.Collection;
import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The reader pane (reader.fxml): header labels bound to the {@link ReaderViewModel}, the article text in a read-only
 * RichTextFX area styled per block type, and the related links in a collapsed titled pane.
 */
public final class ReaderView {
    private final ReaderViewModel vm;
    @FXML private VBox readerPane;
    @FXML private Label readerTitle;
    @FXML private Label readerByline;
    @FXML private VirtualizedScrollPane<StyleClassedTextArea> readerScroll;
    @FXML private StyleClassedTextArea readerText;
    @FXML private TitledPane relatedLinks;
    @FXML private Label relatedText;

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        readerTitle.textProperty().bind(vm.titleProperty());
        readerByline.textProperty().bind(vm.bylineProperty());
        relatedText.textProperty().bind(vm.relatedTextProperty());
        relatedLinks.visibleProperty().bind(vm.hasRelatedProperty());
        relatedLinks.managedProperty().bind(vm.hasRelatedProperty());
        readerText.setEditable(false);
        readerText.setWrapText(true);
        vm.documentProperty().addListener((o, was, now) -> show(now));
        show(vm.documentProperty().get());
        vm.highlightProperty().addListener((o, was, now) -> applyHighlight());
        // the view model sets the document before the article, so the highlight waits for both
        vm.articleProperty().addListener((o, was, now) -> applyHighlight());
    }

    /** Marks and scrolls to the view model's highlight when its article is the one shown. */
    private void applyHighlight() {
        ReaderViewModel.Highlight h = vm.highlightProperty().get();
        ReaderDocument doc = vm.documentProperty().get();
        if (h == null || doc == null || vm.getArticle() == null || vm.getArticle().id() != h.articleId()) return;
        if (!addStyleClass(h.start(), h.end(), HIGHLIGHT)) return;
        ReaderDocument.Range r = doc.displayRange(h.start(), h.end());
        readerText.moveTo(r.start());
        readerText.showParagraphAtCenter(readerText.getCurrentParagraph());
    }

    /** The style class of a range opened from elsewhere (a calendar event's source sentence). */
    public static final String HIGHLIGHT = "source-highlight";

    private void show(ReaderDocument doc) {
        relatedLinks.setExpanded(false);
        if (doc == null || doc.text().isEmpty()) {
            readerText.clear();
            return;
        }
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
     * Adds a style class (such as {@code entity-person}) to an article range, keeping the block styles under it.
     * The range is in article offsets and is mapped through the open {@link ReaderDocument}; a range in hidden
     * text is ignored. Returns whether anything was styled.
     */
    public boolean addStyleClass(int articleStart, int articleEnd, String styleClass) {
        ReaderDocument doc = vm.documentProperty().get();
        if (doc == null) return false;
        ReaderDocument.Range r = doc.displayRange(articleStart, articleEnd);
        if (r.isEmpty()) return false;
        StyleSpans<Collection<String>> old = readerText.getStyleSpans(r.start(), r.end());
        readerText.setStyleSpans(r.start(), old.mapStyles(styles -> {
            List<String> out = new java.util.ArrayList<>(styles);
            if (!out.contains(styleClass)) out.add(styleClass);
            return out;
        }));
        return true;
    }

    /** The text area, for later layers (entity highlights, annotations) that style ranges through the offset map. */
    public StyleClassedTextArea textArea() {
        return readerText;
    }

    public VBox root() {
        return readerPane;
    }
}
