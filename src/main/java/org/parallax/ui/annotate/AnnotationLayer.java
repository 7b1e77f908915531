package org.parallax.ui.annotate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * Hand annotation on top of the reader: a single key (P, O, L, D, E, M or a user type's shortcut) marks the selection,
 * N moves to the note field, Ctrl+Z / Ctrl+Shift+Z undo and redo, and a context menu offers the same. Annotations are
 * styled by type and origin ({@code mention-manual} solid, {@code mention-auto} dotted underline); noted passages are
 * boxed in the note colour with a margin bar and show their note on hover ({@link NoteMarks}). This is the view
 * code that works on the reader's text; the side panel is the {@link AnnotateView} (annotate.fxml), and every rule
 * and edit is the {@link AnnotateViewModel}'s, which runs work off the FX thread.
 */
public final class AnnotationLayer {
    public static final String STYLESHEET = "/org/parallax/ui/annotate/annotate.css";
    private static final List<String> OWN_PREFIXES = List.of("entity-", "mention-", "note-");

    private final ReaderView reader;
    private final ReaderViewModel readerVm;
    private final AnnotateViewModel vm;
    private final StyleClassedTextArea text;
    private final String stylesheet;
    private AnnotateView panel;
    private boolean noteKey;
    private ObservableSet<EntityType> shownTypes;
    private final NoteMarks noteMarks;
    /** True while the library may not be changed: edit keys do nothing and the context menus grey their edits. */
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);

    public AnnotationLayer(ReaderView reader, ReaderViewModel readerVm, AnnotateViewModel vm) {
        this.reader = reader;
        this.readerVm = readerVm;
        this.vm = vm;
        this.text = reader.textArea();
        stylesheet = Objects.requireNonNull(AnnotationLayer.class.getResource(STYLESHEET)).toExternalForm();
        reader.root().getStylesheets().add(stylesheet);
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        text.setContextMenu(contextMenu());
        readerVm.articleProperty().addListener((o, was, now) -> vm.open(now == null ? -1 : now.id()));
        if (readerVm.getArticle() != null) vm.open(readerVm.getArticle().id());
        noteMarks = new NoteMarks(reader, readerVm, vm);
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> restyle());
        vm.notes().addListener((ListChangeListener<Note>) c -> restyle());
        vm.types().addListener((ListChangeListener<AnnotationType>) c -> typeColours());
        readerVm.documentProperty().addListener((o, was, now) -> restyle());
        readerVm.refreshCountProperty().addListener((o, was, now) -> vm.reload());
        vm.setOnArticleGone(readerVm::markDeleted);
    }

    /**
     * Highlights only the built-in types in {@code visible} (a legend's visible types) and restyles when it changes;
     * events and the user's own types always show. Without it every type shows.
     */
    public void showTypes(ObservableSet<EntityType> visible) {
        shownTypes = visible;
        visible.addListener((SetChangeListener<EntityType>) c -> restyle());
        restyle();
    }

    /** Bound to the library's read-only state by the window (LibraryStatus); the panel's own controls are locked there. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    boolean isReadOnly() {
        return readOnly.get();
    }

    /** The side panel to place next to the reader ({@code #annotatePanel}), loaded from annotate.fxml on first use. */
    public VBox panel() {
        if (panel == null) {
            panel = AnnotateView.load(vm, this);
            panel.root().getStylesheets().add(stylesheet);
        }
        return panel.root();
    }

    /** The card showing the note of the passage under the mouse ({@code #noteCard}), for tests. */
    public Tooltip noteCard() {
        return noteMarks.card();
    }

    /** The selection in article offsets, or null when nothing is open. */
    int[] selection() {
        ReaderDocument doc = readerVm.documentProperty().get();
        if (doc == null) return null;
        var sel = text.getSelection();
        return new int[] {doc.toArticle(sel.getStart()), doc.toArticle(sel.getEnd())};
    }

    private Optional<Annotation> mentionAtSelection() {
        int[] s = selection();
        return s == null ? Optional.empty() : vm.annotationAt(s[0], s[1]);
    }

    /** Whether the note last started came from the N key (whose typed "n" the note field must drop); clears it. */
    boolean takeNoteKey() {
        boolean was = noteKey;
        noteKey = false;
        return was;
    }

    /** Gives the text the focus back (after a note is added). */
    void focusText() {
        text.requestFocus();
    }

    /** Starts a note on the reader's selection from the panel's toolbar (the editor takes the focus). */
    void startNoteFromPanel() {
        startNote(false);
    }

    private void startNote(boolean byKey) {
        int[] s = selection();
        noteKey = byKey;
        if (s == null) vm.startNote(0, 0);
        else vm.startNote(s[0], s[1]);
    }

    private void onKey(KeyEvent e) {
        if (readOnly.get()) return; // marks, notes and undo all change the library
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) vm.redo();
            else vm.undo();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown() && !e.getCode().isLetterKey()) return;
        if (!e.getCode().isLetterKey()) return;
        String key = e.getCode().getName().toUpperCase(Locale.ROOT);
        if (key.equals("N")) {
            panel(); // the note field lives in the panel
            startNote(true);
            e.consume();
            return;
        }
        Optional<String> type = vm.typeForKey(key);
        int[] s = selection();
        if (type.isPresent() && s != null && s[1] > s[0]) {
            vm.mark(s[0], s[1], type.get());
            e.consume();
        }
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        List<ReaderKeys.Key> items = ReaderKeys.MARKS;
        for (ReaderKeys.Key it : items) {
            MenuItem m = new MenuItem(it.action() + " (" + it.keys() + ")");
            m.setOnAction(e -> {
                int[] s = selection();
                if (s != null) vm.mark(s[0], s[1], it.markType());
            });
            menu.getItems().add(m);
        }
        MenuItem note = new MenuItem("Add note… (N)");
        note.setOnAction(e -> startNote(false));
        MenuItem reject = new MenuItem("Reject or delete the mark here");
        reject.setOnAction(e -> mentionAtSelection().ifPresent(vm::removeMark));
        MenuItem makeEvent = new MenuItem("Make event…");
        makeEvent.setId("makeEvent");
        makeEvent.setOnAction(e -> mentionAtSelection().filter(vm::canMakeEvent).ifPresent(this::askEventKind));
        MenuItem undo = new MenuItem("Undo (Ctrl+Z)");
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem("Redo (Ctrl+Shift+Z)");
        redo.setOnAction(e -> vm.redo());
        menu.getItems().addAll(new SeparatorMenuItem(), note, reject, makeEvent, new SeparatorMenuItem(), undo, redo);
        menu.setOnShowing(e -> {
            // every item of this menu changes the library
            menu.getItems().forEach(i -> i.setDisable(readOnly.get()));
            makeEvent.setDisable(readOnly.get() || mentionAtSelection().filter(vm::canMakeEvent).isEmpty());
            menu.getItems().removeIf(i -> "custom-type".equals(i.getUserData()));
            int at = items.size();
            for (var t : vm.types()) {
                MenuItem m = new MenuItem("Mark as " + t.name() + (t.shortcut() == null ? "" : " (" + t.shortcut().toUpperCase(Locale.ROOT) + ")"));
                m.setUserData("custom-type");
                m.setDisable(readOnly.get());
                m.setOnAction(x -> {
                    int[] s = selection();
                    if (s != null) vm.mark(s[0], s[1], t.name());
                });
                menu.getItems().add(at++, m);
            }
        });
        return menu;
    }

    /** Asks whether the date marks a visit, meeting or statement, then makes the event. */
    private void askEventKind(Annotation a) {
        ChoiceDialog<EventKind> d = new ChoiceDialog<>(EventKind.VISIT, EventKind.values());
        d.setTitle("Make event");
        d.setHeaderText("What happened on \u201c" + a.mention().text() + "\u201d (" + a.mention().date() + ")?");
        d.setContentText("Kind:");
        if (text.getScene() != null) d.initOwner(text.getScene().getWindow());
        d.showAndWait().ifPresent(kind -> vm.makeEvent(a, kind));
    }

    /** Selects and scrolls to a range of the open article (a suggestion), as a jump kept in the history. */
    void reveal(int start, int end) {
        var open = readerVm.getArticle();
        if (open != null) readerVm.openAt(open.id(), start, end, "notes", ReaderViewModel.Mark.SELECT);
    }

    /**
     * Opens a note's article (when another is open) and selects its whole passage, flashing it, as a jump kept in the
     * history; an article note opens its article at the top. An orphaned note, whose passage is gone, opens nothing.
     */
    void reveal(Note n) {
        if (n == null || n.articleId() == null || n.orphaned()) return;
        if (n.start() == null) readerVm.openAt(n.articleId(), 0, 0, "notes", ReaderViewModel.Mark.SCROLL);
        else readerVm.openAt(n.articleId(), n.start(), n.end(), "notes", ReaderViewModel.Mark.SELECT);
    }

    /**
     * The user's types are coloured by a style sheet built from their colours (a data URI, so no node is styled from
     * code): one class {@code entity-type-ID} per type.
     */
    private void typeColours() {
        StringBuilder css = new StringBuilder();
        for (AnnotationType t : vm.types()) {
            if (!t.colour().matches("#[0-9a-fA-F]{6}")) continue;
            css.append(".reader-text .entity-type-").append(t.id()).append(" { -rtfx-background-color: ").append(t.colour())
                    .append("55; -rtfx-underline-color: ").append(t.colour()).append("; }\n");
        }
        reader.root().getStylesheets().removeIf(u -> u.startsWith("data:text/css"));
        if (css.length() > 0) {
            reader.root().getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
        }
        restyle();
    }

    private String customClass(String label) {
        for (AnnotationType t : vm.types()) if (t.name().equals(label)) return "entity-type-" + t.id();
        return "entity-custom";
    }

    /** Removes the layer's style classes and adds one per shown annotation: its type and its origin. */
    private void restyle() {
        ReaderDocument doc = readerVm.documentProperty().get();
        if (doc == null || text.getLength() == 0) return;
        reader.restyle(this::restyleSpans);
    }

    private void restyleSpans() {
        StyleSpans<Collection<String>> cleaned = text.getStyleSpans(0, text.getLength()).mapStyles(styles -> {
            List<String> out = new ArrayList<>();
            for (String s : styles) if (OWN_PREFIXES.stream().noneMatch(s::startsWith)) out.add(s);
            return out;
        });
        text.setStyleSpans(0, cleaned);
        for (Annotation a : vm.annotations()) {
            if (a.builtIn() && shownTypes != null && !shownTypes.contains(a.mention().type())) continue;
            String type = a.builtIn() ? a.mention().type().styleClass()
                    : Annotation.EVENT.equals(a.label()) ? "entity-event" : customClass(a.label());
            reader.addStyleClass(a.mention().start(), a.mention().end(), type);
            reader.addStyleClass(a.mention().start(), a.mention().end(),
                    a.mention().origin() == MentionOrigin.MANUAL ? "mention-manual" : "mention-auto");
        }
        noteMarks.style();
    }
}
