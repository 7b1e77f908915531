package org.parallax.ui.calendar;

import java.util.List;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The calendar screen in its own window beside the main one (View ▸ Calendar); one per main window. */
public final class CalendarWindow {
    public static final String STYLESHEET = "/org/parallax/ui/calendar/calendar.css";
    private final Stage stage = new Stage();
    private final CalendarView view;

    private CalendarWindow(Window owner, CalendarViewModel vm, String appStylesheet) {
        view = CalendarView.load(vm);
        Scene scene = new Scene(view.root(), 1180, 760);
        if (appStylesheet != null) scene.getStylesheets().add(appStylesheet);
        scene.getStylesheets().add(Objects.requireNonNull(CalendarWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle("Parallax — Calendar");
        stage.setScene(scene);
        if (owner != null) stage.initOwner(owner);
        if (owner != null && owner.getScene() != null) followTheme(owner.getScene().getRoot().getStyleClass());
        vm.start();
    }

    /**
     * Carries the main window's theme class (theme-light / theme-dark) onto this window's root, now and whenever it
     * changes: calendar.css scopes its dark rules for CalendarFX's own sheet to it.
     */
    private void followTheme(ObservableList<String> mainClasses) {
        Runnable copy = () -> {
            List<String> mine = view.root().getStyleClass();
            mine.removeIf(c -> c.startsWith("theme-"));
            mainClasses.stream().filter(c -> c.startsWith("theme-")).forEach(mine::add);
        };
        copy.run();
        mainClasses.addListener((ListChangeListener<String>) c -> copy.run());
    }

    /** Builds the window (call on the FX thread); {@code appStylesheet} is the main window's style sheet URL. */
    public static CalendarWindow create(Window owner, CalendarViewModel vm, String appStylesheet) {
        return new CalendarWindow(owner, vm, appStylesheet);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public CalendarView view() {
        return view;
    }
}
