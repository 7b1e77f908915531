package org.parallax.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.CalendarView;

import org.parallax.Parallax;

/**
 * Walks the real window through each view for {@code src/build/screenshots.sh} and captures the X screen after each
 * step with ImageMagick's {@code import}, as {@code OUT_DIR/<view>-<SUFFIX>.png}. Views are reached the way a user
 * reaches them: menu items (found by their text), tabs, the library list's selection and the calendar's own buttons,
 * never through the application's classes, so the tour keeps working while the views change. A step whose way in is
 * gone is reported on stderr and skipped; the exit code is the number of skipped steps. Not part of the shipped jar.
 *
 * <p>Usage: {@code ScreenTour OUT_DIR SUFFIX LIBRARY}, under a running X server ({@code $DISPLAY}); the theme and the
 * window size come from the settings folder named by {@code -Dparallax.configDir}; {@code -Dtour.month=YYYY-MM} is the
 * month the calendar shows (after its own "Go to events").
 */
public final class ScreenTour {
    private static final int START_SECONDS = 180;
    private static final long SETTLE_MILLIS = 1500;
    private final Path out;
    private final String suffix;
    private final List<String> skipped = new ArrayList<>();

    private ScreenTour(Path out, String suffix) {
        this.out = out;
        this.suffix = suffix;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ScreenTour OUT_DIR SUFFIX LIBRARY");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Thread app = new Thread(() -> {
            try {
                Parallax.main(new String[] {"--library", args[2]});
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "parallax-main");
        app.setDaemon(true);
        app.start();
        ScreenTour tour = new ScreenTour(out, args[1]);
        int code;
        try {
            tour.run();
            code = tour.skipped.size();
        } catch (RuntimeException e) {
            e.printStackTrace(System.err);
            code = 100;
        }
        if (!tour.skipped.isEmpty()) System.err.println("skipped: " + String.join(", ", tour.skipped));
        Runtime.getRuntime().halt(code);
    }

    private void run() throws Exception {
        await(START_SECONDS, "the main window with two articles and entities", () -> {
            Stage main = mainStage();
            if (main == null) return false;
            ListView<?> list = (ListView<?>) main.getScene().getRoot().lookup("#libraryList");
            ListView<?> entities = (ListView<?>) main.getScene().getRoot().lookup("#entityGroups");
            return list != null && list.getItems().size() >= 2 && entities != null && !entities.getItems().isEmpty();
        });
        settle(3000);
        shot("reader");

        step("entities", () -> {
            ListView<?> groups = (ListView<?>) lookup(mainStage(), "#entityGroups");
            // the first row is a type's heading; the second is its first entity, whose mentions fill the lower list
            groups.getSelectionModel().select(1);
            groups.requestFocus();
        });
        step("annotate", () -> {
            selectTab("Annotate");
            ListView<?> notes = (ListView<?>) lookup(mainStage(), "#notesList");
            if (notes != null && !notes.getItems().isEmpty()) notes.getSelectionModel().select(0);
        });
        fx(() -> selectTab("Entities"));

        step("compare", () -> {
            // the reader's own "Compare side by side" link to the open article's other version; else the first two
            Node link = find(mainStage().getScene().getRoot(), n -> n instanceof Hyperlink h && "Compare side by side".equals(h.getText()));
            if (link != null) {
                ((Hyperlink) link).fire();
                return;
            }
            ListView<?> list = (ListView<?>) lookup(mainStage(), "#libraryList");
            list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            list.getSelectionModel().selectIndices(0, 1);
            menuItem("Compare selected articles").fire();
        }, () -> fillScreen(newestOtherStage()));
        closeOthers();

        step("calendar-month", () -> menuItem("Calendar").fire(), () -> {
            Stage cal = fillScreen(newestOtherStage());
            Button go = (Button) find(cal.getScene().getRoot(), n -> n instanceof Button b && "Go to events".equals(b.getText()));
            if (go == null) throw new IllegalStateException("no Go to events button");
            return cal;
        }, () -> {
            // the calendar's own "Go to events" first; then the month the caller asked for (the story's), if any
            fx(() -> ((Button) find(newestOtherStage().getScene().getRoot(),
                    n -> n instanceof Button b && "Go to events".equals(b.getText()))).fire());
            settleQuietly();
            String month = System.getProperty("tour.month", "");
            if (!month.isBlank()) {
                // typed into the calendar's own date field when it has one
                LocalDate first = LocalDate.parse(month + "-01");
                fx(() -> {
                    Node picker = find(newestOtherStage().getScene().getRoot(), n -> n instanceof DatePicker);
                    if (picker != null) ((DatePicker) picker).setValue(first);
                    else calendar().setDate(first);
                });
                settleQuietly();
            }
            fx(this::selectFirstEvent);
        });
        // the window's own Day/Month/Year buttons, which also keep the calendar's page in step with the toolbar
        step("calendar-year", () -> pageButton("Year", () -> calendar().showYearPage()));
        step("calendar-agenda", () -> pageButton("Day", () -> calendar().showDayPage()));
        closeOthers();

        step("feeds", () -> {
            Node feeds = lookup(mainStage(), ".feeds-pane");
            if (feeds == null || !feeds.isVisible()) throw new IllegalStateException("the feeds pane is not shown");
            ListView<?> list = (ListView<?>) lookup(mainStage(), "#feedList");
            if (list != null && !list.getItems().isEmpty()) list.getSelectionModel().select(0);
        });
        fx(() -> {
            ListView<?> list = (ListView<?>) lookup(mainStage(), "#feedList");
            if (list != null) list.getSelectionModel().clearSelection();
        });

        step("export-menu", () -> menu("File").show());
        fx(() -> menu("File").hide());
        dialog("export", () -> menuItem("Export notes as PDF…").fire());
        closeOthers();

        dialog("help", () -> menuItem("Keyboard shortcuts").fire());
        dialog("getting-started", () -> menuItem("Getting started").fire());
    }

