package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.ArticleSummary;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, class 8: the window follows another program's writes to its library (a second library handle on the same
 * file, as a command-line process would be): the list grows or drops the article within seconds, keeping the
 * selection; an open article deleted elsewhere is said to be so, and marking text in it or comparing it gets one line.
 */
@ExtendWith(ApplicationExtension.class)
class OtherWriterWindowTest {
    private static final int SECONDS = 10;

    @TempDir
    Path dir;
    Path library;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    AnnotateViewModel annotate;
    long harbourA;
    long harbourB;

    @Start
    void start(Stage stage) {
        library = dir.resolve("library.db");
        ctx = AppContext.open(library);
        harbourA = TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        harbourB = TestArticles.insert(ctx.articles(), TestArticles.harbourB());
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx).withRecognition(Optional::empty), runner,
                Settings.load(dir.resolve("config")));
        MainWindow window = MainWindow.load(vm);
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        annotate = new AnnotateViewModel(ctx.annotations(), runner);
        new AnnotationLayer(window.view().readerView(), vm.reader(), annotate);
        ExternalChanges.follow(ctx.changes(), vm, Platform::runLater);
        vm.start();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        ctx.close();
    }

    private void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(SECONDS, condition, () -> "status \"" + vm.taskMessageProperty().get() + "\", reader \""
                + vm.reader().bylineProperty().get() + "\", list " + vm.library().visibleArticles().size()
                + ", annotate \"" + annotate.messageProperty().get() + "\"");
    }

    /** Runs {@code change} on the library through a handle of its own, as another process would. */
    private void elsewhere(Consumer<AppContext> change) {
        try (AppContext other = AppContext.open(library)) {
            change.accept(other);
        }
    }

    private static ArticleDraft third() {
        String title = "Ferry strike ends after two weeks";
        return new TextAssembler().add(BlockType.TITLE, title)
                .add(BlockType.PARAGRAPH, "The ferry crews returned to work on Monday after a two-week strike over pay.")
                .build(new ArticleMeta(title, false, null, "Harbour Times", null, null, null, DateSource.NONE, null, null,
                        "plaintext", "en"));
    }

    @Test
    void anImportElsewhereGrowsTheListKeepingTheSelection(FxRobot robot) {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && vm.reader().getArticle() != null);
        robot.interact(() -> vm.library().open(harbourB));
        waitUntil(() -> vm.reader().getArticle() != null && vm.reader().getArticle().id() == harbourB
                && list.getSelectionModel().getSelectedItem() != null);

        elsewhere(other -> other.articles().insert(third(), ImportService.contentHash(third().text()), Instant.now()));

        waitUntil(() -> list.getItems().size() == 3);
        assertEquals(harbourB, list.getSelectionModel().getSelectedItem().id(), "the selection stays on the same article");
        assertEquals(List.of(harbourB), list.getSelectionModel().getSelectedItems().stream().map(ArticleSummary::id).toList());
        assertEquals("1 article added by another program", vm.taskMessageProperty().get());
        assertEquals("3 articles", robot.lookup("#libraryCount").queryAs(Label.class).getText());
    }

    @Test
    void aDeleteElsewhereDropsTheArticleAndMarkingItSaysSo(FxRobot robot) {
        ListView<ArticleSummary> list = robot.lookup("#libraryList").queryListView();
        waitUntil(() -> list.getItems().size() == 2 && vm.reader().getArticle() != null
                && vm.reader().getArticle().id() == harbourA && annotate.articleId() == harbourA);

        elsewhere(other -> assertTrue(other.articles().delete(harbourA)));

        waitUntil(() -> list.getItems().size() == 1);
        waitUntil(() -> vm.reader().deletedProperty().get());
        assertEquals(harbourB, list.getItems().get(0).id());
        assertTrue(robot.lookup("#readerByline").queryAs(Label.class).getText().startsWith(ReaderViewModel.DELETED),
                "the reader says the article is gone");
        assertEquals(ReaderViewModel.DELETED + ".", vm.taskMessageProperty().get());
        assertEquals("1 article", robot.lookup("#libraryCount").queryAs(Label.class).getText());

        // the text stays readable; marking a word in it is refused with one line, not a silent failure
        StyleClassedTextArea text = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        int at = text.getText().indexOf("Anna Lindqvist");
        robot.interact(() -> {
            text.requestFocus();
            text.selectRange(at, at + "Anna Lindqvist".length());
        });
        robot.type(KeyCode.P);
        waitUntil(() -> !annotate.messageProperty().get().isEmpty());
        assertEquals(ReaderViewModel.DELETED + "; nothing was changed.", annotate.messageProperty().get());

        robot.interact(() -> vm.compare(harbourA, harbourB));
        assertEquals(ReaderViewModel.DELETED + "; open another article.", vm.taskMessageProperty().get());
        assertNull(vm.compareRequestProperty().get(), "no compare window for a deleted article");
    }
}
