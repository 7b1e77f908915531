package org.parallax.ui.feeds;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

import org.parallax.store.FeedRepository.Feed;

/**
 * The Feeds section of the library pane (feeds.fxml): the subscriptions with unread counts and a warning sign whose
 * tooltip is the feed's last error, the Add / Refresh / More buttons, and the timer of the scheduled refresh. Every
 * action calls the {@link FeedsViewModel}.
 */
public final class FeedsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private final FeedsViewModel vm;
    @FXML private TitledPane feedsPane;
    @FXML private ListView<Feed> feedList;
    @FXML private Button refreshFeedsButton;
    @FXML private MenuItem removeFeedItem;
    @FXML private Hyperlink allArticles;
    @FXML private ToggleGroup intervalGroup;
    private Timeline timer;

    public FeedsView(FeedsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        feedsPane.textProperty().bind(vm.headingProperty());
        feedsPane.visibleProperty().bind(vm.loadedProperty());
        feedsPane.managedProperty().bind(vm.loadedProperty());
        feedList.setItems(vm.feeds());
        feedList.setCellFactory(l -> new FeedCell());
        Label empty = new Label("No feeds yet. Add one with Add…");
        empty.setWrapText(true);
        empty.getStyleClass().add("list-placeholder");
        feedList.setPlaceholder(empty);
        // a feed chosen filters the library list; "All articles" (or Escape) shows every article again
        feedList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) vm.selectedProperty().set(now);
        });
        vm.selectedProperty().addListener((o, was, now) -> selectInList(now));
        feedList.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) allArticles();
        });
        allArticles.visibleProperty().bind(vm.selectedProperty().isNotNull());
        allArticles.managedProperty().bind(allArticles.visibleProperty());
        refreshFeedsButton.disableProperty().bind(vm.refreshingProperty());
        refreshFeedsButton.setTooltip(new Tooltip("Refresh the chosen feed, or all feeds when none is chosen"));
        removeFeedItem.disableProperty().bind(vm.selectedProperty().isNull());
        for (Toggle t : intervalGroup.getToggles()) {
            if (Integer.parseInt((String) t.getUserData()) == vm.refreshMinutesProperty().get()) t.setSelected(true);
        }
        intervalGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) vm.refreshMinutesProperty().set(Integer.parseInt((String) now.getUserData()));
        });
        vm.refreshMinutesProperty().addListener((o, was, now) -> schedule(now.intValue()));
        schedule(vm.refreshMinutesProperty().get());
    }

    /** Starts (or stops, for 0) the scheduled refresh; it runs only while the window is open. */
    private void schedule(int minutes) {
        if (timer != null) timer.stop();
        timer = null;
        if (minutes <= 0) return;
        timer = new Timeline(new KeyFrame(Duration.minutes(minutes), e -> vm.scheduledRefresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    private void selectInList(Feed f) {
        if (f == null) {
            feedList.getSelectionModel().clearSelection();
            return;
        }
        Feed sel = feedList.getSelectionModel().getSelectedItem();
        if (sel != null && sel.id() == f.id() && sel.equals(f)) return;
        for (int i = 0; i < feedList.getItems().size(); i++) {
            if (feedList.getItems().get(i).id() == f.id()) {
                feedList.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private Window window() {
        return feedsPane.getScene() == null ? null : feedsPane.getScene().getWindow();
    }

    @FXML
    private void addFeed() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window());
        d.setTitle("Add feed");
        d.setHeaderText("The address of a feed (RSS, Atom or JSON Feed), or of a page that links to one:");
        d.getEditor().setId("feedUrlField");
        d.getEditor().setPromptText("https://example.org/feed.xml");
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().ifPresent(vm::add);
    }

    @FXML
    private void refresh() {
        vm.refreshSelected();
    }

    @FXML
    private void refreshAll() {
        vm.refreshAll();
    }

    @FXML
    private void removeFeed() {
        vm.remove(vm.selectedProperty().get());
    }

    @FXML
    private void allArticles() {
        vm.selectedProperty().set(null);
    }

    @FXML
    private void importOpml() {
        FileChooser c = new FileChooser();
        c.setTitle("Import feeds from OPML");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = c.showOpenDialog(window());
        if (f != null) vm.importOpml(f.toPath());
    }

    @FXML
    private void exportOpml() {
        FileChooser c = new FileChooser();
        c.setTitle("Export feeds as OPML");
        c.setInitialFileName("parallax-feeds.opml");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("OPML", "*.opml"));
        File f = c.showSaveDialog(window());
        if (f != null) vm.exportOpml(f.toPath());
    }

    public TitledPane root() {
        return feedsPane;
    }

    /** A feed: its name, a warning sign when its last refresh failed (the reason in its tooltip), its unread count. */
    private static final class FeedCell extends ListCell<Feed> {
        private final Label title = new Label();
        private final Label error = new Label("⚠");
        private final Label unread = new Label();
        private final HBox box = new HBox(6, title, error, unread);
        private final Tooltip errorTip = new Tooltip();
        private final Tooltip tip = new Tooltip();

        FeedCell() {
            title.getStyleClass().add("feed-title");
            title.setMaxWidth(Double.MAX_VALUE);
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            error.getStyleClass().add("feed-error");
            error.setTooltip(errorTip);
            errorTip.setWrapText(true);
            errorTip.setMaxWidth(480);
            unread.getStyleClass().add("feed-unread");
            unread.setMinWidth(Label.USE_PREF_SIZE);
            error.setMinWidth(Label.USE_PREF_SIZE);
            box.getStyleClass().add("feed-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Feed f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            title.setText(FeedsViewModel.name(f));
            boolean failed = f.lastError() != null && !f.lastError().isBlank();
            error.setVisible(failed);
            error.setManaged(failed);
            errorTip.setText(failed ? f.lastError() : "");
            unread.setText(Integer.toString(f.unread()));
            unread.setVisible(f.unread() > 0);
            unread.setManaged(f.unread() > 0);
            String why = failed && f.lastError().startsWith(f.url() + ": ") ? f.lastError().substring(f.url().length() + 2) : f.lastError();
            tip.setText(f.url() + (failed ? "\nLast refresh failed: " + why : "")
                    + (f.refreshedAt() == null ? "\nNot refreshed yet" : "\nLast refreshed " + WHEN.format(f.refreshedAt())));
            setTooltip(tip);
            setText(null);
            setGraphic(box);
        }
    }
}
