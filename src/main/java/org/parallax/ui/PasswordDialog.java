package org.parallax.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.parallax.store.LibraryAddress;
import org.parallax.store.PostgresDatabase;

/**
 * Asks for a server library's password when {@code ~/.pgpass} has none: a dialog naming the role, host and database,
 * with one password field and no "remember" choice (its text points to {@code ~/.pgpass} instead). The answer goes to
 * the driver and nowhere else: not to settings, logs, titles or messages. {@link #asking} may be called from any thread.
 */
public final class PasswordDialog {
    private PasswordDialog() {
    }

    /** Passwords asked in a dialog over {@code owner} (may give null); a caller off the FX thread waits for the answer. */
    public static PostgresDatabase.Passwords asking(Supplier<Window> owner) {
        return (server, reason) -> {
            if (Platform.isFxApplicationThread()) return ask(owner.get(), server);
            CompletableFuture<char[]> answer = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    answer.complete(ask(owner.get(), server));
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            });
            return answer.join();
        };
    }

    /** Shows the dialog and waits; the password typed, or null when cancelled. On the FX thread. */
    static char[] ask(Window owner, LibraryAddress.Server server) {
        return dialog(owner, server).showAndWait().orElse(null);
    }

    /** The dialog for {@code server}; its result is the password typed, or null when cancelled. */
    static Dialog<char[]> dialog(Window owner, LibraryAddress.Server server) {
        Dialog<char[]> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Server library password");
        String who = LibraryStatus.name(server);
        d.setHeaderText("Password for " + who);
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPromptText("Password of role " + server.role());
        Label help = new Label("The server asks for the password of role " + server.role() + " on " + server.host()
                + ". Parallax uses it for this window only and never stores it. To be asked no more, put it in ~/.pgpass"
                + " (a line host:port:database:role:password, in a file only you may read).");
        help.setId("passwordHelp");
        help.setWrapText(true);
        help.setMaxWidth(420);
        d.getDialogPane().setContent(new VBox(8, help, field));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            char[] pw = b == ButtonType.OK ? field.getText().toCharArray() : null;
            field.clear();
            return pw;
        });
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        return d;
    }
}