    /** Fires the calendar window's own page button labelled {@code text}, or {@code fallback} when it has none. */
    private void pageButton(String text, Runnable fallback) {
        Node b = find(newestOtherStage().getScene().getRoot(), n -> n instanceof javafx.scene.control.ButtonBase x && text.equals(x.getText()));
        if (b != null) ((javafx.scene.control.ButtonBase) b).fire();
        else fallback.run();
    }

    /**
     * Runs {@code open} later on the FX thread (it may wait in a nested loop until the dialog closes), captures only the
     * dialog it opened (there is no window manager to draw its frame) and closes it.
     */
    private void dialog(String name, Runnable open) throws InterruptedException {
        try {
            fx(() -> Platform.runLater(open));
            await(30, name + " to open", () -> newestOtherStage() != null);
            settle(SETTLE_MILLIS);
            // a preview still being drawn ("Rendering the preview…") is waited for, up to 30 s more
            try {
                await(30, name + " to finish rendering", () -> find(newestOtherStage().getScene().getRoot(), n -> n.isVisible()
                        && (n instanceof Labeled l && String.valueOf(l.getText()).startsWith("Rendering")
                        || n instanceof Text t && String.valueOf(t.getText()).startsWith("Rendering"))) == null);
                settle(SETTLE_MILLIS);
            } catch (IllegalStateException slow) {
                System.err.println(name + ": " + slow.getMessage() + "; captured as it is");
            }
            CompletableFuture<Window> w = new CompletableFuture<>();
            Platform.runLater(() -> w.complete(newestOtherStage()));
            shot(name, w.get(30, TimeUnit.SECONDS));
        } catch (RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("step " + name + " skipped: " + e.getMessage());
            skipped.add(name);
        }
        closeOthers();
    }

    /** Runs {@code action} on the FX thread, lets the screen settle and captures it as {@code name}. */
    private void step(String name, Runnable action) throws InterruptedException {
        step(name, action, null, null);
    }

    private void step(String name, Runnable action, Supplier<Object> ready) throws InterruptedException {
        step(name, action, ready, null);
    }

    private static void settleQuietly() {
        try {
            settle(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code action}, then waits (up to 30 s) for {@code ready} to return non-null without throwing (a window that
     * the action opened, say), runs {@code then} (on this thread; null for nothing), settles and captures; a failure
     * skips the step.
     */
    private void step(String name, Runnable action, Supplier<Object> ready, Runnable then) throws InterruptedException {
        try {
            fx(action);
            if (ready != null) {
                await(30, name + " to open", () -> {
                    try {
                        return ready.get() != null;
                    } catch (RuntimeException e) {
                        return false;
                    }
                });
            }
            if (then != null) {
                settle(SETTLE_MILLIS);
                then.run();
            }
            settle(SETTLE_MILLIS);
            shot(name);
        } catch (RuntimeException e) {
            System.err.println("step " + name + " skipped: " + e.getMessage());
            skipped.add(name);
        }
    }

    private void shot(String name) throws InterruptedException {
        shot(name, null);
    }

    /** Captures the screen, or only {@code window}'s part of it (in device pixels) when given. */
    private void shot(String name, Window window) throws InterruptedException {
        Path file = out.resolve(name + "-" + suffix + ".png");
        List<String> cmd = new ArrayList<>(List.of("import", "-window", "root"));
        if (window != null) {
            double sx = window.getOutputScaleX();
            double sy = window.getOutputScaleY();
            cmd.addAll(List.of("-crop", String.format(java.util.Locale.ROOT, "%dx%d+%d+%d",
                    Math.round(window.getWidth() * sx), Math.round(window.getHeight() * sy),
                    Math.max(0, Math.round(window.getX() * sx)), Math.max(0, Math.round(window.getY() * sy))), "+repage"));
        }
        cmd.add(file.toString());
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("import failed for " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run import: " + e.getMessage(), e);
        }
        System.out.println("captured " + file);
    }

    /** Two FX pulses and a pause, so layout, CSS and background loads have reached the screen. */
    private static void settle(long millis) throws InterruptedException {
        fx(() -> { });
        Thread.sleep(millis);
        fx(() -> { });
    }

    /** Runs {@code r} on the FX thread and waits for it (up to 30 s); what it threw is rethrown. */
    private static void fx(Runnable r) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer: " + e, e);
        }
    }

