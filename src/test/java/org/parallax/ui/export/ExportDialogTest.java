package org.parallax.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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
import org.parallax.export.ReportOptions;
import org.parallax.ui.MainServices;
import org.parallax.testsupport.FxWait;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export notes as PDF… from the main window, on the shared samples and the real background runner. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    static final Path SAMPLES = SharedData.samples();

    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ctx = AppContext.open(dir.resolve("library.db"));
        ctx.imports().importFile(SAMPLES.resolve("story1-outlet-a.txt"));
        ctx.imports().importFile(SAMPLES.resolve("story1-outlet-b.txt"));
        new ReportOptions("Counter-terrorism dialogue", false, true, true, null, "Ada").save(dir.resolve("config"));
        runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        MainWindow window = MainWindow.load(vm);
        stage.setScene(window.createScene(1100, 700));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
    }

    @Test
    void ctrlPOpensTheDialogWithRememberedChoicesAndAPreviewOfPageOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        FxWait.waitUntil(10, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Export notes as PDF".equals(s.getTitle())), () -> "the export dialog");
        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Export notes as PDF".equals(s.getTitle())).findFirst().orElseThrow();
        TextField title = robot.from(dialog.getScene().getRoot()).lookup("#titleField").queryAs(TextField.class);
        assertEquals("Counter-terrorism dialogue", title.getText());
        assertTrue(robot.from(dialog.getScene().getRoot()).lookup("#calendarBox").queryAs(CheckBox.class).isSelected());
        ImageView preview = robot.from(dialog.getScene().getRoot()).lookup("#previewImage").queryAs(ImageView.class);
        FxWait.waitUntil(20, () -> preview.getImage() != null, () -> "the preview of page one");
        assertNotNull(preview.getImage());
        assertTrue(preview.getImage().getWidth() > 300, "page 1 rendered at preview resolution");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = dialog.getScene().getRoot().snapshot(null, null));
        Path out = Path.of(System.getProperty("parallax.buildDir", "target"), "pdf-export");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.resolve("export-dialog.png").toFile());
    }
}
