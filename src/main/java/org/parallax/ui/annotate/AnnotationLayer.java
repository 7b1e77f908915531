package org.parallax.ui.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.EntityType;
import org.parallax.model.Note;
import org.parallax.model.Suggestion;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * Hand annotation on top of the reader: a single key (P, O, L, D, E, M or a user type's shortcut) marks the selection,
 * N moves to the note field, Ctrl+Z / Ctrl+Shift+Z undo and redo, and a context menu offers the same. Annotations are
 * styled by type and origin ({@code mention-manual} solid, {@code mention-auto} dotted underline); a side panel holds
 * the filter, the entity panel with its actions, the notes (click scrolls to the passage) and the trash. All work goes
 * through the {@link AnnotateViewModel}, which runs it off the FX thread.
 */
public final class AnnotationLayer {
    public static final String STYLESHEET = "/org/parallax/ui/annotate/annotate.css";
    private static final List<String> OWN_PREFIXES = List.of("entity-", "mention-");

    private final ReaderView reader;
    private final ReaderViewModel readerVm;
    private final AnnotateViewModel vm;
    private final StyleClassedTextArea text;
    private final VBox panel = new VBox(6);
    private final ListView<AnnotateViewModel.EntityRow> entityList = new ListView<>();
    private final ListView<Note> notesList = new ListView<>();
    private final ListView<Note> trashList = new ListView<>();
    private final ListView<Suggestion> suggestionList = new ListView<>();
    private final TextField noteText = new TextField();
    private final Label status = new Label();
    private int[] noteRange = {0, 0};
    private boolean swallowTyped;
    private Set<EntityType> shownTypes;

    public AnnotationLayer(ReaderView reader, ReaderViewModel readerVm, AnnotateViewModel vm) {
        this.reader = reader;
        this.readerVm = readerVm;
        this.vm = vm;
        this.text = reader.textArea();
        String css = Objects.requireNonNull(AnnotationLayer.class.getResource(STYLESHEET)).toExternalForm();
        reader.root().getStylesheets().add(css);
        panel.getStylesheets().add(css);
        buildPanel();
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        text.setContextMenu(contextMenu());
        readerVm.articleProperty().addListener((o, was, now) -> vm.open(now == null ? -1 : now.id()));
        if (readerVm.getArticle() != null) vm.open(readerVm.getArticle().id());
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> restyle());
        vm.types().addListener((ListChangeListener<AnnotationType>) c -> typeColours());
        readerVm.documentProperty().addListener((o, was, now) -> restyle());
        readerVm.refreshCountProperty().addListener((o, was, now) -> vm.reload());
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

    /** The side panel to place next to the reader. */
    public VBox panel() {
        return panel;
    }

    private void buildPanel() {
        panel.setId("annotatePanel");
        panel.getStyleClass().add("annotate-panel");
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(320);
        panel.setMinWidth(320);

        ChoiceBox<AnnotateViewModel.Filter> filter = new ChoiceBox<>();
        filter.setId("annotationFilter");
        filter.getItems().setAll(AnnotateViewModel.Filter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());

        entityList.setId("entityList");
        entityList.setItems(vm.entities());
        entityList.setPrefHeight(130);
        Button rename = button("renameEntity", "Rename…", () -> selectedEntity().ifPresent(e ->
                ask("Rename " + e.entity().name(), e.entity().name()).ifPresent(n -> vm.rename(e.entity().id(), n))));
        Button alias = button("aliasEntity", "Alias…", () -> selectedEntity().ifPresent(e ->
                ask("Add an alias to " + e.entity().name(), "").ifPresent(a -> vm.addAlias(e.entity().id(), a))));
        Button merge = button("mergeEntity", "Merge…", () -> selectedEntity().ifPresent(e ->
                ask("Merge into " + e.entity().name() + ": the id of the entity to merge", "").ifPresent(id ->
                        vm.merge(e.entity().id(), Long.parseLong(id.strip())))));
        Button split = button("splitEntity", "Split…", () -> selectedEntity().ifPresent(e -> {
            List<Long> selected = mentionsInSelection(e.entity().id());
            if (selected.isEmpty()) {
                status.setText("Select the mentions to split off in the text first.");
                return;
            }
            ask("Name of the new entity", e.entity().name()).ifPresent(n -> vm.split(e.entity().id(), selected, n));
        }));
        Button link = button("linkEntity", "Link selection", () -> selectedEntity().ifPresent(e ->
                mentionAtSelection().ifPresent(m -> vm.link(m.id(), e.entity().id()))));

        notesList.setId("notesList");
        notesList.setItems(vm.notes());
        notesList.setPrefHeight(130);
        notesList.setCellFactory(l -> new ListCell<>() {
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
        });
        notesList.getSelectionModel().selectedItemProperty().addListener((o, was, n) -> scrollTo(n));
        noteText.setId("noteText");
        noteText.setPromptText("Note on the selection (Markdown); Enter adds it");
        noteText.setOnAction(e -> addNote());
        noteText.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped && e.getCharacter().equalsIgnoreCase("n")) e.consume();
            swallowTyped = false;
        });
        noteText.focusedProperty().addListener((o, was, now) -> {
            if (!now) swallowTyped = false;
        });
        Button addNote = button("addNote", "Add note", this::addNote);
        Button deleteNote = button("deleteNote", "Delete note", () -> {
            Note n = notesList.getSelectionModel().getSelectedItem();
            if (n != null) vm.trashNote(n.id());
        });

        trashList.setId("trashList");
        trashList.setItems(vm.trash());
        trashList.setPrefHeight(70);
        Button restore = button("restoreNote", "Restore", () -> {
            Note n = trashList.getSelectionModel().getSelectedItem();
            if (n != null) vm.restoreNote(n.id());
        });
        Button empty = button("emptyTrash", "Empty trash", vm::emptyTrash);

        suggestionList.setId("suggestionList");
        suggestionList.setItems(vm.suggestions());
        suggestionList.setPrefHeight(80);
        suggestionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.text() + "  → " + s.label());
            }
        });
        suggestionList.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s != null) select(s.start(), s.end());
        });
        Button accept = button("acceptSuggestion", "Accept", () -> {
            Suggestion s = suggestionList.getSelectionModel().getSelectedItem();
            if (s != null) vm.acceptSuggestion(s);
        });
        Button reject = button("rejectSuggestion", "Reject", () -> {
            Suggestion s = suggestionList.getSelectionModel().getSelectedItem();
            if (s != null) vm.rejectSuggestion(s);
        });
        Button acceptAll = button("acceptAllSuggestions", "Accept all", vm::acceptAllSuggestions);
        Button rejectAll = button("rejectAllSuggestions", "Reject all", vm::rejectAllSuggestions);
        Button newType = button("newType", "New type…", () ->
                ask("A new type: name, colour and key, for example \"Weapon #aa3300 w\"", "").ifPresent(line -> {
                    String[] f = line.strip().split("\\s+");
                    String key = f.length > 2 && f[f.length - 1].length() == 1 ? f[f.length - 1] : null;
                    int end = f.length - (key == null ? 0 : 1);
                    String colour = end > 1 && f[end - 1].startsWith("#") ? f[--end] : null;
                    vm.defineType(String.join(" ", java.util.Arrays.asList(f).subList(0, end)), colour, key);
                }));
        vm.dateNeededProperty().addListener((o, was, msg) -> {
            if (msg != null && !msg.isBlank()) ask(msg, "").ifPresent(vm::markWithDate);
        });

        status.setId("annotateStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());

        FlowPane entityActions = new FlowPane(4, 4, link, rename, alias, merge, split);
        HBox noteActions = new HBox(4, addNote, deleteNote);
        HBox trashActions = new HBox(4, restore, empty);
        VBox.setVgrow(notesList, Priority.ALWAYS);
        FlowPane suggestionActions = new FlowPane(4, 4, accept, reject, acceptAll, rejectAll);
        Label show = new Label("Show");
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newType.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(6, show, filter, newType);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        panel.getChildren().setAll(top, new Label("Entities"), entityList, entityActions,
                new Label("Suggestions"), suggestionList, suggestionActions,
                new Label("Notes"), notesList, noteText, noteActions, new Label("Trash"), trashList, trashActions, status);
    }

    private static Button button(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<String> ask(String question, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setHeaderText(question);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    private Optional<AnnotateViewModel.EntityRow> selectedEntity() {
        return Optional.ofNullable(entityList.getSelectionModel().getSelectedItem());
    }

    /** The selection in article offsets, or null when nothing is open. */
    private int[] selection() {
        ReaderDocument doc = readerVm.documentProperty().get();
        if (doc == null) return null;
        var sel = text.getSelection();
        return new int[] {doc.toArticle(sel.getStart()), doc.toArticle(sel.getEnd())};
    }

    private Optional<Annotation> mentionAtSelection() {
        int[] s = selection();
        if (s == null) return Optional.empty();
        return vm.annotations().stream().filter(a -> a.mention().start() < Math.max(s[1], s[0] + 1) && s[0] < a.mention().end()).findFirst();
    }

    private List<Long> mentionsInSelection(long entityId) {
        int[] s = selection();
        List<Long> out = new ArrayList<>();
        if (s == null) return out;
        for (Annotation a : vm.annotations()) {
            if (Objects.equals(a.mention().entityId(), entityId) && a.mention().start() < s[1] && s[0] < a.mention().end()) out.add(a.id());
        }
        return out;
    }

    private void onKey(KeyEvent e) {
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
            int[] s = selection();
            if (s != null) noteRange = s;
            swallowTyped = true; // the "n" this key types would land in the note field, which now has the focus
            noteText.requestFocus();
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

    private void addNote() {
        String t = noteText.getText();
        if (t == null || t.isBlank()) return;
        int[] s = selection();
        int[] range = s != null && s[1] > s[0] ? s : noteRange;
        vm.addNote(range[0], range[1], t);
        noteText.clear();
        noteRange = new int[] {0, 0};
        text.requestFocus();
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        String[][] items = {{"P", "Mark as person (P)"}, {"O", "Mark as organisation (O)"}, {"L", "Mark as location (L)"},
                {"D", "Mark as date (D)"}, {"E", "Mark as event (E)"}, {"M", "Mark as other (M)"}};
        for (String[] it : items) {
            MenuItem m = new MenuItem(it[1]);
            m.setOnAction(e -> {
                int[] s = selection();
                if (s != null) vm.mark(s[0], s[1], it[0]);
            });
            menu.getItems().add(m);
        }
        MenuItem note = new MenuItem("Add note… (N)");
        note.setOnAction(e -> {
            noteRange = selection() == null ? new int[] {0, 0} : selection();
            noteText.requestFocus();
        });
        MenuItem reject = new MenuItem("Reject or delete the mark here");
        reject.setOnAction(e -> mentionAtSelection().ifPresent(a -> {
            if (a.mention().origin() == org.parallax.model.MentionOrigin.AUTO) vm.reject(a.id());
            else vm.delete(a.id());
        }));
        MenuItem makeEvent = new MenuItem("Make event…");
        makeEvent.setId("makeEvent");
        makeEvent.setOnAction(e -> mentionAtSelection().filter(vm::canMakeEvent).ifPresent(this::askEventKind));
        MenuItem undo = new MenuItem("Undo (Ctrl+Z)");
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem("Redo (Ctrl+Shift+Z)");
        redo.setOnAction(e -> vm.redo());
        menu.getItems().addAll(new SeparatorMenuItem(), note, reject, makeEvent, new SeparatorMenuItem(), undo, redo);
        menu.setOnShowing(e -> {
            makeEvent.setDisable(mentionAtSelection().filter(vm::canMakeEvent).isEmpty());
            menu.getItems().removeIf(i -> "custom-type".equals(i.getUserData()));
            int at = items.length;
            for (var t : vm.types()) {
                MenuItem m = new MenuItem("Mark as " + t.name() + (t.shortcut() == null ? "" : " (" + t.shortcut().toUpperCase(Locale.ROOT) + ")"));
                m.setUserData("custom-type");
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
        javafx.scene.control.ChoiceDialog<org.parallax.model.EventKind> d = new javafx.scene.control.ChoiceDialog<>(
                org.parallax.model.EventKind.VISIT, org.parallax.model.EventKind.values());
        d.setTitle("Make event");
        d.setHeaderText("What happened on \u201c" + a.mention().text() + "\u201d (" + a.mention().date() + ")?");
        d.setContentText("Kind:");
        if (text.getScene() != null) d.initOwner(text.getScene().getWindow());
        d.showAndWait().ifPresent(kind -> vm.makeEvent(a, kind));
    }

    private void scrollTo(Note n) {
        if (n == null || n.start() == null || n.articleId() == null || n.articleId() != vm.articleId() || n.orphaned()) return;
        select(n.start(), n.end());
    }

    /** Selects and scrolls to an article range. */
    private void select(int start, int end) {
        ReaderDocument doc = readerVm.documentProperty().get();
        if (doc == null) return;
        ReaderDocument.Range r = doc.displayRange(start, end);
        if (r.isEmpty()) return;
        text.selectRange(r.start(), r.end());
        text.requestFollowCaret();
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
                    + java.util.Base64.getEncoder().encodeToString(css.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
                    a.mention().origin() == org.parallax.model.MentionOrigin.MANUAL ? "mention-manual" : "mention-auto");
        }
    }
}
