package org.parallax.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.parallax.app.AppContext;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.app.LibraryLocation;
import org.parallax.app.Settings;
import org.parallax.app.SingleInstance;
import org.parallax.app.StartupTrace;
import org.parallax.store.LibraryAddress;
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
 * The JavaFX application. Its first frame is the window's {@link WindowSkeleton}, drawn under a user-agent style sheet
 * of a few rules, with the settings and the single-instance claim read during the toolkit's start. Then the library
 * is opened and the window built (view model and main.fxml) on a thread of their own, the FX thread reads the theme,
 * and the window's root replaces the skeleton. After that frame the side panel, the reader's text area and the
 * calendar are built, the library's first query runs in the background, and CoreNLP starts last, not competing with
 * any of it for the CPU. A library that cannot be opened is reported in an alert and
 * the application exits. Settings come from {@code -Dparallax.configDir} or the user's settings folder. Files handed
 * over by later starts ({@link SingleInstance}) are imported on the FX thread. A server library's password, when
 * {@code ~/.pgpass} has none, is asked in a {@link PasswordDialog} while the skeleton shows; the title and status bar
 * then name the library, and a read-only one disables every edit ({@link LibraryStatus}).
 */
public final class ParallaxApp extends Application {
    private static final Logger LOG = Logger.getLogger(ParallaxApp.class.getName());
    private AppContext context;
    private LibraryAddress library;
    private Stage stage;
    private RuntimeException openError;
    private FxTaskRunner runner;
    private Settings settings;
    private MainViewModel vm;
    private StackPane sidePlace;
    private Parent skeleton;
    /** Set when the library could not be opened, so the process ends with a failure code after the alert. */
    private static volatile boolean libraryFailed;
    /** Set by {@link #launch} before the toolkit starts; null when started with only raw arguments. */
    private static volatile LibraryAddress launchLibrary;
    private static volatile List<Path> launchFiles = List.of();
    /** Where the start-up probe prints, or null when not probing. */
    private static volatile PrintStream launchProbe;
    private static volatile SingleInstance.Primary instance;
    /** Settles {@link #instance} while the toolkit starts; a second start exits inside it (see Parallax). */
    private static volatile CompletableFuture<SingleInstance.Primary> claim;
    /** The settings, read while the toolkit starts; {@link #init()} waits for them. */
    private static volatile CompletableFuture<Settings> preparing;

    /**
     * Starts the window on {@code library}, importing {@code files}; with a {@code probe} stream, prints the times to the
     * first frame and to the window's own first frame there, and exits. {@code primary} is run on a thread of its own
     * while the toolkit starts; what it returns (may be null) receives later starts' files and is closed on exit.
     */
    public static void launch(LibraryAddress library, List<Path> files, PrintStream probe, Supplier<SingleInstance.Primary> primary) {
        launchLibrary = library;
        launchFiles = List.copyOf(files);
        launchProbe = probe;
        // the single-instance claim and the settings are read while the toolkit starts
        claim = inBackground(primary, "parallax-claim");
        preparing = inBackground(ParallaxApp::readSettings, "parallax-settings");
        try {
            Application.launch(ParallaxApp.class);
        } finally {
            SingleInstance.Primary p = instance;
            if (p != null) p.close();
        }
        if (libraryFailed) System.exit(1);
        if (probe != null) System.exit(0);
    }

    /** Runs {@code work} on a daemon thread named {@code name}; its result, or what it threw. */
    private static <T> CompletableFuture<T> inBackground(Supplier<T> work, String name) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Reads the settings: {@code -Dparallax.configDir}'s or the user's. */
    private static Settings readSettings() {
        String configDir = System.getProperty("parallax.configDir");
        return configDir != null ? Settings.load(Path.of(configDir)) : Settings.loadDefault();
    }

