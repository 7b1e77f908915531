package org.parallax.ui.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.TextFields;
import org.parallax.model.Entity;
import org.parallax.model.Note;
import org.parallax.model.Suggestion;

/**
 * The annotate side panel's view (annotate.fxml): the filter, the open article's entities with their actions, the
 * suggestions, the notes and the trash, bound to an {@link AnnotateViewModel}. What a command applies to in the text
 * (the selection, a passage to scroll to) comes from the {@link AnnotationLayer} on the reader; every rule is the
 * view model's.
 */
public final class AnnotateView {
    private final AnnotateViewModel vm;
    private final AnnotationLayer layer;
    @FXML private VBox annotatePanel;
    @FXML private ChoiceBox<AnnotateViewModel.Filter> annotationFilter;
    @FXML private ListView<AnnotateViewModel.EntityRow> entityList;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private ListView<Note> notesList;
    @FXML private ListView<Note> trashList;
    @FXML private TextField noteText;
    @FXML private Label annotateStatus;
    private boolean swallowTyped;

    public AnnotateView(AnnotateViewModel vm, AnnotationLayer layer) {
        this.vm = vm;
        this.layer = layer;
    }

    /** Loads annotate.fxml with a view on {@code vm} whose text commands apply to {@code layer}'s reader. */
    static AnnotateView load(AnnotateViewModel vm, AnnotationLayer layer) {
        FXMLLoader loader = new FXMLLoader(AnnotateView.class.getResource("annotate.fxml"));
        loader.setControllerFactory(type -> {
            if (type == AnnotateView.class) return new AnnotateView(vm, layer);
            throw new IllegalArgumentException("No view for " + type);
        });
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the annotate panel layout", e);
        }
        return loader.getController();
    }

    @FXML
    private void initialize() {
        annotationFilter.getItems().setAll(AnnotateViewModel.Filter.values());
        annotationFilter.valueProperty().bindBidirectional(vm.filterProperty());
        entityList.setItems(vm.entities());
        notesList.setItems(vm.notes());
        notesList.setCellFactory(l -> new NoteCell());
        notesList.getSelectionModel().selectedItemProperty().addListener((o, was, n) -> scrollTo(n));
        trashList.setItems(vm.trash());
        suggestionList.setItems(vm.suggestions());
        suggestionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.text() + "  → " + s.label());
            }
        });
        suggestionList.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s != null) layer.reveal(s.start(), s.end());
        });
        // the "n" of the key that moved the focus here would land in the note field: drop it
        noteText.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped && e.getCharacter().equalsIgnoreCase("n")) e.consume();
            swallowTyped = false;
        });
        noteText.focusedProperty().addListener((o, was, now) -> {
            if (!now) swallowTyped = false;
        });
        vm.noteRequestsProperty().addListener((o, was, now) -> {
            swallowTyped = layer.takeNoteKey();
            noteText.requestFocus();
        });
        vm.dateNeededProperty().addListener((o, was, msg) -> {
            if (msg != null && !msg.isBlank()) ask(msg, "").ifPresent(vm::markWithDate);
        });
        annotateStatus.textProperty().bind(vm.messageProperty());
    }

    /** The panel's root ({@code #annotatePanel}). */
    public VBox root() {
        return annotatePanel;
    }

    private static final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().remove("note-orphaned");
            if (empty || n == null) {
                setText(null);
                return;
            }
            String where = n.quote() == null ? "(whole article)" : "“" + n.quote() + "”";
            setText((n.orphaned() ? "[orphaned] " : "") + where + "\n" + n.text());
            if (n.orphaned()) getStyleClass().add("note-orphaned");
        }
    }

    private Optional<String> ask(String question, String initial) {
        return dialog(question, initial).showAndWait().filter(s -> !s.isBlank());
    }

    private static TextInputDialog dialog(String question, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setHeaderText(question);
        return d;
    }

    private Optional<AnnotateViewModel.EntityRow> selectedEntity() {
        return Optional.ofNullable(entityList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void newType() {
        ask("A new type: name, colour and key, for example \"Weapon #aa3300 w\"", "").ifPresent(vm::defineTypeFromLine);
    }

    @FXML
    private void linkEntity() {
        int[] s = layer.selection();
        if (s == null) return;
        selectedEntity().ifPresent(e -> vm.annotationAt(s[0], s[1]).ifPresent(m -> vm.link(m.id(), e.entity().id())));
    }

    @FXML
    private void renameEntity() {
        selectedEntity().ifPresent(e -> ask("Rename " + e.entity().name(), e.entity().name()).ifPresent(n -> vm.rename(e.entity().id(), n)));
    }

    @FXML
    private void aliasEntity() {
        selectedEntity().ifPresent(e -> ask("Add an alias to " + e.entity().name(), "").ifPresent(a -> vm.addAlias(e.entity().id(), a)));
    }

    /** Asks for the entity to merge by name, completing names from the library as they are typed. */
    @FXML
    private void mergeEntity() {
        selectedEntity().ifPresent(e -> {
            TextInputDialog d = dialog("Merge into " + e.entity().name() + ": the name of the entity to merge", "");
            d.getEditor().setId("mergeName");
            List<String> names = vm.allEntities().stream().filter(x -> x.id() != e.entity().id()).map(Entity::name).toList();
            TextFields.bindAutoCompletion(d.getEditor(), names);
            d.showAndWait().filter(s -> !s.isBlank()).ifPresent(name -> vm.mergeNamed(e.entity().id(), name));
        });
    }

    @FXML
    private void splitEntity() {
        selectedEntity().ifPresent(e -> {
            int[] s = layer.selection();
            List<Long> selected = vm.splitCandidates(e.entity().id(), s == null ? 0 : s[0], s == null ? 0 : s[1]);
            if (selected.isEmpty()) return;
            ask("Name of the new entity", e.entity().name()).ifPresent(n -> vm.split(e.entity().id(), selected, n));
        });
    }

    @FXML
    private void addNote() {
        int[] s = layer.selection();
        if (vm.addNoteOnSelection(s == null ? 0 : s[0], s == null ? 0 : s[1], noteText.getText())) {
            noteText.clear();
            layer.focusText();
        }
    }

    @FXML
    private void deleteNote() {
        Note n = notesList.getSelectionModel().getSelectedItem();
        if (n != null) vm.trashNote(n.id());
    }

    @FXML
    private void restoreNote() {
        Note n = trashList.getSelectionModel().getSelectedItem();
        if (n != null) vm.restoreNote(n.id());
    }

    @FXML
    private void emptyTrash() {
        vm.emptyTrash();
    }

    @FXML
    private void acceptSuggestion() {
        Suggestion s = suggestionList.getSelectionModel().getSelectedItem();
        if (s != null) vm.acceptSuggestion(s);
    }

    @FXML
    private void rejectSuggestion() {
        Suggestion s = suggestionList.getSelectionModel().getSelectedItem();
        if (s != null) vm.rejectSuggestion(s);
    }

    @FXML
    private void acceptAllSuggestions() {
        vm.acceptAllSuggestions();
    }

    @FXML
    private void rejectAllSuggestions() {
        vm.rejectAllSuggestions();
    }

    private void scrollTo(Note n) {
        if (n == null || n.start() == null || n.articleId() == null || n.articleId() != vm.articleId() || n.orphaned()) return;
        layer.reveal(n.start(), n.end());
    }
}
