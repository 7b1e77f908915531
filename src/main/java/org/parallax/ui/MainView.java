package org.parallax.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.parallax.app.Settings.Theme;
import org.parallax.app.StoryService;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.RecognitionLanguage;
import org.parallax.ui.compare.CompareWindow;
import org.parallax.ingest.ImportReport;
import org.parallax.ui.calendar.CalendarWindow;
import org.parallax.ui.common.Themes;
import org.parallax.ui.export.ExportMenu;
import org.parallax.ui.export.ExportView;
import org.parallax.ui.help.GettingStarted;
import org.parallax.ui.help.ShortcutsSheet;
import org.parallax.ui.feeds.LinksViewModel;
import org.parallax.ui.library.LibraryView;
import org.parallax.ui.reader.ReaderView;

/**
 * The main window's view (main.fxml): menus, file choosers, drag and drop, dialogs and the status bar. Every
 * action calls a {@link MainViewModel} command; the view only binds and shows what the view model reports.
 */
public final class MainView {
    private final MainViewModel vm;
    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private VBox library;
    @FXML private LibraryView libraryController;
    @FXML private VBox reader;
    @FXML private ReaderView readerController;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskMessage;
    @FXML private Button cancelTask;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private CheckMenuItem groupByStoryItem;
    @FXML private MenuItem compareSelectedItem;
    @FXML private MenuItem compareWithItem;
    @FXML private MenuItem calendarItem;
    @FXML private MenuItem retryRecognitionItem;
    @FXML private MenuItem reextractItem;
    @FXML private Menu recogniseAsMenu;
    @FXML private RadioMenuItem recogniseFromTextItem;
    @FXML private RadioMenuItem recogniseEnglishItem;
    @FXML private RadioMenuItem recogniseOtherItem;
    @FXML private Hyperlink retryRecognition;
    @FXML private MenuItem pauseRecognitionItem;
    @FXML private Label recognitionStatus;
    @FXML private Label libraryLabel;
    @FXML private Label readOnlyBadge;
    @FXML private MenuItem openLibraryItem;
    @FXML private MenuItem openServerLibraryItem;
    @FXML private Menu recentLibrariesMenu;
    @FXML private MenuItem importFilesItem;
    @FXML private MenuItem importFolderItem;
    @FXML private MenuItem addLinkItem;
    @FXML private MenuItem importAnnotationsItem;
    private LibraryMenu libraryMenu;
    private File lastFolder;
    private CalendarWindow calendarWindow;
    private ExportMenu exportMenu;
    /** What each of the scene's own accelerators does, for the shortcuts sheet. */
    private final Map<KeyCombination, String> acceleratorNames = new HashMap<>();

    public MainView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        taskProgress.progressProperty().bind(vm.taskProgressProperty());
        taskProgress.visibleProperty().bind(vm.taskRunningProperty());
        taskProgress.managedProperty().bind(vm.taskRunningProperty());
        taskMessage.textProperty().bind(vm.taskMessageProperty());
        cancelTask.visibleProperty().bind(vm.taskRunningProperty());
        cancelTask.managedProperty().bind(vm.taskRunningProperty());
        cancelTask.disableProperty().bind(vm.taskRunningProperty().not());

        calendarItem.disableProperty().bind(vm.calendarProperty().isNull());
        LibraryStatus status = vm.status();
        retryRecognitionItem.disableProperty().bind(vm.recognitionFailuresProperty().isEmpty().or(status.readOnlyProperty()));
        retryRecognition.textProperty().bind(vm.recognitionFailuresProperty().concat(" — Retry"));
        retryRecognition.visibleProperty().bind(vm.recognitionFailuresProperty().isNotEmpty());
        retryRecognition.managedProperty().bind(retryRecognition.visibleProperty());
        pauseRecognitionItem.textProperty().bind(Bindings.when(vm.recognitionControl().pausedProperty())
                .then("Resume recognition").otherwise("Pause recognition"));
        recognitionStatus.textProperty().bind(vm.recognitionControl().statusProperty());
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((o, was, now) -> applyTheme(now));
        applyZoom(null, vm.zoomStyleClassBinding().get());
        vm.zoomStyleClassBinding().addListener((o, was, now) -> applyZoom(was, now));

