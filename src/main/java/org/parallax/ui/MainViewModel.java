package org.parallax.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import org.parallax.annotation.Annotations;
import org.parallax.app.ReportService;
import org.parallax.app.CompareService;
import org.parallax.app.AppInfo;
import org.parallax.app.Settings;
import org.parallax.app.StoryService;
import org.parallax.app.Settings.Theme;
import org.parallax.calendar.CalendarService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.EventSource;
import org.parallax.store.ChangeWatcher;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.ui.common.TaskHandle;
import org.parallax.app.NlpService;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.export.ExportMenuViewModel;
import org.parallax.ui.export.ExportViewModel;
import org.parallax.ui.feeds.TaskHost;
import org.parallax.ui.feeds.WebCapture;
import org.parallax.ui.compare.CompareViewModel;
import org.parallax.ui.library.LibraryViewModel;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * The main window's state and commands: it owns the library and reader view models, imports files with progress
 * and cancel, offers the bundled sample pair on an empty library, and keeps theme, zoom step and the last article
 * in {@link Settings}. The status bar binds to {@link #taskProgressProperty()} and friends. Its services come in
 * the constructor ({@link MainServices}); the calendar screen, built after the window's first frame, is attached later.
 */
public final class MainViewModel {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());
    /** The status line when no task runs. */
    public static final String READY = "Ready";
    /** The sample pair shown on first start: one event told by two outlets. */
    public static final List<String> SAMPLES = List.of("/samples/visit-outlet-a.txt", "/samples/visit-outlet-b.txt");

    private final ImportService imports;
    private final TaskRunner runner;
    private final Settings settings;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty zoom = new SimpleIntegerProperty(this, "zoom");
    private final StringBinding zoomStyleClass;
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress", 0);
    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", READY);
    private final ReadOnlyBooleanWrapper taskRunning = new ReadOnlyBooleanWrapper(this, "taskRunning");
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final RecognitionControl recognitionControl;
    private final ExportMenuViewModel exportMenu;
    private final ReadOnlyObjectWrapper<CalendarViewModel> calendar = new ReadOnlyObjectWrapper<>(this, "calendar");
    private TaskHandle current;
    private final CompareService compare;
    private final StoryService stories;
    private final CalendarService compareEvents;
    private final ReadOnlyObjectWrapper<CompareRequest> compareRequest = new ReadOnlyObjectWrapper<>(this, "compareRequest");
    private final StoryVersions versions;
    private final BooleanProperty groupByStory = new SimpleBooleanProperty(this, "groupByStory");

    /** A compare window to open: its view model and the two articles (left, right). */
    public record CompareRequest(CompareViewModel viewModel, long left, long right) {
    }
    private List<Path> startupPaths = List.of();
    private final Supplier<Optional<NlpService>> recognition;
    /** The entity-recognition queue once {@link #loadRecognition()} has found one; set and read on the FX thread. */
    private NlpService nlp;
    private final Annotations annotations;
    private final ReportService reports;
    private final ExternalChanges external;
    private final WebCapture capture;
    private final LibraryStatus status;

    /**
     * The window over {@code services} (built from the composition root, {@link MainServices#of}); the entity-recognition
     * queue is found later, in the background, by {@link #loadRecognition()}.
     */
    public MainViewModel(MainServices services, TaskRunner runner, Settings settings) {
        this.compare = services.compare();
        this.stories = services.stories();
        this.compareEvents = services.calendar();
        this.annotations = services.annotations();
        this.reports = services.reports();
        this.imports = services.imports();
        this.recognition = services.recognition();
        this.runner = runner;
        this.settings = settings;
        this.status = services.status();
        this.versions = new StoryVersions(runner, stories, this::prioritise);
        this.reader = new ReaderViewModel(services.articles(), services.web()::images, runner);
        this.library = new LibraryViewModel(services.articles(), services.notes(), services.entities(), runner,
                reader::open, (id, start, end) -> reader.openAt(id, start, end, "search", ReaderViewModel.Mark.FLASH));
        theme.set(settings.theme());
        zoom.set(settings.zoom());
        zoomStyleClass = Bindings.createStringBinding(() -> zoomClass(zoom.get()), zoom);
        theme.addListener((o, was, now) -> settings.setTheme(now));
        zoom.addListener((o, was, now) -> settings.setZoom(now.intValue()));
        reader.articleProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.setLastArticleId(now.id());
                library.selectedIdProperty().set(now.id());
            }
            versions.show(now);
        });
        groupByStory.addListener((o, was, now) -> applyStoryGrouping());
        recognitionControl = new RecognitionControl(runner, settings, services.articles(), reader.articleProperty(), this::recognisePending,
                this::showMessage);
        capture = WebCapture.of(services.web(), runner, new TaskHost(this::track, this::showMessage, this::imported,
                this::articlesAdded, taskRunning::get), settings, library, reader);
        external = new ExternalChanges(library, reader, this::showMessage, taskRunning, this::recognisePending, () -> {
            refreshStories();
            capture.feeds().load(); // another program's `feeds refresh` changes the unread counts
        }, calendar::get);
        exportMenu = new ExportMenuViewModel(reports, compareEvents, annotations, services.articles(), services.web().library(),
                runner, this::track, this::showMessage, reader::reload);
    }

    /** Another process changed the library ({@link ExternalChanges#follow}); on the FX thread. */
    public void libraryChanged(ChangeWatcher.Change change) { external.apply(change); }

    // ---- comparison and stories ------------------------------------------------------------------------

    /** Opens a compare window on two articles (left, right); the comparison itself runs in the background. */
    public void compare(long left, long right) {
        compareAt(left, right, List.of());
    }

    /** Opens a compare window on two articles, both panes scrolled to the given sentences once compared. */
    public void compareAt(long left, long right, List<EventSource> sentences) {
        if (left == right || external.refuseDeleted(left, right)) return;
        CompareViewModel cvm = new CompareViewModel(compare, compareEvents, annotations, runner);
        cvm.focusOnOpen(sentences);
        compareRequest.set(new CompareRequest(cvm, left, right));
    }

    /** Compares the first two of the given ids (the library's selection); says what to do when fewer are given. */
    public void compareSelected(List<Long> ids) {
        if (ids.size() < 2) {
            showMessage("Select two articles to compare (Ctrl+click the second), then press Ctrl+D.");
            return;
        }
        compare(ids.get(0), ids.get(1));
    }

    /** The other versions of the open article's story, most similar first (filled in the background). */
    public ObservableList<StoryService.Version> otherVersions() {
        return versions.versions();
    }

    /** The open article's thread: articles of other stories on its subject (filled in the background). */
    public ObservableList<ArticleSummary> sameThread() {
        return versions.thread();
    }

    /** Reads the library's stories again (after imports) and refreshes what depends on them. */
    public void refreshStories() {
        runner.runBackground("Grouping stories", p -> stories.storyIndex(), index -> {
            versions.invalidate();
            versions.show(reader.getArticle());
            applyStoryGrouping();
        }, error -> LOG.log(Level.WARNING, "Cannot group the library into stories", error));
    }

    /** The story of the article being read is recognised next. */
    private void prioritise(long id, List<StoryService.Version> versions) {
        recognitionControl.prioritise(id, versions);
    }

    private void applyStoryGrouping() {
        if (!groupByStory.get()) {
            library.setStoryGroups(null);
            return;
        }
        runner.runBackground("Grouping stories", p -> {
            var g = stories.stories();
            var index = stories.storyIndex();
            Map<Long, Integer> sizes = new HashMap<>();
            index.forEach((id, story) -> sizes.put(id, g.stories().get(story).members().size()));
            return new LibraryViewModel.StoryGroups(index, sizes);
        }, groups -> {
            if (groupByStory.get()) library.setStoryGroups(groups);
        }, error -> LOG.log(Level.WARNING, "Cannot group the library into stories", error));
    }

    public BooleanProperty groupByStoryProperty() {
        return groupByStory;
    }

    public ReadOnlyObjectProperty<CompareRequest> compareRequestProperty() {
        return compareRequest.getReadOnlyProperty();
    }

    /**
     * Finds the entity-recognition queue in the background (finding it loads CoreNLP's classes), then recognises what
     * is pending; without one, articles are shown without entities.
     */
    public void loadRecognition() {
        if (status.isReadOnly()) return; // recognising writes: a read-only library shows what others recognised
        runner.runBackground("Loading entity recognition", p -> recognition.get(), found -> found.ifPresent(n -> {
            nlp = n;
            recognitionControl.attach(n);
            recognisePending();
        }), e -> LOG.log(Level.WARNING, "Cannot load entity recognition", e));
    }

    /**
     * Recognises entities in every pending article in the background ("Recognising entities: 37/120", with Cancel);
     * when it ends, the reader's layers reload the open article's entities ({@link ReaderViewModel#refresh()}).
     * While another task runs it only wakes a running queue.
     */
    public void recognisePending() {
        if (nlp == null || nlp.isPaused()) return;
        if (current != null && current.isRunning()) {
            nlp.wake(); // a run in progress reads the pending list again at its next pick: new imports go ahead of long ones
            return;
        }
        NlpService queue = nlp;
        track(runner.runBackground("Recognising entities", p -> nlp.processPending(p), summary -> {
            recognitionControl.refresh();
            if (summary.processed() > 0 || summary.failed() > 0) {
                showMessage("Recognised entities in " + summary.processed() + (summary.processed() == 1 ? " article" : " articles")
                        + (summary.failed() > 0 ? ", " + summary.failed() + " failed" : "")
                        + (summary.cancelled() ? " (cancelled; " + summary.remaining() + " left for later)" : ""));
                Article open = reader.getArticle();
                if (open != null) reader.refresh();
                if (summary.datesBorrowed() > 0) library.reload(list -> { }); // the rows show the borrowed dates
                refreshStories(); // entities and dates feed same-story grouping
                if (calendar.get() != null) calendar.get().refresh(); // new events
            } else if (!queue.isPaused()) {
                showMessage("Entities are up to date");
            }
        }, error -> {
            showMessage("Entity recognition failed: " + TaskRunner.reason(error));
            recognitionControl.refresh();
        }));
    }

    /** View ▸ Retry failed recognition: see {@link RecognitionControl#retryFailed()}. */
    public void retryFailedRecognition() {
        recognitionControl.retryFailed();
    }

    public RecognitionControl recognitionControl() { return recognitionControl; }

    public ExportMenuViewModel exportMenu() { return exportMenu; }

    /** The failed-recognition line for the status bar; the view offers Retry beside it when it is not empty. */
    public ReadOnlyStringProperty recognitionFailuresProperty() {
        return recognitionControl.failuresProperty();
    }

    public static String zoomClass(int step) { return "zoom-" + Settings.clampZoom(step); }

    /** Files and folders the process was started with ("Open with Parallax"); {@link #start()} imports them. */
    public void setStartupPaths(List<Path> paths) {
        startupPaths = List.copyOf(paths);
    }

    /**
     * Loads the library; with startup paths imports them and shows the first; else on an empty library imports the
     * bundled samples, otherwise reopens the last article read (or the newest one).
     */
    public void start() {
        capture.feeds().load();
        if (!startupPaths.isEmpty()) {
            List<Path> paths = startupPaths;
            startupPaths = List.of();
            importPaths(paths);
            return;
        }
        library.refresh(list -> {
            if (list.isEmpty()) {
                if (!status.isReadOnly()) importSamples();
                return;
            }
            long last = settings.lastArticleId().orElse(-1);
            long id = list.stream().mapToLong(ArticleSummary::id).filter(i -> i == last).findFirst()
                    .orElse(list.get(0).id());
            library.open(id);
            // articles still pending at the last exit are processed now
            recognisePending();
        });
    }

    /** Copies the bundled sample articles to a temporary folder and imports them; does nothing when none are bundled. */
    public void importSamples() {
        track(runner.runBackground("Preparing the sample articles", p -> Samples.copy(SAMPLES), files -> {
            if (!files.isEmpty()) importPaths(files);
        }, error -> LOG.log(Level.WARNING, "Cannot prepare the sample articles", error)));
    }

    /** Imports files and folders in the background; then refreshes the list and opens the first new article. */
    public void importPaths(List<Path> paths) {
        if (paths == null || paths.isEmpty()) return;
        if (status.isReadOnly()) {
            showMessage("This library is read-only: nothing can be imported into it.");
            return;
        }
        List<Path> copy = List.copyOf(paths);
        track(runner.runBackground("Importing", p -> imports.importPaths(copy, p), this::imported, error -> {
            showMessage("Import failed: " + TaskRunner.reason(error));
            errorMessage.set("The import failed: " + TaskRunner.reason(error));
        }));
    }

    /** Shows an import's report (files or links): summary, failure list, the first new article opened. */
    private void imported(ImportReport report) {
        lastImport.set(report);
        showMessage(report.summary());
        Optional<Long> first = report.results().stream()
                .filter(r -> r.status() != ImportResult.Status.FAILED)
                .map(ImportResult::articleId).findFirst();
        library.refresh(list -> first.ifPresent(library::open));
        refreshStories();
        if (!report.importedIds().isEmpty()) recognisePending();
    }

    /** Articles came in without the user waiting for one (a feed refresh): the list, stories and recognition follow. */
    private void articlesAdded() {
        library.reload(list -> { });
        refreshStories();
        recognisePending();
    }

    /** One line per failed file of an import report, for the failure list. */
    public static List<String> failureLines(ImportReport report) {
        return report.results().stream().filter(r -> r.status() == ImportResult.Status.FAILED)
                .map(ImportResult::line).toList();
    }

    private void track(TaskHandle handle) {
        if (current != null) {
            taskProgress.unbind();
            taskRunning.unbind();
            taskMessage.unbind();
        }
        current = handle;
        taskProgress.bind(handle.progressProperty());
        taskRunning.bind(handle.runningProperty());
        if (handle.isRunning()) {
            taskMessage.bind(handle.messageProperty());
            // when the task ends, its final message stays but the label is free for a summary
            handle.runningProperty().addListener((o, was, now) -> {
                if (!now && current == handle) showMessage(taskMessage.get());
            });
        }
    }

    public void showMessage(String message) { // the status line (also File ▸ Open Library's messages)
        taskMessage.unbind();
        taskMessage.set(message);
    }

    /** Asks the running task to stop. */
    public void cancelTask() {
        if (current != null) current.cancel();
    }

    public void toggleTheme() { theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK); }

    public void zoomIn() { zoom.set(Settings.clampZoom(zoom.get() + 1)); }

    public void zoomOut() { zoom.set(Settings.clampZoom(zoom.get() - 1)); }

    public void resetZoom() { zoom.set(Settings.DEFAULT_ZOOM); }

    /** Stores the remembered settings; a failure to write them is logged, never shown. */
    public void saveSettings() {
        Article a = reader.getArticle();
        if (a != null) settings.setLastArticleId(a.id());
        try {
            settings.save();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save settings to " + settings.file(), e);
        }
    }

    public String aboutText() {
        return "Parallax " + AppInfo.version() + "\nA reader that puts two versions of one news story side by side.\n\n"
                + "Library: " + library.articles().size() + " articles.\nLicensed under the GNU GPL, version 3 or later.";
    }

    /** The bundled components and their licences, for the About dialog. */
    public String licencesText() {
        return AppInfo.thirdPartyLicences();
    }

    /** Opens an article in the reader scrolled to {@code [start, end)}, highlighted (the calendar's "Open"). */
    public void openArticleAt(long articleId, int start, int end) {
        reader.openAt(articleId, start, end, "calendar", ReaderViewModel.Mark.FLASH);
    }

    /** Attaches the calendar screen (built where the services are); the View menu opens it when present. */
    public void attachCalendar(CalendarViewModel calendarViewModel) {
        calendar.set(calendarViewModel);
    }

    /** The calendar screen's view model, or null when the window was built without one. */
    public ReadOnlyObjectProperty<CalendarViewModel> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    /** A fresh export dialog state for the article now open. */
    public ExportViewModel exportViewModel() {
        var open = reader.articleProperty().get();
        if (open != null && external.refuseDeleted(open.id())) open = null;
        return new ExportViewModel(reports, runner, settings.file().toAbsolutePath().getParent(),
                open == null ? OptionalLong.empty() : OptionalLong.of(open.id()));
    }

    /** Which library is open and whether it is read-only. */
    public LibraryStatus status() { return status; }

    public Settings settings() {
        return settings;
    }

    public LibraryViewModel library() {
        return library;
    }

    /** Web links (Add link…, paste, drop, re-extract) and the Feeds section. */
    public WebCapture capture() {
        return capture;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty zoomProperty() {
        return zoom;
    }

    public StringBinding zoomStyleClassBinding() {
        return zoomStyleClass;
    }

    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty taskRunningProperty() {
        return taskRunning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
