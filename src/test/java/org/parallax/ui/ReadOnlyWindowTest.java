package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.ReaderView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a library file that may not be written (real SQLite, opened read-only): the status bar names it
 * and shows the "Read-only" badge, every editing action is disabled, and reading still works.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    AnnotationLayer annotate;
    AnnotateViewModel annotateVm;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = dir.resolve("library.db");
        try (AppContext writable = AppContext.open(file)) {
            TestArticles.insert(writable.articles(), TestArticles.harbourA());
            TestArticles.insert(writable.articles(), TestArticles.harbourB());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ctx = AppContext.open(file);
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
        annotateVm = new AnnotateViewModel(ctx.annotations(), runner);
        annotate = new AnnotationLayer(window.view().readerView(), vm.reader(), annotateVm);
        // locked before the panel is shown, as the start does: its rows in collapsed panes have no skin yet
        vm.status().lock(annotate.panel(), LibraryStatus.ANNOTATE_EDITS);
        annotate.readOnlyProperty().bind(vm.status().readOnlyProperty());
        window.addSidePlace().getChildren().setAll(annotate.panel());
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        for (var menu : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem i : menu.getItems()) if (id.equals(i.getId())) return i;
        }
        throw new AssertionError("no menu item " + id);
    }

    private static Node node(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().orElseThrow(() -> new AssertionError("no " + id + " in the window"));
    }

    @Test
    void theStatusBarShowsTheBadgeAndEveryEditIsDisabled(FxRobot robot) {
        assertTrue(ctx.database().readOnly());
        FxWait.waitUntil(() -> vm.library().articles().size() == 2 && vm.reader().getArticle() != null);
        Label badge = robot.lookup("#readOnlyBadge").queryAs(Label.class);
        assertTrue(badge.isVisible());
        assertEquals("Read-only", badge.getText());
        assertEquals(LibraryStatus.READ_ONLY_TIP, badge.getTooltip().getText());
        assertEquals("library.db · SQLite", robot.lookup("#libraryLabel").queryAs(Label.class).getText());
        assertEquals("library.db (SQLite) — Parallax", vm.status().title());
        for (String id : List.of("importFilesItem", "importFolderItem", "addLinkItem", "importAnnotationsItem",
                "pauseRecognitionItem", "retryRecognitionItem", "reextractItem")) {
            assertTrue(menuItem(robot, id).isDisable(), id + " is disabled");
        }
        // reading, searching, comparing and exporting stay
        for (String id : List.of("openLibraryItem", "openServerLibraryItem", "exportPdfItem", "compareSelectedItem", "findItem")) {
            assertFalse(menuItem(robot, id).isDisable(), id + " stays enabled");
        }
        assertTrue(node(robot, "#addFeedButton").isDisabled(), "subscribing to a feed");
        for (String id : List.of("#annotateToolbar", "#noteButton", "#deleteNote", "#typePicker", "#acceptAllSuggestions", "#restoreNote")) {
            assertTrue(node(robot, id).isDisabled(), id + " is disabled");
        }
        assertFalse(node(robot, "#annotationFilter").isDisabled(), "what is shown can still be chosen");
        // the reader's context menu: every item changes the library, so all are greyed when it shows
        ReaderView reader = window.view().readerView();
        ContextMenu menu = reader.textArea().getContextMenu();
        robot.interact(() -> {
            reader.textArea().selectRange(0, 7);
            menu.show(stage);
        });
        assertFalse(menu.getItems().isEmpty());
        for (MenuItem i : menu.getItems()) {
            if (!(i instanceof SeparatorMenuItem)) assertTrue(i.isDisable(), i.getText() + " is disabled");
        }
        robot.interact(menu::hide);
        // and the key that would mark the selection as a person does nothing
        robot.interact(() -> reader.textArea().requestFocus());
        robot.type(KeyCode.P);
        // a write refused by the library would show its error here; the key is not taken as an edit at all
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", annotateVm.messageProperty().get(), "no edit was tried");
        assertEquals(List.of(), ctx.annotations().annotations().manual(), "no mark was written");
        // a file dropped on the window is not imported
        robot.interact(() -> vm.importPaths(List.of(dir.resolve("config"))));
        assertEquals("This library is read-only: nothing can be imported into it.", vm.taskMessageProperty().get());
    }
}
