package org.parallax.ui.annotate;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.parallax.model.Note;

/**
 * The notes part of the annotate panel: a filter field ({@code #notesFilter}), every note of the library grouped by
 * article with whole, wrapped texts ({@code #notesList}), and a multi-line Markdown editor ({@code #noteText}) with a
 * live preview ({@code #notePreview}). Ctrl+Enter adds the note to the selection (or saves the note being edited),
 * Escape stops editing; clicking a note (or Enter on it) opens its article with the whole passage selected. Rules and
 * edits are the {@link AnnotateViewModel}'s and the {@link NotesListModel}'s.
 */
final class NotesPane {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AnnotateViewModel vm;
    private final AnnotationLayer layer;
    private final VBox root = new VBox(6);
    // a plain field: ControlsFX's clearable one brings a style sheet written for Modena that AtlantaFX cannot resolve
    private final TextField filter = new TextField();
    private final ListView<NoteRows.Row> list = new ListView<>();
    private final TextArea editor = new TextArea();
    private final TextFlow preview = new TextFlow();
    private final Button save = new Button("Add note");
    private final Button cancel = new Button("Cancel");
    private final Label byline = new Label();
    private Note editing;
    /** The version the note being edited was read at (a merge saves at the version of the conflict instead). */
    private int editingVersion;
    private long chosen = -1;
    private boolean swallowTyped;

