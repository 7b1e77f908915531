package org.parallax.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.parallax.app.Settings;
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
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        view.installAccelerators(scene);
        return scene;
    }

    /**
     * Shows the window on {@code stage} with the remembered geometry; closing it saves the settings. The library is
     * not queried yet and the window has no icon: call {@link MainViewModel#start()} and {@link #addIcon} once the
     * window is shown (after its first frame).
     */
    public void show(Stage stage) {
        Settings s = vm.settings();
        stage.setTitle("Parallax");
        stage.setScene(createScene(s.windowWidth(), s.windowHeight()));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        if (s.hasWindowPosition()) {
            stage.setX(s.windowX());
            stage.setY(s.windowY());
        }
        stage.setMaximized(s.maximized());
        stage.setOnCloseRequest(e -> {
            if (!stage.isMaximized()) s.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            else s.setWindow(s.windowX(), s.windowY(), s.windowWidth(), s.windowHeight(), true);
            vm.saveSettings();
        });
        stage.show();
        view.libraryView().focusList();
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
