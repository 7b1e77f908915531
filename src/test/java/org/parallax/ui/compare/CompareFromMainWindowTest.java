package org.parallax.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.testsupport.FxWait.waitUntil;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.model.ArticleSummary;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening the compare view from the main window: two articles selected in the library and Ctrl+D; other versions. */
@ExtendWith(ApplicationExtension.class)
class CompareFromMainWindowTest {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = AppContext.open(dir.resolve("library.db"));
        CompareFixture.importPair(ctx);
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Stage s) s.close();
            }
        });
        runner.close();
        ctx.close();
    }

    @Test
    void ctrlDOnTwoSelectedArticlesOpensTheCompareWindow(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && vm.reader().getArticle() != null);
        robot.interact(() -> list.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#libraryCount");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#compareLeftTitle").tryQuery().isPresent()
                && !robot.lookup("#compareLeftTitle").queryAs(Label.class).getText().isEmpty());
        assertEquals(list.getItems().get(0).title(), robot.lookup("#compareLeftTitle").queryAs(Label.class).getText());
        assertEquals(list.getItems().get(1).title(), robot.lookup("#compareRightTitle").queryAs(Label.class).getText());
        assertEquals(java.util.Optional.of("P"), vm.compareRequestProperty().get().viewModel().typeForKey("p"),
                "the compare window can mark by hand");
    }

    @Test
    void ctrlEnterInAComparePaneOpensThatArticleInTheReaderAtTheSentence(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && vm.reader().getArticle() != null);
        long shownFirst = vm.reader().getArticle().id();
        robot.interact(() -> list.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#libraryCount");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        CompareViewModel cvm = vm.compareRequestProperty().get().viewModel();
        waitUntil(() -> cvm.layoutProperty().get() != null);
        CompareLayout l = cvm.layoutProperty().get();
        // the pane showing the article the reader does not show, at its last aligned sentence
        boolean onLeft = l.left().article().id() != shownFirst;
        CompareLayout.Side side = onLeft ? l.left() : l.right();
        CompareLayout.Link last = l.links().get(l.links().size() - 1);
        org.parallax.ui.reader.ReaderDocument.Range sentence = onLeft ? last.left() : last.right();
        org.fxmisc.richtext.StyleClassedTextArea pane = robot.lookup(onLeft ? "#compareLeft" : "#compareRight")
                .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        robot.interact(() -> {
            pane.requestFocus();
            pane.moveTo(sentence.start() + 2);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> vm.reader().getArticle() != null && vm.reader().getArticle().id() == side.article().id());
        var doc = vm.reader().documentProperty().get();
        var expected = doc.displayRange(side.document().toArticle(sentence.start()), side.document().toArticle(sentence.end()));
        var area = window.view().readerView().textArea();
        waitUntil(() -> area.getCaretPosition() == expected.start());
        assertEquals(expected.start(), area.getCaretPosition(), "the reader's caret is at the compare sentence");
        var history = vm.reader().history().entries();
        assertEquals("compare", history.get(history.size() - 1).view(), "the jump is recorded as coming from the compare view");
    }

    @Test
    void theReaderShowsTheOtherVersionOfTheStoryWithItsSimilarity(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.otherVersions().isEmpty());
        assertEquals(1, vm.otherVersions().size());
        double s = vm.otherVersions().get(0).similarity();
        assertTrue(s > 0.2 && s <= 1, "similarity " + s);
        Node box = robot.lookup(".reader-versions").query();
        assertTrue(box.isVisible());
        assertTrue(robot.lookup(".version-similarity").queryAs(Label.class).getText().endsWith("% similar"));
        robot.clickOn(".version-compare");
        waitUntil(() -> robot.lookup("#compareRightTitle").tryQuery().isPresent()
                && !robot.lookup("#compareRightTitle").queryAs(Label.class).getText().isEmpty());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.root().getScene().getRoot().snapshot(null, null));
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), "reader-other-versions.png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
    }

    @Test
    void groupingByStoryLabelsTheStoryInTheList(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> vm.groupByStoryProperty().set(true));
        waitUntil(() -> vm.library().storyGroupsProperty().get() != null);
        String label = vm.library().storyGroupsProperty().get().label(list.getItems().get(0).id());
        assertEquals("story 1 · 2 versions", label);
        assertTrue(robot.lookup(".library-meta").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("2 versions")));
    }
}
