package org.parallax.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.parallax.app.Settings;
import org.parallax.ui.common.StartupProbe;
import org.parallax.ui.feeds.FeedsView;
import org.parallax.ui.library.LibraryView;
import org.parallax.ui.reader.ReaderView;

/**
 * Builds the main window from main.fxml (with the library and reader panes included), handing each view its view
 * model through a controller factory, and puts it on a stage sized and placed as last time.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/parallax/ui/parallax.css";
    private final MainViewModel vm;
    private final MainView view;
    private final Parent root;

    private MainWindow(MainViewModel vm, MainView view, Parent root) {
        this.vm = vm;
        this.view = view;
        this.root = root;
    }

    /** Loads the window's node tree; on the FX thread, or on another before the window is shown (the start does). */
    public static MainWindow load(MainViewModel vm) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("main.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainView.class) return new MainView(vm);
            if (type == LibraryView.class) return new LibraryView(vm.library());
            if (type == ReaderView.class) return new ReaderView(vm.reader());
            if (type == FeedsView.class) return new FeedsView(vm.capture().feeds());
            throw new IllegalArgumentException("No view for " + type);
        });
        try {
            Parent root = loader.load();
            return new MainWindow(vm, loader.getController(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the main window layout", e);
        }
    }

    /** A scene holding the window, with the application style sheet and the extra shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet());
        view.installAccelerators(scene);
        return scene;
    }

    private static String stylesheet() {
        return Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm();
    }

    /**
     * Shows {@code first} (the {@link WindowSkeleton}) on {@code stage}, with the application style sheet and the
     * size and place the window had last time; {@link #attach} then puts the window itself in its place.
     */
    public static Scene showFirst(Stage stage, Settings s, Parent first) {
        stage.setTitle("Parallax");
        Scene scene = new Scene(first, s.windowWidth(), s.windowHeight());
        scene.getStylesheets().addAll(WindowSkeleton.STYLESHEET_URL, stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        if (s.hasWindowPosition()) {
            stage.setX(s.windowX());
            stage.setY(s.windowY());
        }
        stage.setMaximized(s.maximized());
        stage.show();
        return scene;
    }

    /**
     * Makes this window the root of {@code stage}'s scene (shown by {@link #showFirst}), with its shortcuts; closing it
     * saves the settings. The library is not queried yet and the window has no icon: call
     * {@link MainViewModel#start()} and {@link #addIcon} after its first frame.
     */
    public void attach(Stage stage) {
        Settings s = vm.settings();
        Scene scene = stage.getScene();
        scene.getStylesheets().remove(WindowSkeleton.STYLESHEET_URL);
        scene.setRoot(root);
        view.installAccelerators(scene);
        stage.setOnCloseRequest(e -> {
            if (!stage.isMaximized()) s.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            else s.setWindow(s.windowX(), s.windowY(), s.windowWidth(), s.windowHeight(), true);
            vm.saveSettings();
        });
        // after the new root's first pulse, in which the scene gives a window that had nothing to focus its first field
        StartupProbe.afterFirstFrame(scene, view.libraryView()::focusList);
    }

    /**
     * Adds the side panel's place right of the reader, at the skeleton's proportions, and returns it: the start fills
     * it after the window's first frame (the entity and annotation tabs), so that frame already has the final layout.
     */
    public StackPane addSidePlace() {
        StackPane place = WindowSkeleton.sidePlace();
        if (root.lookup("#split") instanceof SplitPane split) {
            split.getItems().add(place);
            split.setDividerPositions(WindowSkeleton.DIVIDERS);
        }
        return place;
    }

    /** Gives {@code stage} the application icon; decoding it costs, so a start does it after the first frame. */
    public void addIcon(Stage stage) {
        var icon = MainWindow.class.getResource("/icons/parallax.png");
        if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
    }

    public MainView view() {
        return view;
    }

    public Parent root() {
        return root;
    }
}
