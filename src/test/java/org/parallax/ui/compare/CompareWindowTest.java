package org.parallax.ui.compare;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.testsupport.FxWait.waitUntil;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window on the shared sample pair, as a user sees it (real store, real background runner, Monocle). */
class CompareWindowTest extends CompareWindowFixture {
    @Start
    void start(Stage stage) {
        open();
    }

    private static boolean hasClass(StyleClassedTextArea area, String cls) {
        for (StyleSpan<Collection<String>> s : area.getStyleSpans(0, area.getLength())) {
            if (s.getStyle().contains(cls)) return true;
        }
        return false;
    }

    @Test
    void opensOnTheSamplesWithTitlesWordDifferencesAndF7MovesTheCaret(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null && window.view().lastFirstFrameNanos() > 0);
        assertEquals(ctx.articles().get(a).orElseThrow().title(), robot.lookup("#compareLeftTitle").queryAs(Label.class).getText());
        assertEquals(ctx.articles().get(b).orElseThrow().title(), robot.lookup("#compareRightTitle").queryAs(Label.class).getText());
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea right = robot.lookup("#compareRight").queryAs(StyleClassedTextArea.class);
        assertTrue(hasClass(left, "diff-changed") && hasClass(right, "diff-changed"), "word differences are marked");
        assertTrue(hasClass(left, "entity-person"), "entities are highlighted as in the reader");
        assertTrue(hasClass(left, "unique-sentence") || hasClass(right, "unique-sentence"), "unique sentences are marked");
        assertTrue(robot.lookup("#compareGutter").queryAs(CompareGutter.class).getChildrenUnmodifiable().size() > 2, "the gutter has marks");
        assertTrue(robot.lookup("#compareSummary").queryAs(javafx.scene.layout.VBox.class).isVisible());

