package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.Importer;
import org.parallax.ingest.Importers;
import org.parallax.model.ArticleSummary;
import org.parallax.model.SearchHit;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window as a user sees it, on the real store and the real background task runner (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String TITLE_A = "Minister opens new harbour bridge in Port Elling";
    private static final String TITLE_B = "Bridge opening marred by protest over costs";

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
        TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        TestArticles.insert(ctx.articles(), TestArticles.harbourB());
        // the shipped importers, with slow-* text files slowed down so cancelling can be seen
        List<Importer> importers = new ArrayList<>();
        importers.add(new SlowTextImporter());
        importers.addAll(Importers.defaults());
        ImportService imports = new ImportService(ctx.articles(), importers, ImportService.DEFAULT_MAX_BYTES, Clock.systemUTC());
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx).withImports(imports), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
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

    private void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(condition, () -> "status \"" + vm.taskMessageProperty().get() + "\", reader \""
                + vm.reader().titleProperty().get() + "\", list " + vm.library().visibleArticles().size()
                + ", search \"" + vm.library().searchMessageProperty().get() + "\"");
    }

    private static String readerTitle(FxRobot robot) {
        return robot.lookup("#readerTitle").queryAs(Label.class).getText();
    }

    @Test
    void listShowsTheLibraryAndOpensTheNewestArticle(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && TITLE_A.equals(readerTitle(robot)));
        assertEquals(List.of(TITLE_A, TITLE_B), list.getItems().stream().map(ArticleSummary::title).toList());
        assertEquals("The Coastal Herald · by Maria Keller · 4 March 2023",
                robot.lookup("#readerByline").queryAs(Label.class).getText());
        StyleClassedTextArea text = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        assertTrue(text.getText().contains("Transport minister Anna Lindqvist"));
        assertFalse(text.getText().contains("Ferry strike ends"), "related links stay out of the text");
        int heading = text.getText().indexOf("Costs questioned");
        assertTrue(text.getStyleOfChar(heading + 1).contains("block-heading"));
        assertTrue(robot.lookup("#relatedLinks").query().isVisible());
    }

    @Test
    void entityStyleClassesColourTheTextFromTheTheme(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        String text = vm.reader().getArticle().text();
        int start = text.indexOf("Tomas Berg");
        int hidden = text.indexOf("Ferry strike");
        boolean[] styled = new boolean[2];
        robot.interact(() -> {
            styled[0] = window.view().readerView().addStyleClass(start, start + "Tomas Berg".length(), "entity-person");
            styled[1] = window.view().readerView().addStyleClass(hidden, hidden + 5, "entity-location");
        });
        assertTrue(styled[0]);
        assertFalse(styled[1], "related links are not in the text area");
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        int shown = area.getText().indexOf("Tomas Berg");
        assertEquals(List.of("block-paragraph", "entity-person"), List.copyOf(area.getStyleOfChar(shown + 1)));
        waitUntil(() -> robot.lookup(".entity-person").tryQuery().isPresent());
        TextExt person = robot.lookup(".entity-person").queryAs(TextExt.class);
        assertEquals("Tomas Berg", person.getText());
        assertTrue(person.getBackgroundColor() instanceof Color c && c.getOpacity() > 0, "background " + person.getBackgroundColor());
    }

    @Test
    void clickingAnArticleOpensIt(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        robot.clickOn(TITLE_B);
        waitUntil(() -> TITLE_B.equals(readerTitle(robot)));
        assertEquals("Northern Daily · (date unknown)", robot.lookup("#readerByline").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#relatedLinks").query().isVisible(), "no related links, no pane");
    }

    @Test
    void enterOpensTheSelectedArticle(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        robot.interact(() -> robot.lookup("#libraryList").query().requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals(TITLE_A, readerTitle(robot), "moving the selection alone opens nothing");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> TITLE_B.equals(readerTitle(robot)));
    }

    @Test
    void filterNarrowsTheList(FxRobot robot) throws Exception {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn("#libraryFilter").write("northern");
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals(TITLE_B, list.getItems().get(0).title());
    }

    @Test
    void searchShowsHighlightedSnippetsAndOpensAResult(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#searchField").query().isFocused(), "Ctrl+F focuses the search field");
        robot.write("overrun");
        ListView<SearchHit> results = robot.lookup("#searchResults").queryListView();
        waitUntil(() -> results.getItems().size() == 2 && results.isVisible());
        assertEquals("2 articles match.", robot.lookup("#searchMessage").queryAs(Label.class).getText());
        List<String> marked = robot.lookup("#searchResults").lookup(".search-match").queryAllAs(Text.class)
                .stream().map(Text::getText).toList();
        assertEquals(List.of("overrun", "overrun"), marked);
        // two short snippets wrap to the list's width and fit without scrolling
        assertTrue(robot.lookup("#searchResults").lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .noneMatch(Node::isVisible), "the results list scrolls");
        String second = results.getItems().get(1).title();
        @SuppressWarnings("unchecked")
        ListCell<SearchHit> cell = robot.lookup("#searchResults").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(cell);
        waitUntil(() -> second.equals(readerTitle(robot)));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#libraryList").query().isVisible());
    }

    @Test
    void searchFindsANoteInItsOwnGroupAndOpensItsArticle(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        long b = vm.library().articles().stream().filter(x -> TITLE_B.equals(x.title())).findFirst().orElseThrow().id();
        ctx.annotations().notes().addPassageNote(b, 0, 6, "Check the quokka figures.");
        robot.clickOn("#searchField").write("quokka");
        ListView<?> notes = robot.lookup("#noteResults").queryListView();
        waitUntil(() -> notes.getItems().size() == 1 && notes.isVisible());
        assertTrue(robot.lookup("#noteResultsTitle").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#searchResults").queryListView().getItems().isEmpty());
        List<String> marked = robot.lookup("#noteResults").lookup(".search-match").queryAllAs(Text.class)
                .stream().map(Text::getText).toList();
        assertEquals(List.of("quokka"), marked);
        assertTrue(robot.lookup("#noteResults").lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains(TITLE_B)), "the note names its article");
        ListCell<?> cell = robot.lookup("#noteResults").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(cell);
        waitUntil(() -> TITLE_B.equals(readerTitle(robot)));
    }

    @Test
    void aBadQueryShowsAFriendlyMessageAndEscapeClearsIt(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("\"bridge");
        Label message = robot.lookup("#searchMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("The search could not be understood"));
        assertTrue(message.isVisible());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#libraryList").query().isVisible());
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText());
    }

    @Test
    void importingAFileShowsItInTheListAndOpensIt(FxRobot robot) throws Exception {
        Path f = Files.writeString(dir.resolve("ferry.txt"), "Ferry strike ends\nThe ferries run again from Monday.\n");
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        robot.interact(() -> window.view().importPaths(List.of(f)));
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 3 && "Ferry strike ends".equals(readerTitle(robot)));
        assertEquals("1 imported, 0 already in the library, 0 failed", robot.lookup("#taskMessage").queryAs(Label.class).getText());
    }

    @Test
    void theShippedTextImporterReadsAPlainTextFile(FxRobot robot) throws Exception {
        Path f = Files.writeString(dir.resolve("plain.txt"), "Ferry strike ends\n\nThe ferries run again from Monday, the union said.\n");
        robot.interact(() -> window.view().importPaths(List.of(f)));
        waitUntil(() -> vm.reader().getArticle() != null && "plaintext".equals(vm.reader().getArticle().meta().format())
                && vm.reader().getArticle().text().contains("ferries run again"));
        assertEquals(3, robot.lookup("#libraryList").queryListView().getItems().size());
    }

    @Test
    void failedFilesAreListedOneLineEach(FxRobot robot) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Good story\nBody.\n");
        Path missing = dir.resolve("missing.txt");
        robot.interact(() -> window.view().importPaths(List.of(good, missing)));
        waitUntil(() -> robot.lookup("#importFailures").tryQuery().isPresent());
        String failures = robot.lookup("#importFailures").queryAs(TextArea.class).getText();
        assertEquals(missing + ": failed, does not exist", failures);
    }

    @Test
    void anImportShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) files.add(Files.writeString(dir.resolve("slow-" + i + ".txt"), "Slow story " + i + "\nBody " + i + ".\n"));
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        robot.interact(() -> window.view().importPaths(files));
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Importing 2/12"));
        assertTrue(robot.lookup("#taskProgress").query().isVisible());
        robot.clickOn("#cancelTask");
        waitUntil(() -> message.getText().endsWith("(cancelled)"));
        assertFalse(robot.lookup("#cancelTask").queryAs(Button.class).isVisible());
        int count = ctx.articles().count();
        assertTrue(count > 2 && count < 14, "imported some but not all: " + count);
        saveSnapshot(robot, "ui-main-window-import.png");
    }

    @Test
    void zoomAndThemeChangeOnlyStyleClassesAndSheets(FxRobot robot) throws Exception {
        Node reader = robot.lookup("#readerPane").query();
        assertTrue(reader.getStyleClass().contains("zoom-" + Settings.DEFAULT_ZOOM));
        robot.clickOn("#libraryList");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> reader.getStyleClass().contains("zoom-" + (Settings.DEFAULT_ZOOM - 1)));
        assertFalse(reader.getStyleClass().contains("zoom-" + Settings.DEFAULT_ZOOM));
        robot.interact(vm::zoomIn);
        robot.interact(vm::zoomIn);
        assertTrue(reader.getStyleClass().contains("zoom-" + (Settings.DEFAULT_ZOOM + 1)));
        robot.clickOn("View").clickOn("Reset zoom");
        waitUntil(() -> reader.getStyleClass().contains("zoom-" + Settings.DEFAULT_ZOOM));
        robot.interact(vm::toggleTheme);
        try {
            assertTrue(Application.getUserAgentStylesheet().endsWith("primer-dark.css"));
            saveSnapshot(robot, "ui-main-window-dark.png");
        } finally {
            robot.interact(vm::toggleTheme);
        }
        assertTrue(Application.getUserAgentStylesheet().endsWith("primer-light.css"));
    }

    @Test
    void snapshotOfTheReaderIsSaved(FxRobot robot) throws Exception {
        waitUntil(() -> TITLE_A.equals(readerTitle(robot)));
        File png = saveSnapshot(robot, "ui-main-window.png");
        assertTrue(png.length() > 10_000, "a real picture, not an empty file: " + png.length());
    }

    private File saveSnapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.root().getScene().getRoot().snapshot(null, null));
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), name).toFile();
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
        return out;
    }
}
