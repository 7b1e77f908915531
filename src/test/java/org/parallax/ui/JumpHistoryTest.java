package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.testsupport.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.FxWait;
import org.parallax.app.Settings;
import org.parallax.calendar.SampleLibrary;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Jumps and the navigation history in the main window, with the annotation layer styling entities, on the two
 * shared samples imported and processed (test recogniser): a calendar jump keeps the sentence's entity colours once
 * its flash is over, and Alt+Left / Alt+Right go back to the first article where it was scrolled and forward again.
 */
@ExtendWith(ApplicationExtension.class)
class JumpHistoryTest {
    @TempDir
    Path dir;
    SampleLibrary lib;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lib = SampleLibrary.open(dir.resolve("library.db"));
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(lib.ctx), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
        stage.setScene(window.createScene(1000, 480)); // low, so the sample articles are longer than the viewport
        stage.show();
        new AnnotationLayer(window.view().readerView(), vm.reader(), new AnnotateViewModel(lib.ctx.annotations(), runner));
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        lib.ctx.close();
    }

    private boolean showing(long id) {
        return vm.reader().getArticle() != null && vm.reader().getArticle().id() == id && vm.reader().highlightProperty().get() == null;
    }

    private static boolean visible(StyleClassedTextArea area, int par) {
        try {
            return area.firstVisibleParToAllParIndex() <= par && par <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The first paragraph with text in the viewport; -1 before the area is laid out. */
    private static int topText(StyleClassedTextArea area) {
        try {
            return ReaderView.firstVisibleText(area);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean hasJumpStyle(StyleClassedTextArea area) {
        return area.getStyleSpans(0, area.getLength()).stream().anyMatch(s -> s.getStyle().contains(ReaderView.HIGHLIGHT));
    }

    @Test
    void aCalendarJumpKeepsEntityColoursAndAltLeftRightWalkTheHistory(FxRobot robot) {
        StyleClassedTextArea area = window.view().readerView().textArea();
        robot.interact(() -> vm.reader().open(lib.outletA));
        waitUntil("article A", () -> showing(lib.outletA) && area.getLength() > 0);
        // A scrolled half way down, as a reader would leave it
        int[] topA = new int[1];
        robot.interact(() -> area.showParagraphAtTop(area.getParagraphs().size() / 2));
        robot.interact(() -> area.showParagraphAtTop(area.getParagraphs().size() / 2)); // once laid out, it stays
        waitUntil(() -> {
            topA[0] = topText(area);
            return topA[0] > 0;
        }, () -> "A scrolled; height " + area.getTotalHeightEstimate() + " viewport " + area.getViewportHeight());

        Event visit = lib.ctx.calendar().events(java.time.LocalDate.of(2023, 3, 1), java.time.LocalDate.of(2023, 3, 31),
                org.parallax.calendar.EventFilter.all()).stream().filter(e -> e.when().toString().equals("2023-03-06..2023-03-07"))
                .findFirst().orElseThrow();
        EventSource b = visit.sources().stream().filter(s -> s.articleId() == lib.outletB && s.sentenceText().contains("Landberg"))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.openArticleAt(b.articleId(), b.sentenceStart(), b.sentenceEnd()));
        waitUntil("article B at the sentence", () -> showing(lib.outletB));
        ReaderDocument doc = vm.reader().documentProperty().get();
        ReaderDocument.Range r = doc.displayRange(b.sentenceStart(), b.sentenceEnd());
        int par = area.offsetToPosition(r.start(), Bias.Forward).getMajor();
        assertEquals(r.start(), area.getCaretPosition());
        waitUntil("the sentence in view", () -> visible(area, par));
        // once the flash is over, the entity layer's colours are what the sentence shows, and nothing of the jump
        waitUntil("the flash over, the entities styled", () -> !hasJumpStyle(area) && area.getStyleSpans(r.start(), r.end()).stream()
                .anyMatch(s -> s.getStyle().contains("entity-person")));
        List<String> view = vm.reader().history().entries().stream().map(e -> e.view()).toList();
        assertEquals(List.of("library", "calendar"), view.subList(view.size() - 2, view.size()));

        int topB = topText(area);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil("back on A", () -> showing(lib.outletA));
        waitUntil(() -> topText(area) == topA[0],
                () -> "A where it was left: paragraph " + topA[0] + " at the top, now " + topText(area)
                        + " caret " + area.getCaretPosition() + " par " + area.getCurrentParagraph() + " last " + area.lastVisibleParToAllParIndex() + " y " + area.getEstimatedScrollY() + " h " + area.getTotalHeightEstimate() + " history " + vm.reader().history().entries());
        assertFalse(hasJumpStyle(area));

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil("forward on B", () -> showing(lib.outletB));
        waitUntil(() -> topText(area) == topB, () -> "B where it was left: paragraph " + topB + " at the top, now " + topText(area)
                + " caret " + area.getCaretPosition() + " history " + vm.reader().history().entries());
        assertTrue(vm.reader().history().canGoBack());
        assertFalse(vm.reader().history().canGoForward());
    }
}
