package org.parallax.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.calendar.EventDraft;
import org.parallax.export.annotations.AnnotationFormat;
import org.parallax.model.Annotation;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateRange;
import org.parallax.model.EventKind;
import org.parallax.testsupport.FxWait;
import org.parallax.testsupport.SharedData;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File menu exports and the annotations import, fired from the real main window's menu items on a real library: the
 * file choosers are answered through {@link FileChoices}, everything else (services, background lane, status bar) is
 * the window's own.
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Stage stage;
    /** What the next save or folder question is answered with, and the format. */
    Path nextPath;
    AnnotationFormat nextFormat = AnnotationFormat.BRAT;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ctx = AppContext.open(dir.resolve("library.db"));
        ctx.imports().importFile(SharedData.samples().resolve("story1-outlet-a.txt"));
        ctx.imports().importFile(SharedData.samples().resolve("story1-outlet-b.txt"));
        ctx.calendar().add(new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 6)), List.of(), List.of(),
                List.of(), "A visit added by hand"));
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(ctx), runner, Settings.load(dir.resolve("config")));
        window = MainWindow.load(vm);
        window.view().exportMenu().setChoices(new FileChoices() {
            @Override
            public Path saveFile(Window owner, ExportMenuViewModel.FileKind kind, String suggested, File folder) {
                return nextPath;
            }

            @Override
            public Path folder(Window owner, String title, File folder) {
                return nextPath;
            }

            @Override
            public Optional<AnnotationFormat> format(Window owner, String title, boolean importing) {
                return Optional.of(nextFormat);
            }
        });
        stage.setScene(window.createScene(1100, 700));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        ctx.close();
    }

    /** Fires the File menu item titled {@code text}, as a click on it does, and waits for the status line to say {@code done}. */
    private void fire(FxRobot robot, String text, Path answer, String done) {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.waitUntil(() -> !vm.taskRunningProperty().get());
        nextPath = answer;
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("_File")).findFirst().orElseThrow();
        MenuItem item = file.getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no File item " + text));
        robot.interact(item::fire);
        FxWait.waitUntil(20, () -> vm.taskMessageProperty().get().startsWith(done),
                () -> "status \"" + vm.taskMessageProperty().get() + "\" after " + text);
    }

    @Test
    void eachExportItemWritesItsFile(FxRobot robot) throws Exception {
        Path ics = dir.resolve("out/events.ics");
        Files.createDirectories(ics.getParent());
        fire(robot, "Export events as iCalendar…", ics, "Wrote 1 event to");
        String cal = Files.readString(ics, StandardCharsets.UTF_8);
        assertTrue(cal.startsWith("BEGIN:VCALENDAR"), cal);
        assertEquals(1, cal.lines().filter(l -> l.equals("BEGIN:VEVENT")).count(), cal);
        assertTrue(cal.contains("DTSTART;VALUE=DATE:20230306"), cal);

        Path csv = dir.resolve("out/events.csv");
        fire(robot, "Export events as CSV…", csv, "Wrote 1 event to");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("date_start,date_end"), rows.get(0));
        assertEquals(2, rows.size(), "header and the one event: " + rows);
        assertTrue(rows.get(1).startsWith("2023-03-06"), rows.get(1));

        Path md = dir.resolve("out/report.md");
        fire(robot, "Export report as Markdown…", md, "Wrote the report (2 articles");
        String report = Files.readString(md, StandardCharsets.UTF_8);
        for (ArticleSummary a : ctx.articles().list()) assertTrue(report.contains(a.title()), "the report names " + a.title());

        Path brat = dir.resolve("out/brat");
        fire(robot, "Export annotations…", brat, "Wrote 2 articles");
        for (ArticleSummary a : ctx.articles().list()) {
            assertTrue(Files.isRegularFile(brat.resolve("article-" + a.id() + ".ann")), "brat file of " + a.id());
            assertTrue(Files.isRegularFile(brat.resolve("article-" + a.id() + ".txt")), "text of " + a.id());
        }
    }

    @Test
    void aRefusedPathWritesNothingAndSaysWhy(FxRobot robot) throws Exception {
        long before = Files.size(dir.resolve("library.db"));
        fire(robot, "Export events as CSV…", dir.resolve("library.db"), ExportViewModel.REFUSED);
        assertTrue(vm.taskMessageProperty().get().contains("library"), vm.taskMessageProperty().get());
        assertEquals(before, Files.size(dir.resolve("library.db")));
        robot.interact(() -> { }); // the refusal's alert is shown; tearDown closes it
    }

    @Test
    void importAnnotationsReadsBackAnExportedFolder(FxRobot robot) throws Exception {
        long id = ctx.articles().list().get(0).id();
        String text = ctx.articles().get(id).orElseThrow().text();
        int end = text.indexOf(' ');
        Annotation mark = ctx.annotations().marks().mark(id, 0, end, "P");
        for (AnnotationFormat format : List.of(AnnotationFormat.BRAT, AnnotationFormat.W3C, AnnotationFormat.CONLL)) {
            nextFormat = format;
            Path out = dir.resolve("exchange-" + format);
            fire(robot, "Export annotations…", out, "Wrote 2 articles");
            assertTrue(Files.list(out).anyMatch(p -> p.toString().endsWith(
                    org.parallax.export.annotations.AnnotationExchange.extension(format))), "files of " + format);
        }
        ctx.annotations().marks().delete(mark.mention().id());
        assertFalse(hasMark(id, 0, end), "the hand mark is gone before the import");

        nextFormat = AnnotationFormat.BRAT;
        fire(robot, "Import annotations…", dir.resolve("exchange-BRAT"), "Read 2 articles");
        assertTrue(vm.taskMessageProperty().get().matches("Read 2 articles: [1-9]\\d* annotations.*"), vm.taskMessageProperty().get());
        assertTrue(hasMark(id, 0, end), "the import put the mark back: " + ctx.annotations().annotations().accepted(id));
    }

    private boolean hasMark(long id, int start, int end) {
        return ctx.annotations().annotations().accepted(id).stream()
                .anyMatch(a -> a.mention().start() == start && a.mention().end() == end);
    }
}
