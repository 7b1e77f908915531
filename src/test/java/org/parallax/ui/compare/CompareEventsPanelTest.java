package org.parallax.ui.compare;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.Test;
import org.parallax.testsupport.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window's events panel on the shared sample pair (real store, background runner, Monocle). */
class CompareEventsPanelTest extends CompareWindowFixture {
    @Start
    void start(Stage stage) {
        open();
    }

    @Test
    void panelListsTheVisitBothReportAndClickingScrollsBothPanes(FxRobot robot) throws Exception {
        FxWait.waitUntil(20, () -> vm.layoutProperty().get() != null && !vm.events().isEmpty(), () -> "the comparison's events");
        TitledPane panel = robot.lookup("#compareEvents").queryAs(TitledPane.class);
        assertTrue(panel.isVisible() && panel.isExpanded());
        List<String> texts = window.view().eventPanelTexts();
        int heading = texts.indexOf("2023-03-06..2023-03-07");
        assertTrue(heading >= 0, "a date heading for the visit: " + texts);
        String visit = texts.get(heading + 1);
        assertTrue(visit.startsWith("Visit") && visit.contains("Landberg") && visit.endsWith("[both]"), visit);

        assertTrue(robot.lookup(".compare-event").queryAllAs(Button.class).stream().anyMatch(x -> x.getText().equals(visit)));
        // the calendar strip's mark of the same event is what a click reaches first (the list scrolls)
        Button row = robot.lookup(".timeline-event").queryAllAs(Button.class).stream()
                .filter(x -> ((CompareViewModel.EventRow) x.getProperties().get("row")).when().equals("2023-03-06..2023-03-07"))
                .findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        CompareViewModel.ScrollTarget t = vm.scrollTargetProperty().get();
        assertEquals(t.left().start(), window.view().leftArea().getSelection().getStart(), "left pane at A's sentence");
        assertEquals(t.right().start(), window.view().rightArea().getSelection().getStart(), "right pane at B's sentence");
        assertTrue(window.view().leftArea().getSelectedText().contains("March 6-7"), window.view().leftArea().getSelectedText());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.root().snapshot(null, null));
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), "compare-events-panel.png").toFile();
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
        assertTrue(out.length() > 0);

        robot.clickOn(".compare-events > .title");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!panel.isExpanded(), "the panel collapses");
    }
}
