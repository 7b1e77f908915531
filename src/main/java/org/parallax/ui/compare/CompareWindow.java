package org.parallax.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.parallax.ui.reader.ReaderViewModel;

/**
 * Builds the compare window from compare.fxml around a {@link CompareViewModel} and shows it as its own stage, with
 * the application style sheet and the owner's theme class. Call on the FX thread.
 */
public final class CompareWindow {
    public static final String STYLESHEET = "/org/parallax/ui/parallax.css";
    /** The compare window's own marks (differences, conflicts, connectors, calendar strip), after the application's. */
    public static final String DESK_STYLESHEET = "/org/parallax/ui/compare/compare.css";
    private final CompareView view;
    private final Parent root;

    private CompareWindow(CompareView view, Parent root) {
        this.view = view;
        this.root = root;
    }

    /** Loads the window's node tree. */
    public static CompareWindow load(CompareViewModel vm) {
        FXMLLoader loader = new FXMLLoader(CompareWindow.class.getResource("compare.fxml"));
        loader.setControllerFactory(type -> {
            if (type == CompareView.class) return new CompareView(vm);
            throw new IllegalArgumentException("No view for " + type);
        });
        try {
            Parent root = loader.load();
            return new CompareWindow(loader.getController(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the compare window layout", e);
        }
    }

    /** Opens a new stage for the comparison of {@code a} with {@code b}; the comparison runs in the background. */
    public static CompareWindow open(Window owner, CompareViewModel vm, long a, long b) {
        CompareWindow w = load(vm);
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(w.root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(CompareWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(CompareWindow.class.getResource(DESK_STYLESHEET)).toExternalForm());
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            List<String> theme = owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList();
            w.root.getStyleClass().addAll(theme);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        vm.open(a, b);
        return w;
    }

    /**
     * Lets "Open in reader" open a compare sentence in {@code reader} (the main window's), flashed and recorded in its
     * navigation history as coming from "compare", and bring {@code main} to the front.
     */
    public CompareWindow opensReaderIn(Window main, ReaderViewModel reader) {
        view.viewModel().desk().setReaderOpener((id, start, end) -> {
            reader.openAt(id, start, end, "compare", ReaderViewModel.Mark.FLASH);
            if (main instanceof Stage s) s.toFront();
        });
        return this;
    }

    public CompareView view() {
        return view;
    }

    public Parent root() {
        return root;
    }
}
