package org.parallax.ui.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.parallax.model.AnnotationType;
import org.parallax.model.Entity;
import org.parallax.model.Note;
import org.parallax.model.Suggestion;

/**
 * The annotate side panel's view (annotate.fxml), keyboard first: a toolbar of actions (undo, redo, note, entity
 * actions), a type picker whose buttons show each type's single key ({@code #typePicker}, the {@link ReaderKeys} and
 * the user's own types), a filter of hand and found marks, then titled groups: the open article's entities, the
 * suggestions, every note of the library ({@link NotesPane}) and the trash; each list's actions are also in its
 * context menu. What a command applies to in the text comes from the {@link AnnotationLayer}; every rule is the view
 * model's.
 */
public final class AnnotateView {
    private final AnnotateViewModel vm;
    private final AnnotationLayer layer;
    @FXML private VBox annotatePanel;
    @FXML private SegmentedButton annotationFilter;
    @FXML private FlowPane typePicker;
    @FXML private ListView<AnnotateViewModel.EntityRow> entityList;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private ListView<Note> trashList;
    @FXML private TitledPane entitiesGroup;
    @FXML private TitledPane suggestionsGroup;
    @FXML private TitledPane trashGroup;
    @FXML private MenuButton entityMenu;
    @FXML private VBox notesPlace;
    @FXML private Label annotateStatus;
    private NotesPane notes;

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
        filterButtons();
        typePicker();
        vm.types().addListener((ListChangeListener<AnnotationType>) c -> typePicker());
        entityList.setItems(vm.entities());
        entityList.setContextMenu(new ContextMenu(entityMenu.getItems().stream().map(AnnotateView::copy).toArray(MenuItem[]::new)));
        entitiesGroup.textProperty().bind(Bindings.size(vm.entities()).asString("Entities (%d)"));
        notes = new NotesPane(vm, layer);
        notesPlace.getChildren().setAll(notes.root());
        VBox.setVgrow(notesPlace, Priority.ALWAYS);
        trashList.setItems(vm.trash());
        trashList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.text());
            }
        });
        trashList.setContextMenu(new ContextMenu(item("Restore", this::restoreNote), item("Empty trash", this::emptyTrash)));
        trashGroup.textProperty().bind(Bindings.size(vm.trash()).asString("Trash (%d)"));
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
        suggestionList.setContextMenu(new ContextMenu(item("Accept", this::acceptSuggestion), item("Reject", this::rejectSuggestion),
                new SeparatorMenuItem(), item("Accept all", this::acceptAllSuggestions), item("Reject all", this::rejectAllSuggestions)));
        // the panel's own controls are locked by the window; its lists' context menus (all edits) follow the layer
        for (ContextMenu m : List.of(entityList.getContextMenu(), trashList.getContextMenu(), suggestionList.getContextMenu())) {
            m.getItems().forEach(i -> i.disableProperty().bind(layer.readOnlyProperty()));
        }
        suggestionsGroup.textProperty().bind(Bindings.size(vm.suggestions()).asString("Suggestions (%d)"));
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> {
            if (!vm.suggestions().isEmpty()) suggestionsGroup.setExpanded(true);
        });
        vm.dateNeededProperty().addListener((o, was, msg) -> {
            if (msg != null && !msg.isBlank()) ask(msg, "").ifPresent(vm::markWithDate);
        });
        annotateStatus.textProperty().bind(vm.messageProperty());
    }

    /** Both, hand-made or found marks, as one segmented control bound to the view model's filter. */
    private void filterButtons() {
        for (AnnotateViewModel.Filter f : AnnotateViewModel.Filter.values()) {
            ToggleButton b = new ToggleButton(switch (f) {
                case BOTH -> "All";
                case MANUAL -> "By hand";
                case AUTO -> "Found";
            });
            b.setId("filter-" + f.name().toLowerCase(Locale.ROOT));
            b.setUserData(f);
            b.setSelected(vm.filterProperty().get() == f);
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) vm.filterProperty().set(f);
            });
            annotationFilter.getButtons().add(b);
        }
        vm.filterProperty().addListener((o, was, now) -> annotationFilter.getButtons().forEach(b -> b.setSelected(b.getUserData() == now)));
        // one is always chosen: clicking the chosen one again keeps it
        annotationFilter.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) was.setSelected(true);
        });
    }

    /** One button per type, its key first: the built-in marks, then the user's types; a click marks the selection. */
    private void typePicker() {
        typePicker.getChildren().clear();
        for (ReaderKeys.Key k : ReaderKeys.MARKS) typePicker.getChildren().add(typeButton(k.keys(), capital(k.action().replace("Mark as ", "")), k.markType()));
        for (AnnotationType t : vm.types()) {
            typePicker.getChildren().add(typeButton(t.shortcut() == null ? "" : t.shortcut().toUpperCase(Locale.ROOT), t.name(), t.name()));
        }
        Button add = new Button("+ Type…");
        add.setId("newType");
        add.setFocusTraversable(false);
        add.setOnAction(e -> newType());
        typePicker.getChildren().add(add);
    }

    private Button typeButton(String key, String name, String type) {
        Label badge = new Label(key);
        badge.getStyleClass().add("key-badge");
        Button b = new Button(name, key.isEmpty() ? null : badge);
        b.setId("mark-" + (key.isEmpty() ? type : key));
        b.getStyleClass().add("type-button");
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false); // the reader keeps the focus, and its selection
        b.setTooltip(new Tooltip("Mark the selection as " + name + (key.isEmpty() ? "" : " (" + key + ")")));
        b.setOnAction(e -> {
            int[] s = layer.selection();
            if (s != null) vm.mark(s[0], s[1], type);
        });
        return b;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static MenuItem copy(MenuItem m) {
        MenuItem c = new MenuItem(m.getText());
        c.setOnAction(m.getOnAction());
        return c;
    }

    /** The panel's root ({@code #annotatePanel}). */
    public VBox root() {
        return annotatePanel;
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
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    @FXML
    private void startNote() {
        layer.startNoteFromPanel();
    }

    @FXML
    private void editNote() {
        notes.editSelected();
    }

    @FXML
    private void deleteNote() {
        notes.deleteSelected();
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
}
