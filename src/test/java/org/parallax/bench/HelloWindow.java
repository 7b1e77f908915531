package org.parallax.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.parallax.ui.common.StartupProbe;

/**
 * The smallest JavaFX window, started the way Parallax starts (a main class that is not an Application, JavaFX on
 * the class path) and measured by the same {@link StartupProbe}: the baseline of the start-up benchmark. With
 * {@code --startup-probe} it prints {@code first-frame-ms=N first-frame-cpu-ms=C} and exits.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
        System.exit(0);
    }

    /** The hello window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 720));
            stage.show();
            if (getParameters().getRaw().contains("--startup-probe")) {
                StartupProbe.install(stage.getScene(), System.out, Platform::exit);
            }
        }
    }
}