    private static void await(int seconds, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    try {
                        f.complete(condition.getAsBoolean());
                    } catch (RuntimeException e) {
                        f.complete(false);
                    }
                });
                if (f.get(30, TimeUnit.SECONDS)) return;
            } catch (Exception e) {
                // the toolkit is not up yet ("Toolkit not initialized"), or busy: ask again
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    /** The window whose scene holds the menu bar. */
    private static Stage mainStage() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null && s.getScene().getRoot().lookup(".menu-bar") != null) return s;
        }
        return null;
    }

    /** The last opened showing window other than the main one. */
    private Stage newestOtherStage() {
        Stage main = mainStage();
        ObservableList<Window> all = Window.getWindows();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof Stage s && s != main && s.isShowing()) return s;
        }
        throw new IllegalStateException("no second window");
    }

    private static Stage fillScreen(Stage s) {
        s.setX(0);
        s.setY(0);
        s.setWidth(mainStage().getWidth());
        s.setHeight(mainStage().getHeight());
        return s;
    }

    private void closeOthers() {
        fx(() -> {
            Stage main = mainStage();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != main && w instanceof Stage s) s.close();
            }
        });
    }

    /** Selects the first event of the month shown (a visit if there is one), so the side panel shows its details. */
    private void selectFirstEvent() {
        CalendarView cal = calendar();
        LocalDate first = cal.getDate().withDayOfMonth(1);
        List<Entry<?>> entries = new ArrayList<>();
        for (CalendarSource source : cal.getCalendarSources()) {
            for (Calendar<?> c : source.getCalendars()) {
                Map<LocalDate, List<Entry<?>>> found = c.findEntries(first, first.plusMonths(1).minusDays(1), ZoneId.systemDefault());
                found.values().forEach(entries::addAll);
            }
        }
        entries.stream()
                .sorted(Comparator.comparing((Entry<?> e) -> !String.valueOf(e.getTitle()).startsWith("Visit"))
                        .thenComparing(Entry::getStartDate))
                .findFirst()
                .ifPresent(e -> cal.getSelections().add(e));
    }

    private CalendarView calendar() {
        Node n = find(newestOtherStage().getScene().getRoot(), c -> c instanceof CalendarView);
        if (n == null) throw new IllegalStateException("no calendar in the newest window");
        return (CalendarView) n;
    }

    private static Node lookup(Stage stage, String selector) {
        return stage.getScene().getRoot().lookup(selector);
    }

    private static void selectTab(String text) {
        for (Node n : mainStage().getScene().getRoot().lookupAll(".tab-pane")) {
            for (Tab t : ((TabPane) n).getTabs()) {
                if (text.equals(t.getText())) {
                    t.getTabPane().getSelectionModel().select(t);
                    return;
                }
            }
        }
        throw new IllegalStateException("no tab " + text);
    }

    private static Menu menu(String text) {
        MenuBar bar = (MenuBar) lookup(mainStage(), ".menu-bar");
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals(text)) return m;
        }
        throw new IllegalStateException("no menu " + text);
    }

    private static MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) lookup(mainStage(), ".menu-bar");
        for (Menu m : bar.getMenus()) {
            Optional<MenuItem> hit = findItem(m.getItems(), text);
            if (hit.isPresent()) return hit.get();
        }
        throw new IllegalStateException("no menu item " + text);
    }

    private static Optional<MenuItem> findItem(List<MenuItem> items, String text) {
        for (MenuItem i : items) {
            if (text.equals(i.getText())) return Optional.of(i);
            if (i instanceof Menu sub) {
                Optional<MenuItem> hit = findItem(sub.getItems(), text);
                if (hit.isPresent()) return hit;
            }
        }
        return Optional.empty();
    }

    /** The first node under {@code root} (depth first, itself included) that {@code test} accepts, or null. */
    private static Node find(Node root, java.util.function.Predicate<Node> test) {
        if (test.test(root)) return root;
        if (root instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node hit = find(c, test);
                if (hit != null) return hit;
            }
        }
        return null;
    }
}
