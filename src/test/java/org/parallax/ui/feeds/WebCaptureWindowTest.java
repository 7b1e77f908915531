package org.parallax.ui.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.feeds.FeedServer;
import org.parallax.model.ArticleSummary;
import org.parallax.store.FeedRepository.Feed;
import org.parallax.testsupport.FxWait;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Web capture in the window as a user drives it, on a real library, the real task runner and real pages and feeds
 * served on 127.0.0.1: Add link…, a pasted link, the Feeds section's unread counts, the reader's stored images.
 */
@ExtendWith(ApplicationExtension.class)
class WebCaptureWindowTest {
    /** A real page whose body holds nine photographs with captions (see WebImportTest). */
    private static final String PICTURES = "nytimes-4";
    private static final Path HERALDSUN = SharedData.path("feeds/rss-parser/test/input/heraldsun.rss");

    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    Stage stage;
    LocalWebServer web;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        web = new LocalWebServer();
        ctx = AppContext.open(dir.resolve("library.db"));
        // one article already there, so the window does not bring in its samples
        org.parallax.ui.TestArticles.insert(ctx.articles(), org.parallax.ui.TestArticles.harbourA());
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        MainWindow window = MainWindow.load(vm);
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
        web.close();
    }

    private void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(30, condition, () -> "status \"" + vm.taskMessageProperty().get() + "\", list "
                + vm.library().visibleArticles().size() + ", feeds " + vm.capture().feeds().feeds() + ", reader \""
                + vm.reader().titleProperty().get() + "\" " + vm.reader().bylineProperty().get() + ", figures " + vm.reader().figures().size());
    }

    private List<String> titles() {
        return vm.library().articles().stream().map(ArticleSummary::title).toList();
    }

    private void addLinkThroughTheDialog(FxRobot robot, String text) {
        waitUntil(() -> !vm.library().articles().isEmpty() && !vm.taskRunningProperty().get());
        robot.clickOn("#libraryList");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#linksField").tryQuery().isPresent());
        TextArea field = robot.lookup("#linksField").queryAs(TextArea.class);
        robot.interact(() -> field.setText(text));
        robot.clickOn("OK");
    }

    @Test
    void ctrlLAddsAServedPageToTheList(FxRobot robot) {
        addLinkThroughTheDialog(robot, web.url("/pages/" + PICTURES + "/"));
        waitUntil(() -> vm.library().articles().size() == 2 && !vm.taskRunningProperty().get());
        assertTrue(titles().contains("As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military"), titles().toString());
        assertEquals("1 imported, 0 already in the library, 0 failed", vm.taskMessageProperty().get());
        assertTrue(robot.lookup("#importFailures").tryQuery().isEmpty(), "no failure list for a good link");
    }

    @Test
    void aLinkThatAnswers404GetsOneLineAndStoresNothing(FxRobot robot) {
        String missing = web.url("/pages/no-such-page/");
        addLinkThroughTheDialog(robot, missing);
        waitUntil(() -> robot.lookup("#importFailures").tryQuery().isPresent());
        String failures = robot.lookup("#importFailures").queryAs(TextArea.class).getText();
        assertEquals(1, failures.lines().count(), failures);
        assertTrue(failures.startsWith(missing + ": failed, ") && failures.contains("404"), failures);
        assertEquals(1, vm.library().articles().size());
        assertEquals(1, ctx.articles().count());
        assertTrue(ctx.snapshots().articleIds().isEmpty());
    }

    @Test
    void aPastedLinkIsImportedAndItsImagesShowWithTheServerStopped(FxRobot robot) {
        waitUntil(() -> !vm.library().articles().isEmpty() && !vm.taskRunningProperty().get());
        String url = web.url("/pages/" + PICTURES + "/");
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(url);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#libraryList");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> vm.library().articles().size() == 2 && !vm.taskRunningProperty().get());
        web.close();
        long id = ctx.snapshots().articleIds().get(0);
        // the import opens the new article; once it has, another is opened, then the imported one again
        waitUntil(() -> vm.reader().getArticle() != null && vm.reader().getArticle().id() == id);
        // open another article, then the imported one again: its images come from the library, not the network
        robot.interact(() -> vm.library().open(vm.library().articles().stream().filter(a -> a.id() != id).findFirst().orElseThrow().id()));
        waitUntil(() -> vm.reader().getArticle() != null && vm.reader().getArticle().id() != id);
        assertFalse(robot.lookup("#readerFigures").query().isVisible(), "an article typed in has no figures");
        robot.interact(() -> vm.library().open(id));
        waitUntil(() -> vm.reader().getArticle() != null && vm.reader().getArticle().id() == id
                && robot.lookup("#readerFigures").query().isVisible());
        ScrollPane strip = robot.lookup("#readerFigures").queryAs(ScrollPane.class);
        // the figures are decoded in the background, so the strip fills in over a moment
        waitUntil(() -> robot.from(strip).lookup(".reader-figure .image-view").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getImage() != null).count() >= 7);
        List<ImageView> images = robot.from(strip).lookup(".reader-figure .image-view").queryAllAs(ImageView.class).stream().toList();
        assertEquals(7, images.size()); // the photo and inline figures; the debt chart goes, as in Readability.js's reference
        for (ImageView v : images) {
            assertEquals(48, v.getImage().getWidth(), 0.01, "decoded from the stored bytes at their own size");
            assertFalse(v.getImage().isError());
        }
        List<String> captions = robot.from(strip).lookup(".figure-caption").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(captions.stream().anyMatch(c -> c.startsWith("Interest payments on the federal debt")), captions.toString());
        // the saved page can be extracted again from the Article menu
        waitUntil(() -> vm.capture().links().canReextractProperty().get());
    }

    @Test
    void aFeedAddedInTheFeedsSectionShowsUnreadArticlesUntilTheyAreOpened(FxRobot robot) throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            feeds.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
            waitUntil(() -> !vm.library().articles().isEmpty() && !vm.taskRunningProperty().get());
            robot.clickOn("#addFeedButton");
            waitUntil(() -> robot.lookup("#feedUrlField").tryQuery().isPresent());
            TextField field = robot.lookup("#feedUrlField").queryAs(TextField.class);
            robot.interact(() -> field.setText(feeds.url("/feeds/heraldsun.rss")));
            robot.clickOn("OK");
            waitUntil(() -> vm.capture().feeds().feeds().size() == 1 && !vm.capture().feeds().refreshingProperty().get()
                    && !vm.taskRunningProperty().get());
            robot.clickOn("#refreshFeedsButton");
            waitUntil(() -> !vm.capture().feeds().refreshingProperty().get() && !vm.taskRunningProperty().get()
                    && vm.capture().feeds().feeds().get(0).unread() > 0);
            Feed feed = vm.capture().feeds().feeds().get(0);
            int unread = feed.unread();
            assertEquals(unread, shownUnread(robot));
            assertTrue(vm.taskMessageProperty().get().startsWith("Refreshed 1 feed"), vm.taskMessageProperty().get());
            waitUntil(() -> vm.library().articles().size() == 1 + unread);

            // choosing the feed lists only its articles; opening one marks it read
            ListView<Feed> list = robot.lookup("#feedList").queryListView();
            robot.interact(() -> list.getSelectionModel().select(0));
            waitUntil(() -> vm.library().visibleArticles().size() == unread);
            Set<Long> ids = Set.copyOf(ctx.feedEntries().articleIds(feed.id()));
            assertTrue(vm.library().visibleArticles().stream().allMatch(a -> ids.contains(a.id())));
            robot.interact(() -> vm.library().open(vm.library().visibleArticles().get(0).id()));
            waitUntil(() -> vm.capture().feeds().feeds().get(0).unread() == unread - 1);
            waitUntil(() -> shownUnread(robot) == unread - 1 || unread == 1);
            assertTrue(vm.capture().feeds().headingProperty().get().contains((unread - 1) + " unread")
                    || unread == 1, vm.capture().feeds().headingProperty().get());
            // "All articles" shows the whole library again
            robot.clickOn("#allArticles");
            waitUntil(() -> vm.library().visibleArticles().size() == 1 + unread);
        }
    }

    /** The unread badge shown in the Feeds list's first row, or 0 when none shows. */
    private static int shownUnread(FxRobot robot) {
        return robot.lookup("#feedList .feed-unread").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(l -> Integer.parseInt(l.getText())).findFirst().orElse(0);
    }
}
