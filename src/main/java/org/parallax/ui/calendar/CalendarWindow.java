package org.parallax.ui.calendar;

import java.util.Objects;

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
        vm.start();
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
