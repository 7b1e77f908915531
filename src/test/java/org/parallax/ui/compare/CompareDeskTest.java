package org.parallax.ui.compare;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.testsupport.FxWait.waitUntil;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.app.CompareService;
import org.parallax.compare.Comparison;
import org.parallax.compare.DiffSpan;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare window as a desk, on the shared sample pair (real store, real background runner, Monocle): aligned
 * sentences stay level as the left pane scrolls, both panes get the same width, a conflicting fact is marked in both
 * panes and summarised, and the header is one line until Details (or Ctrl+Shift+D) expands it.
 */
class CompareDeskTest extends CompareWindowFixture {
    @Start
    void start(Stage stage) {
        open();
    }

    /** How far apart two "level" lines may be, in pixels. */
    private static final double LEVEL = 3;

    @Test
    void alignedSentencesStayLevelAsTheLeftPaneScrolls(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null && window.view().lastFirstFrameNanos() > 0);
        StyleClassedTextArea left = window.view().leftArea(), right = window.view().rightArea();
        robot.interact(() -> window.root().getScene().getWindow().setHeight(560));
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        List<String> seen = new ArrayList<>();
        robot.moveTo(left);
        for (int step = 0; step < 16 && checked < 4; step++) {
            // as a wheel turn does: the pane under the mouse scrolls by some lines
            robot.interact(() -> left.scrollYBy(70));
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(60);
            WaitForAsyncUtils.waitForFxEvents();
            double[] gap = new double[] {Double.NaN};
            robot.interact(() -> gap[0] = levelGap(left, right));
            if (Double.isNaN(gap[0])) continue;
            seen.add(String.format(java.util.Locale.ROOT, "%.1f", gap[0]));
            assertTrue(Math.abs(gap[0]) <= LEVEL, "the sentence at the reading line and its partner differ by " + gap[0] + " px: " + seen);
            checked++;
        }
        System.out.println("level gaps after scrolling: " + seen);
        assertTrue(checked >= 3, "too few scroll positions had an aligned sentence starting in view: " + seen);
        assertTrue(left.getEstimatedScrollY() > 0, "the left pane scrolled");
    }

    /** Screen distance between the start of the sentence at the left pane's reading line and its partner's, or NaN. */
    private double levelGap(StyleClassedTextArea left, StyleClassedTextArea right) {
        CompareLayout l = vm.layoutProperty().get();
        int off = CompareAligner.offsetAt(left, 8, CompareAligner.anchorY(left));
        CompareLayout.Link link = off < 0 ? null : l.linkAt(true, off);
        if (link == null) return Double.NaN;
        Optional<Bounds> lb = CompareAligner.top(left, link.left().start()), rb = CompareAligner.top(right, link.right().start());
        if (lb.isEmpty() || rb.isEmpty()) return Double.NaN;
        return lb.get().getMinY() - rb.get().getMinY();
    }

    @Test
    void bothPanesHaveTheSameWidth(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null && window.view().lastFirstFrameNanos() > 0);
        double lw = window.view().leftArea().getWidth(), rw = window.view().rightArea().getWidth();
        assertTrue(lw > 300 && Math.abs(lw - rw) <= 2, "left " + lw + " px, right " + rw + " px");
    }

    @Test
    void aConflictingFactIsMarkedInBothPanesAndSummarised(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null);
        CompareService.Compared c = vm.layoutProperty().get().compared();
        // the first differing words of an aligned pair, declared a conflict as the fact pairing would
        Comparison.PairDiff p = c.comparison().pairs().stream().filter(x -> !x.diffA().isEmpty() && !x.diffB().isEmpty())
                .findFirst().orElseThrow();
        Comparison.FactValue va = value(c.a().text(), p.diffA().get(0), p.a().get(0));
        Comparison.FactValue vb = value(c.b().text(), p.diffB().get(0), p.b().get(0));
        Comparison cmp = c.comparison();
        Comparison withConflict = new Comparison(cmp.idA(), cmp.idB(), cmp.similarity(), cmp.pairs(), cmp.uniqueA(), cmp.uniqueB(),
                cmp.entities(), cmp.dates(), cmp.metadata(),
                new Comparison.Facts(List.of(new Comparison.Conflict("killed", va, vb)), List.of(), List.of()));
        CompareLayout shown = CompareLayout.of(new CompareService.Compared(c.a(), c.b(), c.highlightsA(), c.highlightsB(), withConflict));
        robot.interact(() -> vm.display(shown));
        WaitForAsyncUtils.waitForFxEvents();

        CompareLayout.ConflictMark k = shown.conflicts().get(0);
        StyleClassedTextArea left = window.view().leftArea(), right = window.view().rightArea();
        assertTrue(left.getStyleOfChar(k.left().start()).contains("fact-conflict"), "marked on the left at the value");
        assertTrue(right.getStyleOfChar(k.right().start()).contains("fact-conflict"), "marked on the right at the value");
        assertFalse(left.getStyleOfChar(k.left().end()).contains("fact-conflict"), "only the value is marked");
        assertEquals(2, robot.lookup(".gutter-conflict").queryAll().size(), "the minimap shows the conflict on both sides");
        assertEquals("⚠ 1 conflicting fact", robot.lookup("#compareConflictCount").queryAs(Label.class).getText());
        assertEquals(List.of("killed: " + va.text() + " / " + vb.text()), vm.desk().conflictLines());
        robot.clickOn("#compareConflictCount");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".conflict-line").queryAs(Label.class).isVisible(), "the conflict line shows in the expanded header");
        File png = saveSnapshot(robot, "compare-desk-conflict.png");
        assertTrue(png.length() > 10_000, "a real picture: " + png.length());
    }

    private static Comparison.FactValue value(String text, DiffSpan d, Comparison.SentenceText s) {
        return new Comparison.FactValue(text.substring(d.start(), d.end()), null, d.start(), d.end(), s.start(), s.end());
    }

    @Test
    void theHeaderIsOneLineUntilDetailsOrCtrlShiftDExpandsIt(FxRobot robot) throws Exception {
        waitUntil(() -> vm.layoutProperty().get() != null && window.view().lastFirstFrameNanos() > 0);
        VBox details = robot.lookup("#compareDetails").queryAs(VBox.class);
        VBox summary = robot.lookup("#compareSummary").queryAs(VBox.class);
        assertFalse(details.isVisible());
        double collapsed = summary.getHeight();
        assertTrue(collapsed < 60, "the collapsed header is one line: " + collapsed + " px");
        robot.clickOn("#compareDetailsToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(details.isVisible() && robot.lookup("#compareDetailsToggle").queryAs(ToggleButton.class).isSelected());
        waitUntil(() -> summary.getHeight() > collapsed + 30);
        robot.clickOn("#compareStatus");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(details.isVisible(), "Ctrl+Shift+D collapses it again");
        waitUntil(() -> Math.abs(summary.getHeight() - collapsed) < 1);
    }

    private File saveSnapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.root().snapshot(null, null));
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), name).toFile();
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
        return out;
    }
}
