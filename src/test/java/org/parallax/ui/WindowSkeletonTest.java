package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.Importers;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame's skeleton stands where the window's controls then stand: each of its boxes and texts has the
 * bounds of the control with the same id in the real window (built from main.fxml on a real library), under its own
 * user-agent sheet as in the first frame and under the theme as while the window is built, in both themes. A box off
 * by more than a pixel would show as a jump when the window replaces it.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSkeletonTest {
    private static final double TOLERANCE = 1.0;
    private static final List<String> IDS = List.of("searchField", "libraryFilter", "libraryList", "readerTitle",
            "readerByline", "taskMessage");

    @TempDir
    Path dir;
    Stage stage;
    AppContext ctx;
    FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
        });
        if (runner != null) runner.close();
        if (ctx != null) ctx.close();
    }

    @Test
    void linesUpWithTheLightWindow(FxRobot robot) {
        linesUpWithTheWindow(robot, Settings.Theme.LIGHT, 1200, 760);
    }

    @Test
    void linesUpWithTheDarkWindowAtAnotherSizeAndZoom(FxRobot robot) {
        linesUpWithTheWindow(robot, Settings.Theme.DARK, 900, 600);
    }

    private void linesUpWithTheWindow(FxRobot robot, Settings.Theme theme, double width, double height) {
        Settings settings = Settings.load(dir.resolve("config"));
        settings.setTheme(theme);
        settings.setWindow(40, 40, width, height, false);
        if (theme == Settings.Theme.DARK) settings.setZoom(settings.zoom() + 2);
        Map<String, Bounds> first = new LinkedHashMap<>();
        Map<String, Bounds> themed = new LinkedHashMap<>();
        Map<String, Bounds> window = new LinkedHashMap<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(WindowSkeleton.STYLESHEET_URL);
            MainWindow.showFirst(stage, settings, WindowSkeleton.build(settings));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first.putAll(boxes(stage.getScene().getRoot())));
        robot.interact(() -> Application.setUserAgentStylesheet(Themes.userAgentStylesheet(theme)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> themed.putAll(boxes(stage.getScene().getRoot())));

        ctx = AppContext.open(dir.resolve("library.db"));
        runner = new FxTaskRunner();
        ImportService imports = new ImportService(ctx.articles(), Importers.defaults(), ImportService.DEFAULT_MAX_BYTES,
                Clock.systemUTC());
        MainViewModel vm = new MainViewModel(MainServices.of(ctx).withImports(imports), runner, settings);
        robot.interact(() -> {
            MainWindow w = MainWindow.load(vm);
            w.addSidePlace();
            w.attach(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.putAll(boxes(stage.getScene().getRoot())));
        // the skeleton's prompts are the fields' own (library.fxml)
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            assertEquals(WindowSkeleton.SEARCH_PROMPT, ((TextField) root.lookup("#searchField")).getPromptText());
            assertEquals(WindowSkeleton.FILTER_PROMPT, ((TextField) root.lookup("#libraryFilter")).getPromptText());
        });
        // the window's first focus is the library list, as when the window was shown without a skeleton
        robot.interact(() -> assertEquals(stage.getScene().getRoot().lookup("#libraryList"), stage.getScene().getFocusOwner()));

        assertEquals(window.keySet(), first.keySet(), "the same parts in both");
        List<String> off = new ArrayList<>();
        for (String key : window.keySet()) {
            if (!close(first.get(key), window.get(key))) off.add(key + ": first frame " + first.get(key) + ", window " + window.get(key));
            if (!close(themed.get(key), window.get(key))) off.add(key + ": themed " + themed.get(key) + ", window " + window.get(key));
        }
        assertTrue(off.isEmpty(), String.join("\n", off));
    }

    /** Scene bounds of the parts both trees have: the menus, the split's panes, the status bar and the ids above. */
    private static Map<String, Bounds> boxes(Parent root) {
        Map<String, Bounds> m = new LinkedHashMap<>();
        boolean skeleton = root.getStyleClass().contains("window-skeleton");
        Node menuBar = root.lookup(".menu-bar");
        assertNotNull(menuBar);
        m.put("menu bar", scene(menuBar));
        List<Node> menus = new ArrayList<>(menuBar.lookupAll(skeleton ? ".skeleton-menu" : ".menu-button"));
        assertEquals(WindowSkeleton.MENUS.length, menus.size(), "menus " + menus);
        if (!skeleton) assertEquals(WindowSkeleton.MENUS.length, ((MenuBar) menuBar).getMenus().size());
        for (int i = 0; i < menus.size(); i++) m.put("menu " + WindowSkeleton.MENUS[i], scene(menus.get(i)));
        SplitPane split = (SplitPane) root.lookup("#split");
        for (int i = 0; i < split.getItems().size(); i++) m.put("pane " + i, scene(split.getItems().get(i)));
        m.put("status bar", scene(root.lookup(".status-bar")));
        m.put("library title", scene(root.lookup(".pane-title")));
        for (String id : IDS) {
            Node n = root.lookup("#" + id);
            assertNotNull(n, id);
            m.put(id, scene(n));
        }
        // the status line's text, which the window's label (as wide as the bar) draws at its left
        Node status = root.lookup("#taskMessage");
        m.put("taskMessage", scene(status instanceof Label l ? l.lookup(".text") : status));
        return m;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean close(Bounds a, Bounds b) {
        return Math.abs(a.getMinX() - b.getMinX()) <= TOLERANCE && Math.abs(a.getMinY() - b.getMinY()) <= TOLERANCE
                && Math.abs(a.getWidth() - b.getWidth()) <= TOLERANCE && Math.abs(a.getHeight() - b.getHeight()) <= TOLERANCE;
    }

    /** The skeleton's theme colours are AtlantaFX's own, in both themes. */
    @Test
    void usesTheThemesColours() throws IOException {
        String skeleton = read("/org/parallax/ui/skeleton.css");
        for (Settings.Theme theme : Settings.Theme.values()) {
            String name = theme.name().toLowerCase();
            Map<String, String> ours = variables(block(skeleton, ".root.theme-" + name));
            Map<String, String> atlanta = variables(block(read("/atlantafx/base/theme/primer-" + name + ".css"), ".root"));
            assertTrue(ours.size() >= 8, "skeleton.css defines the " + name + " colours: " + ours);
            ours.forEach((k, v) -> assertEquals(atlanta.get(k), v, name + " " + k));
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = WindowSkeletonTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String block(String css, String selector) {
        int at = css.startsWith(selector + " {") ? 0 : css.indexOf("\n" + selector + " {");
        assertTrue(at >= 0, selector);
        return css.substring(at, css.indexOf('}', at));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher v = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(block);
        while (v.find()) m.put(v.group(1), v.group(2).strip());
        return m;
    }
}
