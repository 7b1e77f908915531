package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Open Server Library… builds the address from its fields and hands it to the window opener, which Recent
 * Libraries then offers first; the library this window shows is not opened again. The opener records instead of
 * starting a process (WindowLauncherTest starts a real one).
 */
@ExtendWith(ApplicationExtension.class)
class LibraryMenuTest {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Stage stage;
    final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = AppContext.open(dir.resolve("library.db"));
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
        window.view().libraryMenu().setOpener(opened::add);
        stage.setScene(window.createScene(1000, 700));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
    }

    private static MenuItem item(FxRobot robot, String id) {
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem i : m.getItems()) if (id.equals(i.getId())) return i;
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void theServerDialogOpensItsAddressInANewWindowAndRemembersIt(FxRobot robot) {
        Platform.runLater(item(robot, "openServerLibraryItem")::fire);
        FxWait.waitUntil(() -> robot.lookup("#serverHost").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#serverHost").queryAs(TextField.class).setText("db.example.org");
            robot.lookup("#serverPort").queryAs(TextField.class).setText("5433");
            robot.lookup("#serverUser").queryAs(TextField.class).setText("ana");
        });
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled(), "no database named yet");
        robot.interact(() -> robot.lookup("#serverDatabase").queryAs(TextField.class).setText("desk"));
        assertFalse(pane.lookupButton(ButtonType.OK).isDisabled());
        robot.clickOn("OK");
        FxWait.waitUntil(() -> !opened.isEmpty());
        assertEquals(List.of("postgresql://ana@db.example.org:5433/desk"), opened);
        assertEquals("postgresql://ana@db.example.org:5433/desk", vm.settings().recentLibraries().get(0));
        Menu recent = (Menu) item(robot, "recentLibrariesMenu");
        assertEquals("ana@db.example.org:5433/desk (server)", recent.getItems().get(0).getText());
        assertEquals("Opening ana@db.example.org:5433/desk in a new window…", vm.taskMessageProperty().get());
    }

    @Test
    void theLibraryThisWindowShowsIsNotOpenedAgain(FxRobot robot) {
        String here = dir.resolve("library.db").toAbsolutePath().toString();
        assertEquals(here, vm.status().where());
        robot.interact(() -> assertFalse(window.view().libraryMenu().open(here)));
        assertEquals(List.of(), opened);
        assertEquals("This window already shows library.db.", vm.taskMessageProperty().get());
    }
}
