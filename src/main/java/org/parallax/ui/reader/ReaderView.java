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
    }

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

    /** The text area, for later layers (entity highlights, annotations) that style ranges through the offset map. */
    public StyleClassedTextArea textArea() {
        return readerText;
    }

    public VBox root() {
        return readerPane;
    }
}
