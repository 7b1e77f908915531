package org.parallax.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.parallax.app.AppContext;
import org.parallax.app.StoryLookup;
import org.parallax.calendar.CalendarService;
import org.parallax.store.EntityRepository;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.app.LibraryLocation;
import org.parallax.app.Settings;
import org.parallax.store.MentionRepository;
import org.parallax.app.SingleInstance;
import org.parallax.app.StartupTrace;
import org.parallax.store.StoreException;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.EntityPanel;
import org.parallax.ui.reader.EntityPanelViewModel;
import org.parallax.ui.common.StartupProbe;
import org.parallax.ui.common.Themes;

/**
 * The JavaFX application. The library is opened (and migrated) on its own thread while the toolkit starts;
 * {@link #init()} waits for it and builds the window off the FX thread. The first frame shows the real window (menus,
 * library list, reader, status bar); the reader's text area, the side panel and the calendar are built just after
 * it, then the library's first query runs in the background. A library that cannot be
 * opened is reported in an alert and the application exits. Settings come from {@code -Dparallax.configDir} or the
 * user's settings folder. Files handed over by later starts ({@link SingleInstance}) are imported on the FX thread.
 */
public final class ParallaxApp extends Application {
    private static final Logger LOG = Logger.getLogger(ParallaxApp.class.getName());
    private static final double SIDE_MIN_WIDTH = 320;
    private AppContext context;
    private Path libraryFile;
    private RuntimeException openError;
    private FxTaskRunner runner;
    private Settings settings;
    private MainViewModel vm;
    private MainWindow window;
    /** Set when the library could not be opened, so the process ends with a failure code after the alert. */
    private static volatile boolean libraryFailed;
    /** Set by {@link #launch} before the toolkit starts; null when started with only raw arguments. */
    private static volatile Path launchLibrary;
    private static volatile List<Path> launchFiles = List.of();
    /** Where the start-up probe prints, or null when not probing. */
    private static volatile PrintStream launchProbe;
    private static volatile SingleInstance.Primary instance;
    /** The library, opening on its own thread while the toolkit starts; {@link #init()} waits for it. */
    private static volatile CompletableFuture<AppContext> opening;

    /** Starts the window with the command line's arguments ({@code --library PATH} or {@code --library=PATH}). */
    public static void launchWith(String[] args) {
        Application.launch(ParallaxApp.class, args);
        if (libraryFailed) System.exit(1);
    }

