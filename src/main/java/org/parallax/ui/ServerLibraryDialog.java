package org.parallax.ui;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Open Server Library…: host, port, database, user and TLS mode in a dialog over a {@link ServerLibraryForm};
 * OK stays disabled while the form names a problem (shown under the fields). The result is the
 * {@code postgresql://} address, without a password.
 */
public final class ServerLibraryDialog {
    private ServerLibraryDialog() {
    }

    /** Shows the dialog and waits; the address, or empty when cancelled. */
    public static Optional<String> show(Window owner, ServerLibraryForm form) {
        return dialog(owner, form).showAndWait();
    }

    static Dialog<String> dialog(Window owner, ServerLibraryForm form) {
        Dialog<String> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Open Server Library");
        d.setHeaderText("A library on a PostgreSQL server. The password comes from ~/.pgpass, or is asked when it opens.");
        TextField host = field("serverHost", "db.example.org", form.hostProperty().get());
        TextField port = field("serverPort", "5432", form.portProperty().get());
        TextField database = field("serverDatabase", "parallax", form.databaseProperty().get());
        TextField user = field("serverUser", System.getProperty("user.name", ""), form.userProperty().get());
        form.hostProperty().bind(host.textProperty());
        form.portProperty().bind(port.textProperty());
        form.databaseProperty().bind(database.textProperty());
        form.userProperty().bind(user.textProperty());
        ChoiceBox<String> ssl = new ChoiceBox<>();
        ssl.setId("serverSslMode");
        ssl.getItems().setAll(ServerLibraryForm.SSL_MODES);
        ssl.setConverter(new StringConverter<>() {
            @Override
            public String toString(String mode) {
                return mode == null || mode.isEmpty() ? "default (prefer)" : mode;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        ssl.setValue(form.sslModeProperty().get());
        form.sslModeProperty().bind(ssl.valueProperty());
        Label problem = new Label();
        problem.setId("serverProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.textProperty().bind(form.problemBinding());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Host"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("TLS (sslmode)"), ssl);
        grid.add(problem, 0, 5, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.problemBinding().isNotEmpty());
        d.setResultConverter(b -> b == ButtonType.OK && form.problemBinding().get().isEmpty() ? form.address() : null);
        d.setOnShown(e -> Platform.runLater(host::requestFocus));
        d.setOnHidden(e -> {
            form.hostProperty().unbind();
            form.portProperty().unbind();
            form.databaseProperty().unbind();
            form.userProperty().unbind();
            form.sslModeProperty().unbind();
        });
        return d;
    }

    private static TextField field(String id, String prompt, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }
}
