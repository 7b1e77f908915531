package org.parallax.ui.library;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.parallax.model.ArticleSummary;
import org.parallax.model.SearchHit;

/**
 * The library pane (library.fxml): the filtered article list and, while a search is typed, the search results with
 * their highlighted snippets. All state lives in the {@link LibraryViewModel}; this class only binds and renders cells.
 */
public final class LibraryView {
    /** The list's placeholder until the library's first query has answered. */
    public static final String OPENING = "Opening the library…";
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final LibraryViewModel vm;
    @FXML private VBox libraryPane;
    @FXML private TextField searchField;
    @FXML private VBox libraryBox;
    @FXML private Label libraryCount;
    @FXML private TextField libraryFilter;
    @FXML private ListView<ArticleSummary> libraryList;
    @FXML private StackPane libraryStack;
    /** Joins {@link #libraryStack} on the first search. */
    @FXML private VBox searchBox;
    @FXML private Label searchMessage;
    @FXML private ListView<SearchHit> searchResults;
    @FXML private Label noteResultsTitle;
    @FXML private ListView<LibraryViewModel.NoteResult> noteResults;

    public LibraryView(LibraryViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        libraryFilter.textProperty().bindBidirectional(vm.filterProperty());
        libraryCount.textProperty().bind(vm.countTextProperty());
        libraryList.setItems(vm.visibleArticles());
        libraryList.setCellFactory(l -> new ArticleCell(vm));
        // two articles selected (Ctrl+click) can be compared with Ctrl+D
        libraryList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        vm.storyGroupsProperty().addListener((o, was, now) -> libraryList.refresh());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(vm.loadErrorProperty().isEmpty())
                .then(Bindings.when(vm.loadedProperty())
                        .then("No articles yet.\nImport files with File ▸ Import files… (Ctrl+O), add a web link with File ▸ Add link… "
                                + "(Ctrl+L), or drop files, folders and links on the window.")
                        .otherwise(OPENING))
                .otherwise(vm.loadErrorProperty()));
        empty.setWrapText(true);
        empty.getStyleClass().add("list-placeholder");
        empty.maxWidthProperty().bind(libraryList.widthProperty().subtract(24));
        libraryList.setPlaceholder(empty);
        searchResults.setItems(vm.results());
        searchResults.setCellFactory(l -> new HitCell());
        searchResults.setPlaceholder(new Label(""));
        searchMessage.textProperty().bind(vm.searchMessageProperty());
        noteResults.setItems(vm.noteResults());
        noteResults.setCellFactory(l -> new NoteCell());
        noteResults.setPlaceholder(new Label(""));
        // the notes group shows only when notes were found, so an article-only search looks as before
        var anyNotes = Bindings.isNotEmpty(vm.noteResults());
        noteResultsTitle.visibleProperty().bind(anyNotes);
        noteResultsTitle.managedProperty().bind(anyNotes);
        noteResults.visibleProperty().bind(anyNotes);
        noteResults.managedProperty().bind(anyNotes);
        noteResults.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.openNote(noteResults.getSelectionModel().getSelectedItem()));
        noteResults.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) vm.openNote(noteResults.getSelectionModel().getSelectedItem());
            if (e.getCode() == KeyCode.ESCAPE) vm.clearSearch();
        });
        searchBox.visibleProperty().bind(vm.searchActiveProperty());
        if (vm.searchActiveProperty().get()) showSearchBox();
        vm.searchActiveProperty().addListener((o, was, now) -> {
            if (now) showSearchBox();
        });
        libraryBox.visibleProperty().bind(vm.searchActiveProperty().not());

        libraryList.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> openSelectedArticle());
        libraryList.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) openSelectedArticle();
            if (PASTE.match(e) && vm.paste(clipboardText())) e.consume();
        });
        searchResults.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> openSelectedHit());
        searchResults.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) openSelectedHit();
            if (e.getCode() == KeyCode.ESCAPE) vm.clearSearch();
        });
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !searchResults.getItems().isEmpty()) {
                searchResults.requestFocus();
                searchResults.getSelectionModel().selectFirst();
            }
        });
        vm.selectedIdProperty().addListener((o, was, now) -> selectInList(now.longValue()));
        vm.visibleArticles().addListener((ListChangeListener<ArticleSummary>) c ->
                selectInList(vm.selectedIdProperty().get()));
    }

    /** A link on the clipboard: a URL a browser put there, else plain text (which the view model checks). */
    private static String clipboardText() {
        Clipboard c = Clipboard.getSystemClipboard();
        if (c.hasUrl()) return c.getUrl();
        return c.hasString() ? c.getString() : null;
    }

    private void showSearchBox() {
        if (!libraryStack.getChildren().contains(searchBox)) libraryStack.getChildren().add(searchBox);
    }

    private void openSelectedArticle() {
        ArticleSummary a = libraryList.getSelectionModel().getSelectedItem();
        if (a != null) vm.open(a.id());
    }

    private void openSelectedHit() {
        SearchHit h = searchResults.getSelectionModel().getSelectedItem();
        if (h != null) vm.open(h.articleId());
    }

    private void selectInList(long id) {
        ArticleSummary sel = libraryList.getSelectionModel().getSelectedItem();
        if (sel != null && sel.id() == id) return;
        for (int i = 0; i < libraryList.getItems().size(); i++) {
            if (libraryList.getItems().get(i).id() == id) {
                libraryList.getSelectionModel().clearAndSelect(i);
                libraryList.scrollTo(i);
                return;
            }
        }
    }

    /** The ids of the selected articles, in the order they were selected where the list knows it. */
    public List<Long> selectedIds() {
        return libraryList.getSelectionModel().getSelectedItems().stream().map(ArticleSummary::id).toList();
    }

    /** Moves the keyboard focus to the search field (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Gives the list the keyboard focus (at start, so the search field shows its hint). */
    public void focusList() {
        libraryList.requestFocus();
    }

    public VBox root() {
        return libraryPane;
    }

    static String metaLine(ArticleSummary a) {
        // no outlet (a file naming none, with no web address to name it by) shows nothing: "Unknown outlet" on every
        // such row is noise, and the import already names web pages by their host (ingest.MetaBuilder.hostOutlet)
        String date = a.published() == null ? "date unknown" : DATE.format(a.published());
        return a.outlet() == null || a.outlet().isBlank() ? date : a.outlet().strip() + " · " + date;
    }

    private static final class ArticleCell extends ListCell<ArticleSummary> {
        private final LibraryViewModel vm;
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        ArticleCell(LibraryViewModel vm) {
            this.vm = vm;
            title.getStyleClass().add("library-title");
            title.setWrapText(true);
            meta.getStyleClass().add("library-meta");
            box.getStyleClass().add("library-cell");
            box.setMinWidth(0);
            title.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(ArticleSummary a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(a.title());
            LibraryViewModel.StoryGroups groups = vm.storyGroupsProperty().get();
            String story = groups == null ? null : groups.label(a.id());
            meta.setText(story == null ? metaLine(a) : metaLine(a) + " · " + story);
            setText(null);
            setGraphic(box);
        }
    }

    private static void fillSnippet(TextFlow flow, String snippet) {
        flow.getChildren().clear();
        for (LibraryViewModel.SnippetRun r : LibraryViewModel.snippetRuns(snippet)) {
            Text t = new Text(r.text());
            t.getStyleClass().add(r.marked() ? "search-match" : "search-context");
            flow.getChildren().add(t);
        }
    }

    /** A note found: its snippet first (what matched), then what it is about. */
    private static final class NoteCell extends ListCell<LibraryViewModel.NoteResult> {
        private final TextFlow snippet = new TextFlow();
        private final Label about = new Label();
        private final VBox box = new VBox(2, snippet, about);

        NoteCell() {
            about.getStyleClass().add("library-meta");
            about.setWrapText(true);
            snippet.getStyleClass().add("search-snippet");
            box.getStyleClass().addAll("library-cell", "note-hit");
            setPrefWidth(0);
            box.setMinWidth(0);
            snippet.setMinWidth(0);
        }

        @Override
        protected void updateItem(LibraryViewModel.NoteResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            fillSnippet(snippet, r.hit().snippet());
            String kind = switch (r.hit().target()) {
                case PASSAGE -> "Note on a passage of ";
                case ARTICLE -> "Note on ";
                case ENTITY -> "Note on the entity ";
            };
            about.setText(kind + (r.about() == null || r.about().isBlank() ? "—" : r.about()));
            setText(null);
            setGraphic(box);
        }
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label title = new Label();
        private final Label outlet = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, title, outlet, snippet);

        HitCell() {
            title.getStyleClass().add("library-title");
            title.setWrapText(true);
            outlet.getStyleClass().add("library-meta");
            snippet.getStyleClass().add("search-snippet");
            box.getStyleClass().add("library-cell");
            // a zero preferred width lets the list's width decide, so the snippet wraps to it and the cell's height
            // is measured for that width (binding to the cell's width measures it at 0 first: one word per line)
            setPrefWidth(0);
            box.setMinWidth(0);
            snippet.setMinWidth(0);
        }

        @Override
        protected void updateItem(SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(h.title());
            outlet.setText(h.outlet() == null ? "" : h.outlet());
            fillSnippet(snippet, h.snippet());
            setText(null);
            setGraphic(box);
        }
    }
}