        vm.lastImportProperty().addListener((o, was, report) -> {
            if (report != null && report.hasFailures()) showFailures(report);
        });
        vm.errorMessageProperty().addListener((o, was, msg) -> {
            if (msg != null && !msg.isBlank()) alert(Alert.AlertType.ERROR, "Parallax", msg);
        });

        groupByStoryItem.selectedProperty().bindBidirectional(vm.groupByStoryProperty());
        vm.compareRequestProperty().addListener((o, was, req) -> {
            if (req != null) CompareWindow.open(window(), req.viewModel(), req.left(), req.right()).opensReaderIn(window(), vm.reader());
        });
        vm.otherVersions().addListener((ListChangeListener<StoryService.Version>) c -> showVersions());
        vm.sameThread().addListener((ListChangeListener<ArticleSummary>) c -> showVersions());

        // files and folders as before; a link dragged from a browser (a URL, or text that is an http(s) link) too
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || !droppedLinks(e.getDragboard()).isEmpty()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) vm.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            else ok = vm.capture().links().importLinks(droppedLinks(e.getDragboard()));
            e.setDropCompleted(ok);
            e.consume();
        });
        reextractItem.disableProperty().bind(vm.capture().links().canReextractProperty().not().or(status.readOnlyProperty()));
        recogniseAsMenu.disableProperty().bind(vm.reader().articleProperty().isNull().or(status.readOnlyProperty()));
        vm.recognitionControl().languageProperty().addListener((o, was, now) -> showRecognitionLanguage(now));
        showRecognitionLanguage(vm.recognitionControl().languageProperty().get());
        exportMenu = new ExportMenu(vm.exportMenu(), this::window, vm::exportViewModel);
        exportMenu.install(menuBar);
        showLibrary(status);
    }

    /** The status bar names the library and its engine; a read-only one gets its badge and every edit is disabled. */
    private void showLibrary(LibraryStatus status) {
        libraryLabel.setText(status.label());
        libraryLabel.setTooltip(new Tooltip(status.where()));
        readOnlyBadge.visibleProperty().bind(status.readOnlyProperty());
        readOnlyBadge.managedProperty().bind(status.readOnlyProperty());
        readOnlyBadge.setTooltip(new Tooltip(LibraryStatus.READ_ONLY_TIP));
        status.lock(importFilesItem, importFolderItem, addLinkItem, pauseRecognitionItem, importAnnotationsItem);
        retryRecognition.disableProperty().bind(status.readOnlyProperty());
        // the feeds row (add, refresh, remove, import OPML) writes to the library
        status.lock(root, "#addFeedButton/..");
        libraryMenu = new LibraryMenu(this::window, vm.settings(), status, vm::showMessage);
        libraryMenu.install(openLibraryItem, openServerLibraryItem, recentLibrariesMenu);
    }

    /** File ▸ Open Library…, Open Server Library… and Recent Libraries. */
    public LibraryMenu libraryMenu() {
        return libraryMenu;    }

    private static List<String> droppedLinks(Dragboard board) {
        if (board.hasUrl()) return LinksViewModel.linksIn(board.getUrl());
        return board.hasString() ? LinksViewModel.linksIn(board.getString()) : List.of();
    }

    /** File ▸ Add link… (Ctrl+L): one or more links, one per line, imported as one task. */
    @FXML
    private void addLink() {
        Dialog<String> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle("Add link");
        d.setHeaderText("Web pages to save for offline reading, one link per line:");
        TextArea field = new TextArea();
        field.setId("linksField");
        field.setPromptText("https://example.org/news/story.html");
        field.setPrefRowCount(5);
        field.setPrefColumnCount(60);
        field.setWrapText(false);
        Clipboard clip = Clipboard.getSystemClipboard();
        // a link already copied is offered, as browsers' own "add" dialogs do
        if (clip.hasString() && !LinksViewModel.linksIn(clip.getString()).isEmpty()) field.setText(clip.getString().strip());
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        d.showAndWait().ifPresent(text -> vm.capture().links().importLinks(LinksViewModel.typedLinks(text)));
    }

    @FXML
    private void reextract() {
        vm.capture().links().reextract();
    }

    private void showRecognitionLanguage(RecognitionLanguage l) {
        (l == RecognitionLanguage.ENGLISH ? recogniseEnglishItem : l == RecognitionLanguage.OTHER ? recogniseOtherItem
                : recogniseFromTextItem).setSelected(true);
    }

    /** Article ▸ Recognise as ▸ Decided from the text / English / Another language: see {@link RecognitionControl#recogniseAs}. */
    @FXML
    private void recogniseFromText() {
        vm.recognitionControl().recogniseAs(RecognitionLanguage.FROM_TEXT);
    }

    @FXML
    private void recogniseEnglish() {
        vm.recognitionControl().recogniseAs(RecognitionLanguage.ENGLISH);
    }

    @FXML
    private void recogniseOther() {
        vm.recognitionControl().recogniseAs(RecognitionLanguage.OTHER);
    }

    /** Shortcuts beyond the one each menu item carries: Ctrl+=, Ctrl+0 by key code, and the keypad's plus, minus and 0. */
    void installAccelerators(Scene scene) {
        accelerator(scene, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), "Zoom in", vm::zoomIn);
        accelerator(scene, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "Zoom in", vm::zoomIn);
        accelerator(scene, new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), "Zoom in", vm::zoomIn);
        accelerator(scene, new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), "Zoom out", vm::zoomOut);
        accelerator(scene, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), "Reset zoom", vm::resetZoom);
        accelerator(scene, new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), "Reset zoom", vm::resetZoom);
        accelerator(scene, new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), "Keyboard shortcuts", this::keyboardShortcuts);
        accelerator(scene, NavigationKeys.BACK, "Back to the previous article or place", vm.reader()::back);
        accelerator(scene, NavigationKeys.FORWARD, "Forward again", vm.reader()::forward);
        NavigationKeys.install(scene, vm.reader()::back, vm.reader()::forward);
    }

    /** Binds {@code keys} in {@code scene} and names it for the shortcuts sheet. */
    private void accelerator(Scene scene, KeyCombination keys, String name, Runnable action) {
        scene.getAccelerators().put(keys, action);
        acceleratorNames.put(keys, name);
    }

    /** File ▸ Export report as Markdown, events, annotations and Import annotations (tests answer its questions). */
    public ExportMenu exportMenu() {
        return exportMenu;
    }

    /** Help ▸ Keyboard shortcuts (F1, Ctrl+/): every binding of this window, searchable. */
    @FXML
    public void keyboardShortcuts() {
        if (root.getScene() != null) ShortcutsSheet.show(root.getScene(), acceleratorNames);
    }

    @FXML
    private void gettingStarted() {
        GettingStarted.show(window());
    }

    private void applyTheme(Theme theme) {
        boolean dark = theme == Theme.DARK;
        String sheet = Themes.userAgentStylesheet(theme);
        // the start sets the theme before building the window: loading it again would cost a second parse
        if (!sheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(sheet);
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        (dark ? darkThemeItem : lightThemeItem).setSelected(true);
    }

    private void applyZoom(String was, String now) {
        if (was != null) reader.getStyleClass().remove(was);
        if (now != null && !reader.getStyleClass().contains(now)) reader.getStyleClass().add(now);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (text, Markdown, HTML, PDF)",
                        "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files == null || files.isEmpty()) return;
        lastFolder = files.get(0).getParentFile();
        vm.importPaths(files.stream().map(File::toPath).toList());
    }

    @FXML
    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        File dir = chooser.showDialog(window());
        if (dir == null) return;
        lastFolder = dir;
        vm.importPaths(List.of(dir.toPath()));
    }

    /** Imports paths as if the user had chosen them (drag and drop and tests use it too). */
    public void importPaths(List<Path> paths) {
        vm.importPaths(paths);
    }

    @FXML
    private void exportPdf() {
        ExportView.show(window(), vm.exportViewModel());
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        Platform.exit();
    }

    /** Shows the calendar window (View ▸ Calendar, Ctrl+3), building it the first time. */
    @FXML
    public void openCalendar() {
        if (vm.calendarProperty().get() == null) return;
        if (calendarWindow == null) {
            calendarWindow = CalendarWindow.create(window(), vm.calendarProperty().get(),
                    Objects.requireNonNull(MainView.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
            vm.status().lock(calendarWindow.stage().getScene().getRoot(), "#addEvent/..");
        }
        calendarWindow.show();
    }

    /** The calendar window once opened, else null. */
    public CalendarWindow calendarWindow() {
        return calendarWindow;
    }

    @FXML
    private void togglePauseRecognition() {
        vm.recognitionControl().toggle();
    }

    @FXML
    private void retryFailedRecognition() {
        vm.retryFailedRecognition();
    }

    @FXML
    private void compareSelected() {
        vm.compareSelected(libraryController.selectedIds());
    }

    /** Asks which article to compare the open one with: other versions of its story first, then the library. */
    @FXML
    private void compareWith() {
        Article open = vm.reader().getArticle();
        if (open == null) {
            compareSelected();
            return;
        }
        record Choice(long id, String label) {
            @Override
            public String toString() {
                return label;
            }
        }
        List<Choice> choices = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (StoryService.Version v : vm.otherVersions()) {
            choices.add(new Choice(v.article().id(), versionLabel(v)));
            seen.add(v.article().id());
        }
        for (ArticleSummary a : vm.library().articles()) {
            if (a.id() != open.id() && seen.add(a.id())) choices.add(new Choice(a.id(), a.title() + VersionsBox.outletOf(a)));
        }
        if (choices.isEmpty()) {
            alert(Alert.AlertType.INFORMATION, "Compare with…", "There is no other article in the library to compare with.");
            return;
        }
        ChoiceDialog<Choice> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(window());
        d.setTitle("Compare with…");
        d.setHeaderText("Compare “" + open.title() + "” with:");
        d.showAndWait().ifPresent(c -> vm.compare(open.id(), c.id()));
    }

    private static String versionLabel(StoryService.Version v) {
        return v.article().title() + VersionsBox.outletOf(v.article()) + String.format(Locale.ROOT, " (%.0f%% similar)", v.similarity() * 100);
    }

    /** Fills the reader header's "Other versions of this story" and "Same thread" lists. */
    private void showVersions() {
        VersionsBox.fill(readerController.versionsBox(), vm);
    }

    @FXML
    private void find() {
        libraryController.focusSearch();
    }

    @FXML
    private void lightTheme() {
        vm.themeProperty().set(Theme.LIGHT);
    }

    @FXML
    private void darkTheme() {
        vm.themeProperty().set(Theme.DARK);
    }

    @FXML
    private void zoomIn() {
        vm.zoomIn();
    }

    @FXML
    private void zoomOut() {
        vm.zoomOut();
    }

    @FXML
    private void resetZoom() {
        vm.resetZoom();
    }

    @FXML
    private void cancelTask() {
        vm.cancelTask();
    }

    @FXML
    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window());
        a.setTitle("About Parallax");
        a.setHeaderText(null);
        Label text = new Label(vm.aboutText());
        text.setWrapText(true);
        Label intro = new Label("Bundled components and their licences:");
        TextArea licences = new TextArea(vm.licencesText());
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(90);
        licences.setStyle("-fx-font-family: monospace;");
        VBox content = new VBox(8, text, intro, licences);
        VBox.setVgrow(licences, Priority.ALWAYS);
        a.getDialogPane().setContent(content);
        a.setResizable(true);
        a.show();
    }

    private void showFailures(ImportReport report) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(window());
        a.setTitle("Import");
        a.setHeaderText(report.summary());
        List<String> lines = MainViewModel.failureLines(report);
        boolean links = report.results().stream().anyMatch(r -> r.url() != null);
        String what = links ? (lines.size() == 1 ? "link" : "links") : (lines.size() == 1 ? "file" : "files");
        Label intro = new Label((lines.size() == 1 ? "This " : "These " + lines.size() + " ") + what + " could not be imported:");
        TextArea list = new TextArea(String.join("\n", lines));
        list.setId("importFailures");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.max(6, Math.min(16, lines.size() * 2 + 1)));
        list.setPrefColumnCount(70);
        VBox content = new VBox(8, intro, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        a.getDialogPane().setContent(content);
        a.setResizable(true);
        a.show();
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, text);
        a.initOwner(window());
        a.setTitle(title);
        a.setHeaderText(null);
        a.show();
    }

    public Parent root() {
        return root;
    }

    public LibraryView libraryView() {
        return libraryController;
    }

    public ReaderView readerView() {
        return readerController;
    }
}
