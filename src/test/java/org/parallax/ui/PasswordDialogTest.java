package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.store.LibraryAddress;
import org.parallax.store.PostgresDatabase;
import org.parallax.testsupport.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The password prompt answers {@link PostgresDatabase.Passwords} for a caller off the FX thread, as the window's start
 * asks it while opening a server library: it names role, host and database, offers no "remember", and gives back what
 * was typed, or null when cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordDialogTest {
    private static final LibraryAddress.Server SERVER =
            (LibraryAddress.Server) LibraryAddress.parse("postgresql://ana@db.example.org:5433/desk?sslmode=require");
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
    }

    private CompletableFuture<char[]> askInTheBackground() {
        PostgresDatabase.Passwords passwords = PasswordDialog.asking(() -> stage);
        return CompletableFuture.supplyAsync(() -> passwords.ask(SERVER, "password authentication failed"));
    }

    @Test
    void theTypedPasswordAnswersTheCallerWaitingOffTheFxThread(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = askInTheBackground();
        FxWait.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Password for ana@db.example.org:5433/desk", pane.getHeaderText());
        String help = robot.lookup("#passwordHelp").queryAs(Label.class).getText();
        assertTrue(help.contains("~/.pgpass"), help);
        assertTrue(robot.lookup(".check-box").queryAllAs(CheckBox.class).isEmpty(), "no remember choice");
        assertFalse(answer.isDone(), "the caller waits for the answer");
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        robot.interact(() -> field.setText("s3cret pw"));
        robot.clickOn("OK");
        assertEquals("s3cret pw", new String(answer.get(10, TimeUnit.SECONDS)));
        assertEquals("", field.getText(), "the field does not keep it");
    }

    @Test
    void cancellingAnswersNull(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = askInTheBackground();
        FxWait.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertNull(answer.get(10, TimeUnit.SECONDS));
    }
}