        assertEquals(0, left.getCaretPosition());
        assertEquals(0, right.getCaretPosition());
        robot.clickOn("#compareStatus");
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.currentDifferenceProperty().get());
        CompareLayout.Difference d = vm.currentDifferenceValue();
        StyleClassedTextArea moved = d.left() != null ? left : right;
        int expected = d.left() != null ? d.left().start() : d.right().start();
        assertTrue(expected > 0);
        assertEquals(expected, moved.getCaretPosition(), "Next difference moves the caret to it");
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.currentDifferenceProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.currentDifferenceProperty().get(), "Shift+F7 goes back");
        assertEquals(expected, moved.getCaretPosition());
        assertTrue(hasClass(left, CompareView.CURRENT) || hasClass(right, CompareView.CURRENT), "the current difference is outlined");
        File png = saveSnapshot(robot, "compare-view.png");
        assertTrue(png.length() > 10_000, "a real picture: " + png.length());
    }

    @Test
    void chipHighlightsTheEntityInBothPanes(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        robot.clickOn("#compareDetailsToggle"); // the chips sit in the collapsed part of the header
        robot.clickOn(".chip-both");
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea right = robot.lookup("#compareRight").queryAs(StyleClassedTextArea.class);
        assertTrue(hasClass(left, "entity-focus") && hasClass(right, "entity-focus"));
    }

    @Test
    void hoveringAnAlignedSentenceMarksItsPartner(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea right = robot.lookup("#compareRight").queryAs(StyleClassedTextArea.class);
        CompareLayout.Link link = vm.layoutProperty().get().links().get(0);
        int mid = (link.left().start() + link.left().end()) / 2;
        javafx.geometry.Bounds[] at = new javafx.geometry.Bounds[1];
        robot.interact(() -> at[0] = left.getCharacterBoundsOnScreen(mid, mid + 1).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(at[0].getCenterX(), at[0].getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hasClass(right, CompareView.HOVER), "the partner on the right is marked");
        assertTrue(right.getStyleSpans(link.right().start(), link.right().end()).getStyleSpan(0).getStyle().contains(CompareView.HOVER));
    }

    @Test
    void scrollingOnePaneBringsThePartnerSentenceIntoTheOtherUnlessSyncIsOff(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea right = robot.lookup("#compareRight").queryAs(StyleClassedTextArea.class);
        CompareLayout l = vm.layoutProperty().get();
        CompareLayout.Link last = l.links().get(l.links().size() - 1);
        int leftPar = left.offsetToPosition(last.left().start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int rightPar = right.offsetToPosition(last.right().start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        robot.interact(() -> left.showParagraphAtTop(leftPar));
        waitUntil(() -> right.firstVisibleParToAllParIndex() > 0);
        int shown = right.firstVisibleParToAllParIndex();
        assertTrue(Math.abs(shown - rightPar) <= 1 || right.lastVisibleParToAllParIndex() >= rightPar,
                "right shows paragraph " + shown + ".." + right.lastVisibleParToAllParIndex() + ", partner at " + rightPar);
        // switched off: the right pane stays where it is
        robot.clickOn("#syncScroll");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> left.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, right.firstVisibleParToAllParIndex());
    }

    @Test
    void bandsToSentencesScrolledOutOfViewStayBesideTheTextNotOverTheTitles(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        CompareConnectors connectors = robot.lookup("#compareConnectors").queryAs(CompareConnectors.class);
        CompareLayout l = vm.layoutProperty().get();
        CompareLayout.Link last = l.links().get(l.links().size() - 1);
        int par = left.offsetToPosition(last.left().start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        robot.interact(() -> left.showParagraphAtTop(par));
        waitUntil(() -> left.firstVisibleParToAllParIndex() > 0);
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        double[] textTop = new double[1];
        robot.interact(() -> textTop[0] = connectors.sceneToLocal(left.localToScene(left.getLayoutBounds())).getMinY());
        javafx.scene.Node clip = connectors.getClip();
        assertTrue(clip != null, "the connectors are clipped");
        javafx.geometry.Bounds shown = clip.getBoundsInParent();
        assertTrue(textTop[0] > 1, "the titles sit above the text: " + textTop[0]);
        assertEquals(textTop[0], shown.getMinY(), 1.0, "bands start at the text's top edge");
        assertTrue(connectors.getChildrenUnmodifiable().size() > 0, "bands are drawn");
        // every link with a sentence in view has its band, and no other: asked of the panes one link at a time
        StyleClassedTextArea right = robot.lookup("#compareRight").queryAs(StyleClassedTextArea.class);
        int[] expected = new int[1], drawn = new int[1];
        robot.interact(() -> {
            for (CompareLayout.Link k : l.links()) {
                if (left.getCharacterBoundsOnScreen(k.left().start(), k.left().end()).isPresent()
                        || right.getCharacterBoundsOnScreen(k.right().start(), k.right().end()).isPresent()) {
                    expected[0]++;
                }
            }
            drawn[0] = (int) connectors.getChildrenUnmodifiable().stream()
                    .filter(n -> !n.getStyleClass().contains("connector-unique")).count();
        });
        assertTrue(expected[0] > 0, "some links are in view");
        assertEquals(expected[0], drawn[0], "one band per link in view");
    }

    @Test
    void escapeClosesTheWindow(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        Window w = window.root().getScene().getWindow();
        robot.clickOn("#compareLeft");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!w.isShowing());
    }

    private File saveSnapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.root().snapshot(null, null));
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), name).toFile();
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
        return out;
    }

    @Test
    void selectingAWordInTheLeftPaneAndPressingPMarksAPersonThereAndCtrlZUndoesIt(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        StyleClassedTextArea left = robot.lookup("#compareLeft").queryAs(StyleClassedTextArea.class);
        int[] w = CompareViewModelTest.unmarkedWord(vm.layoutProperty().get().left());
        assertTrue(CompareViewModelTest.manualPeople(ctx, a).isEmpty());
        robot.interact(() -> {
            left.requestFocus();
            left.selectRange(w[0], w[1]);
        });
        robot.type(KeyCode.P);
        waitUntil(() -> CompareViewModelTest.manualPeople(ctx, a).size() == 1);
        org.parallax.model.Mention m = CompareViewModelTest.manualPeople(ctx, a).get(0);
        assertEquals(left.getText(w[0], w[1]), ctx.articles().get(a).orElseThrow().text().substring(m.start(), m.end()));
        assertTrue(CompareViewModelTest.manualPeople(ctx, b).isEmpty(), "the right article is untouched");
        waitUntil(() -> left.getStyleOfChar(w[0]).contains("entity-person"));
        assertEquals(w[0], left.getSelection().getStart(), "the pane was restyled, not refilled: the selection stays");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> CompareViewModelTest.manualPeople(ctx, a).isEmpty() && !left.getStyleOfChar(w[0]).contains("entity-person"));
    }
}
