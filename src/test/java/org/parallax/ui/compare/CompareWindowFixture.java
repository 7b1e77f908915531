package org.parallax.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The compare window opened on the shared sample pair (real store, real background runner, Monocle, light theme), for
 * the window's TestFX tests to extend; every window is closed and the library shut after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CompareWindowFixture {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    CompareViewModel vm;
    CompareWindow window;
    long a, b;

    /** Opens the library and the window; each test class calls it from its own {@code @Start} (TestFX reads only the class's own). */
    void open() {
        javafx.application.Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
        ctx = AppContext.open(dir.resolve("library.db"));
        long[] ids = CompareFixture.importPair(ctx);
        a = ids[0];
        b = ids[1];
        runner = new FxTaskRunner();
        vm = new CompareViewModel(ctx.compare(), ctx.calendar(), ctx.annotations(), runner);
        window = CompareWindow.open(null, vm, a, b);
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
}
