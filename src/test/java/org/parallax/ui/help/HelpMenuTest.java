package org.parallax.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.annotate.ReaderKeys;
import org.parallax.ui.compare.CompareKeys;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Keyboard shortcuts and Getting started in the real main window. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = AppContext.open(dir.resolve("library.db"));
        runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        MainWindow window = MainWindow.load(vm);
        stage.setScene(window.createScene(1000, 650));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
    }

    private static Stage dialog(String title) {
        FxWait.waitUntil(10, () -> find(title) != null, () -> "the \"" + title + "\" dialog");
        return find(title);
    }

    private static Stage find(String title) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElse(null);
    }

    /** Every accelerator on the window's menus, found by walking the menu bar. */
    private static List<String> menuAccelerators(MenuBar bar) {
        List<String> keys = new ArrayList<>();
        for (Menu m : bar.getMenus()) walk(m, keys);
        return keys;
    }

    private static void walk(Menu menu, List<String> keys) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) walk(sub, keys);
            else if (i.getAccelerator() != null) keys.add(i.getAccelerator().getDisplayText());
        }
    }

    @Test
    void f1ListsEveryBindingOfTheSceneAndFiltersByTypedText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Stage sheet = dialog("Keyboard shortcuts");
        @SuppressWarnings("unchecked")
        TableView<Shortcut> table = robot.from(sheet.getScene().getRoot()).lookup("#shortcutTable").queryAs(TableView.class);
        List<String> listed = table.getItems().stream().map(Shortcut::keys).toList();

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> menus = menuAccelerators(bar);
        assertTrue(menus.size() >= 12, "the menus carry their accelerators: " + menus);
        for (String k : menus) assertTrue(listed.contains(k), k + " is listed: " + listed);
        for (KeyCombination k : stage.getScene().getAccelerators().keySet()) {
            assertTrue(listed.contains(k.getDisplayText()), k.getDisplayText() + " is listed: " + listed);
        }
        for (ReaderKeys.Key k : ReaderKeys.ALL) assertTrue(listed.contains(k.keys()), "reader key " + k.keys());
        for (CompareKeys.Key k : CompareKeys.ALL) assertTrue(listed.contains(k.keys()), "side-by-side key " + k.keys());
        assertTrue(table.getItems().stream().anyMatch(s -> s.keys().equals("Shift+F7") && s.where().equals("Side by side window")),
                "the compare window's own keys are listed with their window");
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Compare selected articles")
                && s.where().equals("Compare menu")), "menu items are named by their text and menu");
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Keyboard shortcuts") && s.where().equals("Window")),
                "Ctrl+/ is named");

        TextField search = robot.from(sheet.getScene().getRoot()).lookup("#shortcutSearch").queryAs(TextField.class);
        assertTrue(search.isFocused(), "the search field has the focus");
        // The filter must survive a collection: its model was once held only by a weak binding.
        for (int i = 0; i < 3; i++) System.gc();
        robot.clickOn(search).write("zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zoom", search.getText());
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(s -> s.action().toLowerCase().contains("zoom")), table.getItems().toString());
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Zoom in") && s.where().equals("View menu")));
        robot.interact(() -> search.setText("mark person"));
        assertEquals(List.of("P"), table.getItems().stream().map(Shortcut::keys).toList());
        robot.interact(() -> search.setText("no such binding"));
        assertTrue(table.getItems().isEmpty());
    }

    @Test
    void ctrlSlashOpensTheSheetToo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        dialog("Keyboard shortcuts");
    }

    @Test
    void gettingStartedShowsTheBundledPage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow();
        MenuItem item = help.getItems().stream().filter(i -> "Getting started".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        Stage page = dialog("Getting started");
        TextFlow flow = robot.from(page.getScene().getRoot()).lookup("#gettingStarted").queryAs(TextFlow.class);
        String shown = flow.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        for (String topic : List.of("Import", "Read", "Compare", "Calendar", "Notes and export", "Shortcuts")) {
            assertTrue(shown.contains(topic + "\n"), "a heading " + topic);
        }
        assertFalse(shown.contains("# "), "headings are shown without their Markdown marks");
        assertTrue(GettingStarted.text().lines().count() <= 30, "the page stays short");
    }

    @Test
    void filterMatchesEveryWordInAnyColumn() {
        Shortcut s = new Shortcut("Ctrl+D", "Compare selected articles", "Compare menu");
        assertTrue(ShortcutsViewModel.matches(s, "ctrl+d"));
        assertTrue(ShortcutsViewModel.matches(s, "  compare  SELECTED "));
        assertFalse(ShortcutsViewModel.matches(s, "compare zoom"));
        assertTrue(ShortcutsViewModel.matches(s, ""));
    }
}
