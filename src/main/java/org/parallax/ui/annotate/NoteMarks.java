package org.parallax.ui.annotate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * Notes made visible in the reader: each passage with a note gets the {@code note-passage} style (a box in the note
 * colour, the accent the PDF report marks notes with), its paragraphs a bar in the left margin
 * ({@code .note-gutter-mark}), and resting the mouse on it shows the note (its Markdown read as plain lines and
 * bullets, {@link MarkdownFlow#plain}) in a card ({@code #noteCard}) above the line. The notes are the {@link AnnotateViewModel}'s for the open article.
 */
final class NoteMarks {
    static final String PASSAGE = "note-passage";

    private final ReaderView reader;
    private final ReaderViewModel readerVm;
    private final AnnotateViewModel vm;
    private final StyleClassedTextArea text;
    private final Tooltip card = new Tooltip();
    /** The paragraphs whose margin is marked now. */
    private Set<Integer> marked = Set.of();

    NoteMarks(ReaderView reader, ReaderViewModel readerVm, AnnotateViewModel vm) {
        this.reader = reader;
        this.readerVm = readerVm;
        this.vm = vm;
        this.text = reader.textArea();
        installCard();
    }

    /** The open article's notes on a passage that is still found in it. */
    private List<Note> passageNotes() {
        return vm.notes().stream().filter(n -> n.target() == NoteTarget.PASSAGE && !n.orphaned() && n.start() != null
                && n.articleId() != null && n.articleId() == vm.articleId()).toList();
    }

    /** Styles every noted passage and marks its paragraphs' margin; called after the layer cleared its own classes. */
    void style() {
        ReaderDocument doc = readerVm.documentProperty().get();
        Set<Integer> pars = new HashSet<>();
        if (doc != null) {
            for (Note n : passageNotes()) {
                ReaderDocument.Range r = doc.displayRange(n.start(), n.end());
                if (r.isEmpty() || r.end() > text.getLength()) continue;
                reader.addStyleClass(n.start(), n.end(), PASSAGE);
                int first = text.offsetToPosition(r.start(), Bias.Forward).getMajor();
                int last = text.offsetToPosition(Math.max(r.start(), r.end() - 1), Bias.Forward).getMajor();
                for (int p = first; p <= last; p++) pars.add(p);
            }
        }
        if (pars.equals(marked) && text.getParagraphGraphicFactory() != null) return;
        marked = pars;
        // a new factory makes every shown paragraph ask for its margin again
        IntFunction<Node> gutter = p -> {
            Region r = new Region();
            r.getStyleClass().add("note-gutter");
            if (pars.contains(p)) r.getStyleClass().add("note-gutter-mark");
            return r;
        };
        text.setParagraphGraphicFactory(gutter);
    }

    /** The note on the passage holding article offset {@code at}, if any (the shortest, when notes overlap). */
    Optional<Note> noteAt(int at) {
        return passageNotes().stream().filter(n -> n.start() <= at && at < n.end())
                .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
    }

    private void installCard() {
        card.setId("noteCard");
        card.getStyleClass().add("note-card");
        card.setWrapText(true);
        card.setMaxWidth(400);
        card.getScene().getStylesheets().add(Objects.requireNonNull(
                NoteMarks.class.getResource(AnnotationLayer.STYLESHEET)).toExternalForm());
        text.setMouseOverTextDelay(Duration.ofMillis(350));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            ReaderDocument doc = readerVm.documentProperty().get();
            if (doc == null) return;
            noteAt(doc.toArticle(e.getCharacterIndex())).ifPresentOrElse(n -> {
                card.setText(MarkdownFlow.plain(n.text()));
                card.show(text, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() - 24);
                // above the line, so the entity card (below the pointer) can show as well and the passage stays readable
                double top = text.getCharacterBoundsOnScreen(e.getCharacterIndex(), e.getCharacterIndex() + 1)
                        .map(b -> b.getMinY()).orElse(e.getScreenPosition().getY() - 12);
                card.setY(top - card.getHeight() - 4);
            }, card::hide);
        });
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> card.hide());
    }

    /** The hover card, for tests: showing while the mouse rests on a noted passage. */
    Tooltip card() {
        return card;
    }
}