    /**
     * Starts the window on {@code library}, importing {@code files}; with a {@code probe} stream, prints the time to the
     * first frame there and exits. {@code primary} (may be null) receives later starts' files and is closed on exit.
     */
    public static void launch(Path library, List<Path> files, PrintStream probe, SingleInstance.Primary primary) {
        launchLibrary = library;
        launchFiles = List.copyOf(files);
        launchProbe = probe;
        instance = primary;
        // opening and migrating the library (and loading the importers) overlaps the toolkit's start
        opening = CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(library);
            StartupTrace.mark("library open");
            return c;
        }, r -> {
            Thread t = new Thread(r, "parallax-open-library");
            t.setDaemon(true);
            t.start();
        });
        try {
            Application.launch(ParallaxApp.class);
        } finally {
            if (primary != null) primary.close();
        }
        if (libraryFailed) System.exit(1);
        if (probe != null) System.exit(0);
    }

    /** The {@code --library} option's path, or null. */
    static Path libraryOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--library") && i + 1 < args.size()) return Path.of(args.get(i + 1));
            if (a.startsWith("--library=")) return Path.of(a.substring("--library=".length()));
        }
        return null;
    }

    /**
     * On the launcher thread, while the FX thread is free: reads the settings, hands the theme's style sheet to the
     * FX thread to load (before any control exists, so Modena is never loaded), waits for the library, and builds
     * the view model and the window's node tree (FXML), in parallel with that style sheet. Nothing is shown yet.
     */
    @Override
    public void init() {
        StartupTrace.mark("init");
        String configDir = System.getProperty("parallax.configDir");
        settings = configDir != null ? Settings.load(Path.of(configDir)) : Settings.loadDefault();
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(settings.theme()));
        libraryFile = launchLibrary != null ? launchLibrary : LibraryLocation.resolve(libraryOption(getParameters().getRaw()));
        try {
            context = opening != null && libraryFile.equals(launchLibrary) ? join(opening) : AppContext.open(libraryFile);
        } catch (StoreException e) {
            openError = e;
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot open library " + libraryFile, e);
            openError = new StoreException("Cannot open library " + libraryFile + ": " + e, e);
            return;
        }
        runner = new FxTaskRunner();
        vm = new MainViewModel(context.articles(), context.imports(), runner, settings, context.compare(), context.stories());
        vm.setStartupPaths(launchFiles);
        // nodes may be built off the FX thread until they join a shown window
        window = MainWindow.load(vm);
        StartupTrace.mark("main.fxml loaded");
    }

    private static AppContext join(CompletableFuture<AppContext> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        if (openError != null) {
            Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
            Alert a = new Alert(Alert.AlertType.ERROR, openError.getMessage());
            a.setTitle("Parallax");
            a.setHeaderText("The library could not be opened");
            a.showAndWait();
            libraryFailed = true;
            Platform.exit();
            return;
        }
        MainViewModel vm = this.vm;
        MainWindow window = this.window;
        // the side panel's place, so the first frame has the final layout; attachServices fills it
        StackPane sidePlace = new StackPane();
        sidePlace.getStyleClass().add("side-place");
        sidePlace.setMinWidth(SIDE_MIN_WIDTH);
        if (window.root().lookup("#split") instanceof SplitPane split) {
            split.getItems().add(sidePlace);
            split.setDividerPositions(0.25, 0.75);
        }
        window.show(stage);
        StartupTrace.mark("shown");
        PrintStream probe = launchProbe;
        if (probe != null) StartupProbe.install(stage.getScene(), probe, Platform::exit);
        // the first frame shows the window with its menus, library list, empty reader and status bar; the side
        // panel, the reader's text area and the calendar are built just after it, then the library is queried,
        // and CoreNLP (recognising pending articles) starts last, not competing with any of it for the CPU
        StartupProbe.afterFirstFrame(stage.getScene(), () -> {
            StartupTrace.mark("first frame");
            StartupTrace.threads();
            window.addIcon(stage);
            attachServices(stage, window, vm, sidePlace);
            StartupTrace.mark("side panel built");
            vm.start();
            // finding and building the recogniser loads CoreNLP's classes: off the FX thread
            runner.run("Loading entity recognition", p -> context.nlp(), nlp -> nlp.ifPresent(n -> {
                vm.setNlp(n);
                vm.recognisePending();
            }), error -> LOG.log(Level.WARNING, "Cannot load entity recognition", error));
        });
        SingleInstance.Primary primary = instance;
        if (primary != null) primary.setReceiver(paths -> Platform.runLater(() -> receive(stage, vm, paths)));
    }

    /**
     * What the window needs only once the user acts: the calendar, export, notes search, hand annotation and the
     * entity panel (with the reader's text area they style) beside the reader.
     */
    private void attachServices(Stage stage, MainWindow window, MainViewModel vm, StackPane sidePlace) {
        StoryLookup stories = new StoryLookup(context.articles());
        CalendarService calendarService = new CalendarService(context.database(), context.articles());
        CalendarViewModel calendarVm = new CalendarViewModel(calendarService,
                new EntityRepository(context.database()), runner, (id, start, end) -> {
                    vm.openArticleAt(id, start, end);
                    stage.toFront();
                }, stories::storyOf);
        calendarVm.setCompareOpener(vm::compareAt);
        vm.setCompareEvents(calendarService);
        vm.attachCalendar(calendarVm);
        vm.setReports(new org.parallax.app.ReportService(context));
        vm.setAnnotations(context.annotations());
        vm.attachNotes(context.annotations().notes(), context.annotations().entities());
        // hand annotation sits on the reader, with its side panel to the right of it
        AnnotateViewModel annotateVm = new AnnotateViewModel(context.annotations(), runner);
        annotateVm.setCalendar(calendarService);
        AnnotationLayer annotate = new AnnotationLayer(window.view().readerView(), vm.reader(), annotateVm);
        // the entity legend, hover card and panel share the reader; the annotation layer highlights what the legend shows
        EntityLegendModel legend = new EntityLegendModel();
        EntityPanel entities = new EntityPanel(window.view().readerView(), vm.reader(), new EntityPanelViewModel(
                context.articles(), new MentionRepository(context.database()), context.annotations().entities(), legend, runner));
        annotate.showTypes(legend.visibleTypes());
        Tab entityTab = new Tab("Entities", entities.panel());
        entityTab.setId("entitiesTab");
        Tab annotateTab = new Tab("Annotate", annotate.panel());
        annotateTab.setId("annotateTab");
        TabPane side = new TabPane(entityTab, annotateTab);
        side.setId("sidePanel");
        side.getStyleClass().add("side-panel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(SIDE_MIN_WIDTH);
        sidePlace.getChildren().setAll(side);
    }

    /** Files from a later start: bring the window forward and import them. */
    private static void receive(Stage stage, MainViewModel vm, List<Path> paths) {
        if (stage.isIconified()) stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        vm.importPaths(paths);
    }

    @Override
    public void stop() {
        if (runner != null) runner.close();
        if (context != null) context.close();
    }
}
