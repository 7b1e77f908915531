package org.parallax.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.testsupport.FxWait.waitUntil;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import com.calendarfx.view.MonthEntryView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.CheckListView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.parallax.testsupport.FxWait;
import org.parallax.app.Settings;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventText;
import org.parallax.calendar.SampleLibrary;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The calendar screen as a user sees it, opened from the main window, on a library holding the two shared samples
 * imported and processed (test recogniser), with the real background task runner (headless Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class CalendarScreenTest {
    @TempDir
    Path dir;
    SampleLibrary lib;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lib = SampleLibrary.open(dir.resolve("library.db"));
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(lib.ctx), runner, Settings.load(dir.resolve("config")));
        vm.attachCalendar(new CalendarViewModel(lib.ctx.calendar(),
                lib.ctx.entities(), runner, vm::openArticleAt, lib.ctx.stories()::storyOf));
        window = MainWindow.load(vm);
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        FxWait.closeWindowsBut(robot, stage);
        runner.close();
        lib.ctx.close();
    }

    private static List<MonthEntryView> entryViews(Parent root, String when) {
        List<MonthEntryView> out = new ArrayList<>();
        collect(root, when, out);
        return out;
    }

    private static void collect(Node n, String when, List<MonthEntryView> out) {
        if (n instanceof MonthEntryView v && v.isVisible() && v.getEntry().getUserObject() instanceof Event e
                && e.when().toString().equals(when)) {
            out.add(v);
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, when, out);
    }

    private static void snapshot(Parent root, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        File out = Path.of(System.getProperty("parallax.buildDir", "target"), name).toFile();
        Files.createDirectories(out.toPath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
    }

    @Test
    void marchShowsTheVisitOverTwoDaysAndOpenLeadsToTheSentence(FxRobot robot) throws Exception {
        new CalendarService(lib.ctx.database(), lib.ctx.articles()).add(new org.parallax.calendar.EventDraft(
                org.parallax.model.EventKind.MEETING, new org.parallax.model.DateRange(LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31), org.parallax.model.DatePrecision.MONTH), List.of(), List.of(), List.of(), "talks in March"));
        robot.interact(() -> window.view().openCalendar());
        CalendarWindow cw = window.view().calendarWindow();
        CalendarView pane = cw.view();
        Parent root = pane.root();
        waitUntil("the month with the most events", () -> YearMonth.of(2023, 3).equals(YearMonth.from(pane.calendarView().getDate())));
        waitUntil("the March visit's entry", () -> !entryViews(root, "2023-03-06..2023-03-07").isEmpty());

        List<MonthEntryView> views = entryViews(root, "2023-03-06..2023-03-07");
        var entry = views.get(0).getEntry();
        assertEquals(LocalDate.of(2023, 3, 6), entry.getStartDate());
        assertEquals(LocalDate.of(2023, 3, 7), entry.getEndDate());
        assertTrue(entry.isFullDay());
        assertTrue(entry.getTitle().contains("Landberg"), entry.getTitle());
        // the entry is drawn across both days: its views together reach from the 6th's cell into the 7th's
        double minX = views.stream().mapToDouble(v -> v.localToScene(v.getBoundsInLocal()).getMinX()).min().orElseThrow();
        double maxX = views.stream().mapToDouble(v -> v.localToScene(v.getBoundsInLocal()).getMaxX()).max().orElseThrow();
        double cell = pane.calendarView().getMonthPage().getMonthView().getWidth() / 7;
        assertTrue(maxX - minX > cell * 1.2, "spans two day cells: width " + (maxX - minX) + " vs cell " + cell + ", views " + views.size());
        assertTrue(entryViews(root, "2023-02-16..2023-02-17").isEmpty(), "February's visit is not drawn on March");
        waitUntil("the month band", () -> robot.lookup("#monthBand").queryAs(FlowPane.class).getChildren().stream()
                .anyMatch(n -> n instanceof Button b && b.getText().contains("(month)")));
        assertTrue(entryViews(root, "2023-03").isEmpty(), "the month-precision meeting sits on no day");
        snapshot(root, "calendar-march-2023.png");

        robot.clickOn(views.get(0));
        waitUntil("the details", () -> robot.lookup(".source-sentence").queryAll().size() >= 2);
        Event visit = (Event) entry.getUserObject();
        List<String> shown = robot.lookup(".source-sentence").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        for (long article : List.of(lib.outletA, lib.outletB)) {
            EventSource s = visit.sources().stream().filter(x -> x.articleId() == article && x.sentenceText().contains("March 6-7")
                    && x.sentenceText().contains("Landberg")).findFirst().orElseThrow();
            assertTrue(shown.contains("\u201c" + s.sentenceText().strip() + "\u201d"), shown.toString());
        }
        assertTrue(robot.lookup("#whoChips").queryAs(FlowPane.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Christopher Landberg")));
        snapshot(root, "calendar-march-2023-details.png");

        // Open on outlet B's sentence: the reader shows B scrolled to the sentence, caret at its start, the sentence
        // flashed for a moment and then left with no style of the jump
        EventSource bSource = visit.sources().stream().filter(x -> x.articleId() == lib.outletB).findFirst().orElseThrow();
        Node item = robot.lookup(".event-source").queryAll().stream()
                .filter(n -> ((Label) ((VBox) n).getChildren().get(1)).getText().contains(bSource.sentenceText().strip()))
                .findFirst().orElseThrow();
        Button open = (Button) ((VBox) item).getChildren().get(2);
        assertEquals("Open", open.getText());
        ReaderView reader = window.view().readerView();
        StyleClassedTextArea area = reader.textArea();
        List<Boolean> flashed = new ArrayList<>();
        // the moment the jump is shown (on the FX thread), its flash must cover the sentence and nothing before it
        vm.reader().highlightProperty().addListener((o, was, now) -> {
            ReaderDocument d = vm.reader().documentProperty().get();
            if (now != null || was == null || d == null) return;
            ReaderDocument.Range at = d.displayRange(was.start(), was.end());
            flashed.add(area.getStyleOfChar(at.start() + 1).contains(ReaderView.HIGHLIGHT)
                    && area.getStyleOfChar(at.end() - 1).contains(ReaderView.HIGHLIGHT)
                    && (at.start() == 0 || !area.getStyleOfChar(at.start() - 1).contains(ReaderView.HIGHLIGHT)));
        });
        robot.interact(open::fire); // B's source may sit below the details pane's fold

        String titleB = lib.ctx.articles().get(lib.outletB).orElseThrow().title();
        waitUntil("the reader on article B", () -> vm.reader().getArticle() != null && vm.reader().getArticle().id() == lib.outletB);
        ReaderDocument doc = vm.reader().documentProperty().get();
        ReaderDocument.Range r = doc.displayRange(bSource.sentenceStart(), bSource.sentenceEnd());
        assertFalse(r.isEmpty());
        waitUntil("the jump shown", () -> !flashed.isEmpty());
        assertEquals(List.of(true), flashed, "the sentence, and only it, flashes");
        assertEquals(r.start(), area.getCaretPosition());
        int par = area.offsetToPosition(r.start(), Bias.Forward).getMajor();
        waitUntil(() -> visible(area, par), () -> "paragraph " + par + " in the viewport; shown "
                + area.firstVisibleParToAllParIndex() + ".." + area.lastVisibleParToAllParIndex());
        assertTrue(par > 0 && area.firstVisibleParToAllParIndex() > 0, "the sentence lies below the first screen: the reader scrolled");
        assertEquals(titleB, vm.reader().titleProperty().get());
        snapshot(window.root(), "calendar-open-reader.png");
        // after the flash no character of the article keeps the jump's style; the caret stays in the sentence
        waitUntil("the flash over", () -> area.getStyleSpans(0, area.getLength()).stream()
                .noneMatch(sp -> sp.getStyle().contains(ReaderView.HIGHLIGHT)));
        assertEquals(r.start(), area.getCaretPosition());
        assertTrue(visible(area, par), "the sentence stays in view");
    }

    /** The text a month entry view draws (what its title label shows after eliding), or "" before it is laid out. */
    private static String drawnTitle(MonthEntryView v) {
        Label title = (Label) v.lookup(".default-style-entry-small-title-label");
        if (title == null) return "";
        Node text = title.lookup(".text");
        return text instanceof Text t ? t.getText().strip() : "";
    }

    @Test
    void aTwoDayEventAcrossTwoWeekRowsIsNamedInBothRows(FxRobot robot) throws Exception {
        // the last day of a week row and the first of the next, in March 2023 (the month the calendar opens on)
        DayOfWeek first = WeekFields.of(Locale.getDefault()).getFirstDayOfWeek();
        LocalDate next = LocalDate.of(2023, 3, 8).with(TemporalAdjusters.nextOrSame(first));
        LocalDate last = next.minusDays(1);
        new CalendarService(lib.ctx.database(), lib.ctx.articles()).add(new org.parallax.calendar.EventDraft(EventKind.VISIT,
                new org.parallax.model.DateRange(last, next, org.parallax.model.DatePrecision.DAY), List.of(), List.of(), List.of(),
                "Ilse Marren"));
        String when = last + ".." + next;
        robot.interact(() -> window.view().openCalendar());
        CalendarView pane = window.view().calendarWindow().view();
        waitUntil("the visit's entry in both rows", () -> entryViews(pane.root(), when).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<MonthEntryView> views = entryViews(pane.root(), when);
        String title = views.get(0).getEntry().getTitle();
        assertEquals("Visit: Ilse Marren", title);
        MonthEntryView firstRow = views.stream().filter(v -> v.getStartDate().equals(last)).findFirst().orElseThrow();
        MonthEntryView nextRow = views.stream().filter(v -> v.getStartDate().equals(next)).findFirst().orElseThrow();
        waitUntil(() -> !drawnTitle(firstRow).isEmpty(), () -> "the first day's label laid out");
        // the continuation on the next row is named too, not an empty bar; neither label is cut at 1200 px wide
        assertEquals(title, drawnTitle(nextRow), "the second day's bar");
        assertEquals(title, drawnTitle(firstRow), "the first day's label");
        // selected, the bar fills with the kind's colour; its label keeps its weight, so it still fits the cell
        robot.clickOn(firstRow);
        waitUntil("the visit selected", () -> vm.calendarProperty().get().selectedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (MonthEntryView v : entryViews(pane.root(), when)) assertEquals(title, drawnTitle(v), "selected, from " + v.getStartDate());
        snapshot(pane.root(), "calendar-two-rows.png");
    }

    /** Whether paragraph {@code par} is at least partly in the area's viewport. */
    static boolean visible(StyleClassedTextArea area, int par) {
        try {
            return area.firstVisibleParToAllParIndex() <= par && par <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return false; // not laid out yet
        }
    }

    /** The check box of the list cell showing {@code text}, in any window (a combo box's list sits in a popup). */
    private static Node checkBoxOf(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof CheckBoxListCell<?> c && text.equals(c.getText()) && c.isVisible())
                .queryAs(CheckBoxListCell.class).getGraphic();
    }

    @Test
    void kindsAreTickedInTheirComboAndAHandMadeEventGetsTheCheckedPeople(FxRobot robot) {
        robot.interact(() -> window.view().openCalendar());
        CalendarView view = window.view().calendarWindow().view();
        CalendarViewModel cal = vm.calendarProperty().get();
        Parent root = view.root();
        waitUntil("the March statement", () -> !entryViews(root, "2023-03-03").isEmpty());

        CheckComboBox<EventKind> kinds = robot.lookup("#kindFilter").query();
        assertEquals(List.of(EventKind.values()), kinds.getCheckModel().getCheckedItems());
        robot.clickOn(kinds);
        robot.clickOn(checkBoxOf(robot, "Statements"));
        waitUntil("the statement gone", () -> entryViews(root, "2023-03-03").isEmpty());
        assertFalse(cal.kindProperty(EventKind.STATEMENT).get());
        assertFalse(entryViews(root, "2023-03-06..2023-03-07").isEmpty(), "visits stay");
        robot.interact(kinds::hide);
        robot.clickOn("Clear filters");
        assertTrue(kinds.getCheckModel().isChecked(EventKind.STATEMENT), "clearing the filters ticks every kind again");

        Entity landberg = cal.entityChoices().stream().filter(e -> e.name().equals("Christopher Landberg")).findFirst().orElseThrow();
        robot.clickOn("#addEvent");
        CheckListView<Entity> who = robot.lookup("#eventWho").query();
        robot.interact(() -> who.scrollTo(landberg));
        robot.clickOn(checkBoxOf(robot, landberg.name()));
        assertEquals(List.of(landberg), who.getCheckModel().getCheckedItems());
        robot.clickOn("#eventNote").write("met by hand");
        robot.clickOn("OK");
        waitUntil("the event added", () -> cal.selectedProperty().get() != null && cal.selectedProperty().get().manual());
        Event added = cal.selectedProperty().get();
        assertEquals(List.of(landberg.id()), added.whoIds());
        assertEquals("met by hand", added.note());
        waitUntil("the notification", () -> robot.lookup(".notification-bar").tryQuery().isPresent());
    }

    @Test
    void aTypedDateJumpsThereAndGoToEventsReachesMarchInOneAction(FxRobot robot) throws Exception {
        robot.interact(() -> window.view().openCalendar());
        CalendarView pane = window.view().calendarWindow().view();
        EventCalendar cal = pane.calendarView();
        waitUntil("the month with the most events", () -> YearMonth.of(2023, 3).equals(YearMonth.from(cal.getDate())));

        DatePicker picker = robot.lookup("#jumpDate").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write("6 Jul 2024").type(KeyCode.ENTER);
        waitUntil("July 2024", () -> LocalDate.of(2024, 7, 6).equals(cal.getDate()));
        assertEquals(YearMonth.of(2024, 7), YearMonth.from(cal.getMonthPage().getMonthView().getDate()));
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write("June 2025").type(KeyCode.ENTER);
        waitUntil("June 2025", () -> LocalDate.of(2025, 6, 1).equals(cal.getDate()));
        assertTrue(entryViews(pane.root(), "2023-03-06..2023-03-07").isEmpty());

        robot.clickOn("#goToEvents"); // one action from June 2025 to the sample pair's events
        waitUntil("March 2023", () -> YearMonth.of(2023, 3).equals(YearMonth.from(cal.getDate())));
        waitUntil("the March visit's entry", () -> !entryViews(pane.root(), "2023-03-06..2023-03-07").isEmpty());
        List<MonthEntryView> shown = new ArrayList<>(entryViews(pane.root(), "2023-03-06..2023-03-07"));
        shown.addAll(entryViews(pane.root(), "2023-03-03"));
        for (MonthEntryView v : shown) {
            String title = v.getEntry().getTitle();
            assertTrue(title.length() <= EventText.SHORT_TITLE_MAX, title);
        }
        assertEquals("Visit: Christopher Landberg", shown.get(0).getEntry().getTitle());
        snapshot(pane.root(), "calendar-go-to-events.png");

        // the agenda lists from the day shown, not from today (CalendarFX's own binding), so March's events are in it
        robot.interact(cal::showDayPage);
        var agenda = cal.getDayPage().getAgendaView();
        assertEquals(cal.getDate(), agenda.getDate());
        waitUntil("the visit in the agenda", () -> agenda.getListView().getItems().stream()
                .anyMatch(a -> a.getEntries().stream().anyMatch(e -> e.getTitle().equals("Visit: Christopher Landberg"))));
    }

    /** The colour a region shows through: its own opaque-ish background, else the nearest ancestor's. */
    private static Color shownFill(Region r) {
        for (Node n = r; n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                for (var f : region.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.5) return c;
                }
            }
        }
        throw new AssertionError("nothing paints behind " + r);
    }

    @Test
    void theDarkThemeDarkensTheCalendarGridAndItsTitle(FxRobot robot) throws Exception {
        robot.interact(() -> vm.themeProperty().set(Settings.Theme.DARK));
        robot.interact(() -> window.view().openCalendar());
        CalendarView pane = window.view().calendarWindow().view();
        waitUntil("the March visit's entry", () -> !entryViews(pane.root(), "2023-03-06..2023-03-07").isEmpty());
        assertTrue(pane.root().getStyleClass().contains("theme-dark"), pane.root().getStyleClass().toString());
        Region day = (Region) pane.root().lookup(".month-view > .container > .day");
        Region page = (Region) pane.root().lookup(".calendar-page");
        for (Region r : List.of(day, page)) {
            Color fill = shownFill(r);
            assertTrue(fill.getBrightness() < 0.3, r.getStyleClass() + " is dark: " + fill);
        }
        Text title = (Text) pane.root().lookup(".calendar-page > .container > .header > .date-text");
        assertTrue(((Color) title.getFill()).getBrightness() > 0.6, "the month title is light on dark: " + title.getFill());
        snapshot(pane.root(), "calendar-dark.png");

        robot.interact(() -> vm.themeProperty().set(Settings.Theme.LIGHT)); // follows the main window's theme
        waitUntil("light again", () -> pane.root().getStyleClass().contains("theme-light"));
        WaitForAsyncUtils.waitForFxEvents();
        Color light = shownFill((Region) pane.root().lookup(".month-view > .container > .day"));
        assertTrue(light.getBrightness() > 0.9, "CalendarFX's own white in the light theme: " + light);
    }
}