    /** The {@code --library} option's value (a file path or a server address), or null. */
    static String libraryOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--library") && i + 1 < args.size()) return args.get(i + 1);
            if (a.startsWith("--library=")) return a.substring("--library=".length());
        }
        return null;
    }

    /**
     * On the launcher thread, once the toolkit has started: takes the claim and the settings, gives the FX thread the
     * skeleton's style sheet to read (before any control exists, so Modena is never loaded) and builds the skeleton
     * meanwhile.
     */
    @Override
    public void init() {
        StartupTrace.mark("init");
        if (claim != null) instance = claim.join();
        settings = preparing != null ? preparing.join() : readSettings();
        Application.setUserAgentStylesheet(WindowSkeleton.STYLESHEET_URL);
        library = launchLibrary != null ? launchLibrary : LibraryLocation.resolveAddress(libraryOption(getParameters().getRaw()));
        skeleton = WindowSkeleton.build(settings);
        StartupTrace.mark("skeleton built");
    }

    /**
     * Off the FX thread: opens (and migrates) the library, then builds the view model and the window's node tree
     * (nodes may be built on any thread until they join a shown window), with the side panel's place; null when the
     * library could not be opened ({@link #openError} says why).
     */
    private MainWindow buildWindow() {
        try {
            // a server asking for a password not in ~/.pgpass: a dialog over the skeleton, this thread waits for it
            context = AppContext.open(library, PasswordDialog.asking(() -> stage));
        } catch (StoreException e) {
            openError = e;
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot open library " + library.text(), e);
            openError = new StoreException("Cannot open library " + library.text() + ": " + e, e);
            return null;
        }
        StartupTrace.mark("library open");
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(context), runner, settings);
        settings.addRecentLibrary(vm.status().where());
        vm.setStartupPaths(launchFiles);
        ExternalChanges.follow(context.changes(), vm, Platform::runLater);
        MainWindow w = MainWindow.load(vm);
        sidePlace = w.addSidePlace();
        StartupTrace.mark("main.fxml loaded");
        return w;
    }

    /**
     * Shows the skeleton at once. After its first frame the window is built on a thread of its own (the first frame
     * did not share the CPU with it), while the FX thread reads the theme, which the skeleton's own author sheet keeps
     * from changing how it looks; the window is taken in when built.
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        this.stage = stage;
        Scene scene = MainWindow.showFirst(stage, settings, skeleton);
        // the skeleton says "Opening the library…"; the title says which (a server may take a while to answer)
        stage.setTitle("Parallax — opening " + LibraryStatus.name(library) + "…");
        skeleton = null;
        PrintStream probe = launchProbe;
        StartupProbe.afterFirstFrame(scene, () -> {
            StartupTrace.mark("first frame");
            if (probe != null) StartupProbe.print(probe, "first-frame");
            inBackground(this::buildWindow, "parallax-build-window")
                    .whenComplete((w, error) -> Platform.runLater(() -> attachWindow(stage, w, error)));
            Application.setUserAgentStylesheet(Themes.userAgentStylesheet(settings.theme()));
        });
    }

    /**
     * On the FX thread: the built window replaces the skeleton, or why it could not be built (usually the library's
     * error) is shown and the start ends with a failure code.
     */
    private void attachWindow(Stage stage, MainWindow window, Throwable error) {
        if (window == null) {
            RuntimeException e = openError != null ? openError : new StoreException("Cannot start Parallax: " + error, error);
            if (error != null) LOG.log(Level.SEVERE, "Cannot build the main window", error);
            stage.hide();
            Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setTitle("Parallax");
            a.setHeaderText(openError != null ? "The library could not be opened" : "Parallax could not start");
            a.showAndWait();
            libraryFailed = true;
            Platform.exit();
            return;
        }
        MainViewModel vm = this.vm;
        window.attach(stage);
        stage.setTitle(vm.status().title());
        StartupTrace.mark("window attached");
        PrintStream probe = launchProbe;
        StartupProbe.afterFirstFrame(stage.getScene(), () -> {
            StartupTrace.mark("window frame");
            StartupTrace.threads();
            if (probe != null) {
                StartupProbe.print(probe, "window");
                Platform.exit();
                return;
            }
            window.addIcon(stage);
            attachScreens(stage, window, vm, sidePlace);
            StartupTrace.mark("side panel built");
            vm.start();
            // finding and building the recogniser loads CoreNLP's classes: off the FX thread
            vm.loadRecognition();
        });
        SingleInstance.Primary primary = instance;
        if (primary != null) primary.setReceiver(paths -> Platform.runLater(() -> receive(stage, vm, paths)));
    }

    /**
     * What the window needs only once the user acts: the calendar screen, hand annotation and the entity panel (with
     * the reader's text area they style) beside the reader; their services come from the {@link AppContext}.
     */
    private void attachScreens(Stage stage, MainWindow window, MainViewModel vm, StackPane sidePlace) {
        CalendarViewModel calendarVm = new CalendarViewModel(context.calendar(),
                context.entities(), runner, (id, start, end) -> {
                    vm.openArticleAt(id, start, end);
                    stage.toFront();
                }, context.stories()::storyOf);
        calendarVm.setCompareOpener(vm::compareAt);
        vm.attachCalendar(calendarVm);
        // hand annotation sits on the reader, with its side panel to the right of it
        AnnotateViewModel annotateVm = new AnnotateViewModel(context.annotations(), runner);
        annotateVm.setCalendar(context.calendar());
        AnnotationLayer annotate = new AnnotationLayer(window.view().readerView(), vm.reader(), annotateVm);
        // the entity legend, hover card and panel share the reader; the annotation layer highlights what the legend shows
        EntityLegendModel legend = new EntityLegendModel();
        EntityPanel entities = new EntityPanel(window.view().readerView(), vm.reader(), new EntityPanelViewModel(
                context.articles(), context.mentions(), context.entities(), legend, runner));
        annotate.showTypes(legend.visibleTypes());
        // a read-only library: marks, notes, entity edits, suggestions and the trash cannot be changed
        vm.status().lock(annotate.panel(), LibraryStatus.ANNOTATE_EDITS);
        annotate.readOnlyProperty().bind(vm.status().readOnlyProperty());
        Tab entityTab = new Tab("Entities", entities.panel());
        entityTab.setId("entitiesTab");
        Tab annotateTab = new Tab("Annotate", annotate.panel());
        annotateTab.setId("annotateTab");
        TabPane side = new TabPane(entityTab, annotateTab);
        side.setId("sidePanel");
        side.getStyleClass().add("side-panel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(WindowSkeleton.SIDE_MIN_WIDTH);
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