    NotesPane(AnnotateViewModel vm, AnnotationLayer layer) {
        this.vm = vm;
        this.layer = layer;
        filter.setId("notesFilter");
        filter.setPromptText("Filter notes (Esc clears)");
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) filter.clear();
        });
        filter.textProperty().bindBidirectional(vm.notesList().filterProperty());
        list.setId("notesList");
        list.getStyleClass().add("notes-list");
        list.setItems(vm.notesList().rows());
        list.setCellFactory(l -> new RowCell());
        list.setPlaceholder(new Label("No notes yet: select a passage and press N."));
        list.setContextMenu(contextMenu());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onListKey);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(110);
        // a reload (after any edit, or opening another article) replaces the rows: keep the chosen note chosen
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.note() != null) chosen = now.note().id();
        });
        list.getItems().addListener((ListChangeListener<NoteRows.Row>) c -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                Note n = list.getItems().get(i).note();
                if (n != null && n.id() == chosen) list.getSelectionModel().select(i);
            }
        });
        editor.setId("noteText");
        editor.getStyleClass().add("note-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.setPromptText("Note on the selection, in Markdown (**bold**, *italic*, - items)");
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        // the "n" of the key that moved the focus here would land in the editor: drop it
        editor.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped && e.getCharacter().equalsIgnoreCase("n")) e.consume();
            swallowTyped = false;
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) swallowTyped = false;
        });
        preview.setId("notePreview");
        preview.getStyleClass().addAll("markdown-flow", "note-preview");
        preview.setPadding(new Insets(4, 6, 4, 6));
        preview.visibleProperty().bind(editor.textProperty().isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());
        editor.textProperty().addListener((o, was, now) -> MarkdownFlow.fill(preview, now));
        save.setId("addNote");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        cancel.setId("cancelNote");
        cancel.setOnAction(e -> stopEditing());
        cancel.visibleProperty().bind(save.textProperty().isNotEqualTo("Add note"));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label hint = new Label("Ctrl+Enter saves");
        hint.getStyleClass().add("note-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        byline.setId("noteByline");
        byline.getStyleClass().add("note-hint");
        HBox buttons = new HBox(6, save, cancel, byline, gap, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(filter, list, editor, preview, buttons);
        root.getStyleClass().add("notes-pane");
        VBox.setVgrow(root, Priority.ALWAYS);
        vm.noteConflicts().currentProperty().addListener((o, was, now) -> {
            if (now != null) NoteConflictDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), now, choice -> {
                if (choice == NoteConflicts.Choice.MERGE) editMerged(now);
                vm.noteConflicts().resolve(choice);
            });
        });
        vm.noteRequestsProperty().addListener((o, was, now) -> {
            swallowTyped = layer.takeNoteKey();
            stopEditing();
            editor.requestFocus();
        });
    }

    VBox root() {
        return root;
    }

    /** The note selected in the list, or null (a heading or nothing). */
    Note selected() {
        NoteRows.Row r = list.getSelectionModel().getSelectedItem();
        return r == null ? null : r.note();
    }

    /** Puts the selected note in the editor; Ctrl+Enter then saves it (an undoable edit). */
    void editSelected() {
        Note n = selected();
        if (n == null || layer.isReadOnly()) return; // F2, a double click or the menu: no editor on a read-only library
        editing = n;
        editingVersion = n.version();
        editor.setText(n.text());
        save.setText("Save note");
        byline.setText(NoteConflicts.byline(n.updatedBy(), n.updatedAt()));
        editor.requestFocus();
        editor.end();
    }

    /** Merge: the editor holds both texts, marked; saving names the version the other person saved. */
    private void editMerged(NoteConflicts.Conflict c) {
        Note shown = list.getItems().stream().map(NoteRows.Row::note).filter(n -> n != null && n.id() == c.noteId()).findFirst().orElse(null);
        if (shown == null) return; // the note is gone from the list (deleted): nothing to merge into
        editing = shown;
        editingVersion = c.version();
        editor.setText(NoteConflicts.merged(c));
        save.setText("Save merged note");
        byline.setText(NoteConflicts.byline(c.author(), c.at()));
        editor.requestFocus();
    }

    void deleteSelected() {
        Note n = selected();
        if (n != null && !layer.isReadOnly()) vm.trashNote(n.id());
    }

    private void stopEditing() {
        editing = null;
        byline.setText("");
        save.setText("Add note");
        editor.clear();
    }

    private void save() {
        if (editing != null) {
            vm.editNote(editing.id(), editingVersion, editor.getText());
            stopEditing();
            layer.focusText();
            return;
        }
        int[] s = layer.selection();
        if (vm.addNoteOnSelection(s == null ? 0 : s[0], s == null ? 0 : s[1], editor.getText())) {
            editor.clear();
            layer.focusText();
        }
    }

    private void onEditorKey(KeyEvent e) {
        if (SAVE.match(e)) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            stopEditing();
            layer.focusText();
            e.consume();
        }
    }

    private void onListKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> layer.reveal(selected());
            case F2 -> editSelected();
            case DELETE -> deleteSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Open passage (Enter)");
        open.setOnAction(e -> layer.reveal(selected()));
        MenuItem edit = new MenuItem("Edit note (F2)");
        edit.setOnAction(e -> editSelected());
        MenuItem delete = new MenuItem("Delete note (Delete)");
        delete.setOnAction(e -> deleteSelected());
        ContextMenu menu = new ContextMenu(open, edit, delete);
        menu.setOnShowing(e -> {
            open.setDisable(selected() == null);
            edit.setDisable(selected() == null || layer.isReadOnly());
            delete.setDisable(selected() == null || layer.isReadOnly());
        });
        return menu;
    }

    /** A heading (article title and count) or a whole note: its quoted passage, then its text, both wrapped. */
    private final class RowCell extends ListCell<NoteRows.Row> {
        private final Label quote = wrapped("note-quote");
        private final Label body = wrapped("note-body");
        private final Label by = wrapped("note-byline");
        private final VBox box = new VBox(2, quote, body, by);

        RowCell() {
            setOnMouseClicked(e -> {
                if (isEmpty() || getItem() == null || e.getButton() != MouseButton.PRIMARY) return;
                if (e.getClickCount() == 2) editSelected();
                else if (getItem().note() != null) layer.reveal(getItem().note());
            });
        }

        private Label wrapped(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            // the cell's width less its padding and the scroll bar: the label wraps instead of cutting the text
            l.maxWidthProperty().bind(Bindings.max(40, list.widthProperty().subtract(40)));
            l.prefWidthProperty().bind(l.maxWidthProperty());
            return l;
        }

        @Override
        protected void updateItem(NoteRows.Row r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("note-heading", "note-row", "note-orphaned");
            setStyle(null);
            body.setStyle(null);
            setText(null);
            setGraphic(null);
            if (empty || r == null) return;
            if (r.heading()) {
                getStyleClass().add("note-heading");
                // inline, so the theme's selected-cell colours (white text) cannot hide a group title
                setStyle("-fx-background-color: -color-bg-subtle;");
                body.setStyle("-fx-text-fill: -color-fg-default;");
                quote.setText(null);
                body.setText(r.article() + "  (" + r.count() + ")");
                box.getChildren().setAll(body);
                setGraphic(box);
                return;
            }
            Note n = r.note();
            getStyleClass().add("note-row");
            if (n.orphaned()) getStyleClass().add("note-orphaned");
            quote.setText((n.orphaned() ? "[orphaned] " : "") + (n.quote() == null ? "(whole article)" : "\u201c" + n.quote().strip() + "\u201d"));
            body.setText(MarkdownFlow.plain(n.text()));
            by.setText(vm.notesList().othersByline(n));
            box.getChildren().setAll(quote, body);
            if (!by.getText().isEmpty()) box.getChildren().add(by);
            setGraphic(box);
        }
    }
}
