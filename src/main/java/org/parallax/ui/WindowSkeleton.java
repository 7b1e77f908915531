package org.parallax.ui;

import java.util.Objects;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.parallax.app.Settings;
import org.parallax.ui.library.LibraryView;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * The main window as its first frame draws it, while main.fxml's controls are still being built: the menu titles,
 * the library pane with its search and filter boxes and "Opening the library…", the reader's "No article open", the
 * side panel's place and the status line, each in the place and style the real window gives it (the same style
 * classes, theme and zoom). It is text and boxes only: no menus, text fields, list or even labels, whose skins and
 * the JIT-compiled CSS and layout code they need cost most of a start. {@link ParallaxApp} shows it, builds the
 * window behind it and swaps the window's root in a few pulses later; nothing here reacts to input. Built in code, not FXML, because it has no
 * view model and the FXML loader's own start-up is part of what it keeps out of the first frame.
 * Its nodes carry the ids of the controls they stand for; {@code WindowSkeletonTest} checks that each lines up with its
 * control in the real window.
 */
public final class WindowSkeleton {
    /** The split pane's dividers once the side panel's place is added (library | reader | side panel). */
    public static final double[] DIVIDERS = {0.25, 0.75};
    /** The side panel's least width. */
    public static final double SIDE_MIN_WIDTH = 320;
    static final String[] MENUS = {"File", "Edit", "View", "Article", "Compare", "Help"};
    /** Prompts of the library pane's search and filter fields (library.fxml). */
    static final String SEARCH_PROMPT = "Search all articles (Ctrl+F)";
    static final String FILTER_PROMPT = "Filter by title, outlet or author";

    /**
     * The skeleton's style sheet (skeleton.css): its user-agent sheet until the first frame is shown, and an author
     * sheet of its scene, which keeps its look once the theme is the user-agent sheet.
     */
    public static final String STYLESHEET_URL =
            Objects.requireNonNull(WindowSkeleton.class.getResource("skeleton.css"), "skeleton.css").toExternalForm();

    private WindowSkeleton() {
    }

    /** The skeleton's root, styled for {@code settings}' theme and zoom. */
    public static Parent build(Settings settings) {
        HBox menus = new HBox();
        menus.getStyleClass().add("container");
        for (String m : MENUS) {
            StackPane item = new StackPane(text(m));
            item.getStyleClass().add("skeleton-menu");
            menus.getChildren().add(item);
        }
        HBox menuBar = new HBox(menus);
        menuBar.getStyleClass().add("menu-bar");

        HBox titleRow = new HBox(8, text("Library", "pane-title"));
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        StackPane list = new StackPane(text(LibraryView.OPENING, "list-placeholder"));
        list.setId("libraryList");
        list.getStyleClass().addAll("list-view", "library-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox libraryBox = new VBox(6, titleRow, field("libraryFilter", FILTER_PROMPT), list);
        StackPane libraryStack = new StackPane(libraryBox);
        VBox.setVgrow(libraryStack, Priority.ALWAYS);
        StackPane search = field("searchField", SEARCH_PROMPT);
        search.getStyleClass().add("search-field");
        VBox library = new VBox(8, search, libraryStack);
        library.getStyleClass().add("library-pane");
        library.setMinWidth(220);

        VBox header = new VBox(4);
        header.getStyleClass().add("reader-header");
        header.getChildren().addAll(wrapping("readerTitle", ReaderViewModel.NOTHING_OPEN, "reader-title"),
                wrapping("readerByline", ReaderViewModel.NOTHING_OPEN_HINT, "reader-byline"));
        StackPane body = new StackPane();
        body.getStyleClass().add("reader-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox reader = new VBox(0, header, body);
        reader.getStyleClass().addAll("reader-pane", MainViewModel.zoomClass(settings.zoom()));

        SplitPane split = new SplitPane(library, reader, sidePlace());
        split.setId("split");
        split.getStyleClass().add("main-split");
        split.setDividerPositions(DIVIDERS);

        Text status = text(MainViewModel.READY, "task-message");
        status.setId("taskMessage");
        HBox statusBar = new HBox(8, status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(split, menuBar, null, statusBar, null);
        root.getStyleClass().addAll("main-window", "window-skeleton",
                settings.theme() == Settings.Theme.DARK ? "theme-dark" : "theme-light");
        return root;
    }

    /** The side panel's place right of the reader, in the skeleton and in the window until the panel fills it. */
    static StackPane sidePlace() {
        StackPane place = new StackPane();
        place.getStyleClass().add("side-place");
        place.setMinWidth(SIDE_MIN_WIDTH);
        return place;
    }

    /** A text node (not a label: a label's skin costs more than all the skeleton's boxes). */
    private static Text text(String s, String... styleClasses) {
        Text t = new Text(s);
        t.getStyleClass().add("text");
        t.getStyleClass().addAll(styleClasses);
        return t;
    }

    /** A box drawn as an empty text field showing its prompt. */
    private static StackPane field(String id, String prompt) {
        StackPane box = new StackPane(text(prompt));
        box.setId(id);
        box.getStyleClass().addAll("text-input", "text-field");
        box.setAlignment(Pos.CENTER_LEFT);
        // as narrow as its place, cutting the prompt off as a text field does
        box.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        return box;
    }

    /** Text wrapped to the width of its place, as a wrapping label is; a flow, so its width follows its place's. */
    private static TextFlow wrapping(String id, String s, String styleClass) {
        TextFlow flow = new TextFlow(text(s, styleClass));
        flow.setId(id);
        flow.getStyleClass().add(styleClass + "-flow");
        return flow;
    }
}
