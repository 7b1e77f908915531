package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.ui.reader.ReaderDocument;

/**
 * The desk state of the compare window that sits beside the {@link CompareViewModel}: whether the summary header is
 * expanded, the conflicting facts as summary lines ("killed: at least 7 / 6") and their count, and "Open in reader",
 * which hands the sentence under a pane offset to whoever opened the window. Never touches a node.
 */
public final class CompareDesk {
    /** Opens an article in the main window's reader at {@code [start, end)} (article offsets). */
    @FunctionalInterface
    public interface ReaderOpener {
        void open(long articleId, int start, int end);
    }

    private final ReadOnlyObjectProperty<CompareLayout> layout;
    private final BooleanProperty headerExpanded = new SimpleBooleanProperty(this, "headerExpanded", false);
    private final ObservableList<String> conflictLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper conflictCount = new ReadOnlyStringWrapper(this, "conflictCount", "");
    private ReaderOpener opener;

    CompareDesk(ReadOnlyObjectProperty<CompareLayout> layout) {
        this.layout = layout;
        layout.addListener((o, was, now) -> update(now));
    }

    private void update(CompareLayout l) {
        List<String> lines = l == null ? List.of() : lines(l);
        conflictLines.setAll(lines);
        conflictCount.set(lines.isEmpty() ? "" : "⚠ " + lines.size() + (lines.size() == 1 ? " conflicting fact" : " conflicting facts"));
    }

    /** One line per conflicting fact, left value first, in the layout's (display) order. */
    static List<String> lines(CompareLayout l) {
        List<String> out = new ArrayList<>();
        for (CompareLayout.ConflictMark k : l.conflicts()) {
            out.add(k.fact() + ": " + orDash(k.leftText()) + " / " + orDash(k.rightText()));
        }
        return out;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Sets who opens an article in the reader; without one, "Open in reader" is not offered. */
    public CompareDesk setReaderOpener(ReaderOpener readerOpener) {
        this.opener = readerOpener;
        return this;
    }

    public boolean canOpenInReader() {
        return opener != null;
    }

    /**
     * Opens the article of a pane in the reader at the sentence containing {@code displayOffset} (the aligned or
     * one-sided sentence; the offset alone when it falls between sentences). Returns false when nothing was opened.
     */
    public boolean openInReader(boolean onLeft, int displayOffset) {
        CompareLayout l = layout.get();
        if (opener == null || l == null) return false;
        CompareLayout.Side side = onLeft ? l.left() : l.right();
        ReaderDocument.Range r = sentenceAt(l, onLeft, displayOffset);
        int from = side.document().toArticle(r.start()), to = side.document().toArticle(r.end());
        opener.open(side.article().id(), from, Math.max(from, to));
        return true;
    }

    /** The display range of the sentence at {@code offset} on one side. */
    static ReaderDocument.Range sentenceAt(CompareLayout l, boolean onLeft, int offset) {
        CompareLayout.Link link = l.linkContaining(onLeft, offset);
        if (link != null) return onLeft ? link.left() : link.right();
        for (CompareLayout.Span u : (onLeft ? l.left() : l.right()).unique()) {
            if (offset >= u.start() && offset < u.end()) return new ReaderDocument.Range(u.start(), u.end());
        }
        return new ReaderDocument.Range(offset, offset);
    }

    public BooleanProperty headerExpandedProperty() {
        return headerExpanded;
    }

    public ObservableList<String> conflictLines() {
        return conflictLines;
    }

    public ReadOnlyStringProperty conflictCountProperty() {
        return conflictCount.getReadOnlyProperty();
    }
}
