package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.parallax.app.AppContext;
import org.parallax.app.StoryLookup;
import org.parallax.calendar.CalendarService;
import org.parallax.store.EntityRepository;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.app.LibraryLocation;
import org.parallax.app.Settings;
import org.parallax.store.MentionRepository;
import org.parallax.store.StoreException;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.EntityPanel;
import org.parallax.ui.reader.EntityPanelViewModel;
import org.parallax.ui.common.Themes;

/**
 * The JavaFX application. The library is opened (and migrated) in {@link #init()}, on the launcher thread rather
 * than the FX thread; a library that cannot be opened is reported in an alert and the application exits.
 * Settings come from {@code -Dparallax.configDir} or the user's settings folder.
 */
public final class ParallaxApp extends Application {
    private static final Logger LOG = Logger.getLogger(ParallaxApp.class.getName());
    private AppContext context;
    private Path libraryFile;
    private RuntimeException openError;
    private FxTaskRunner runner;
    /** Set when the library could not be opened, so the process ends with a failure code after the alert. */
    private static volatile boolean libraryFailed;

    /** Starts the window with the command line's arguments ({@code --library PATH} or {@code --library=PATH}). */
    public static void launchWith(String[] args) {
        Application.launch(ParallaxApp.class, args);
        if (libraryFailed) System.exit(1);
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

    @Override
    public void init() {
        libraryFile = LibraryLocation.resolve(libraryOption(getParameters().getRaw()));
        try {
            context = AppContext.open(libraryFile);
        } catch (StoreException e) {
            openError = e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot open library " + libraryFile, e);
            openError = new StoreException("Cannot open library " + libraryFile + ": " + e, e);
        }
    }

    @Override
    public void start(Stage stage) {
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
        String configDir = System.getProperty("parallax.configDir");
        Settings settings = configDir != null ? Settings.load(Path.of(configDir)) : Settings.loadDefault();
        runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(context.articles(), context.imports(), runner, settings,
                context.compare(), context.stories());
        context.nlp().ifPresent(vm::setNlp);
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
        MainWindow window = MainWindow.load(vm);
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
        side.setMinWidth(320);
        if (window.root().lookup("#split") instanceof SplitPane split) {
            split.getItems().add(side);
            split.setDividerPositions(0.25, 0.75);
        }
        window.show(stage);
    }

    @Override
    public void stop() {
        if (runner != null) runner.close();
        if (context != null) context.close();
    }
}
