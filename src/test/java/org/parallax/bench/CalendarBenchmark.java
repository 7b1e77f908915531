package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.parallax.calendar.CalendarRange;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventFilter;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.ui.calendar.CalendarView;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.ui.common.ImmediateTaskRunner;

/**
 * How long the calendar takes to open a month in a library of 10,000 events (a main class; the report goes to
 * standard output). It builds a library of 200 articles, 400 entities and N events over 2019-2024 (one in ten of
 * month precision, day events lasting one to three days), then times: (1) the core query of one month
 * ({@link CalendarService#month}), and (2) the screen: moving the CalendarFX month view to a month, which fires its
 * LoadEvent, loads that range only and adds the entries, then CSS and layout of the window (headless Monocle,
 * software rendering), and a snapshot as the first paint.
 * Run: {@code mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parallax.bench.CalendarBenchmark [events]}
 */
public final class CalendarBenchmark {
    private CalendarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("parallax-calendar-bench");
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            long t0 = System.nanoTime();
            fill(db, n);
            System.out.printf(Locale.ROOT, "library: %d events written in %d ms (%s)%n", n, ms(t0), file);
            CalendarService service = new CalendarService(db, new ArticleRepository(db));
            core(service);
            screen(db, service);
        } finally {
            Platform.exit();
        }
    }

    private static void fill(Database db, int n) {
        ArticleRepository articles = new ArticleRepository(db);
        List<Long> articleIds = new ArrayList<>();
        String text = "A delegation visited the capital. The ministry said so on Friday.";
        for (int i = 0; i < 200; i++) {
            ArticleMeta meta = new ArticleMeta("Article " + i, false, null, "Outlet " + (i % 7), null, null,
                    LocalDate.of(2023, 1, 1), DateSource.FILE_HEADER, null, null, "plaintext", "en");
            articleIds.add(articles.insert(new ArticleDraft(meta, text + " #" + i, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))),
                    "bench-" + i, Instant.EPOCH));
        }
        EntityRepository entities = new EntityRepository(db);
        EventRepository events = new EventRepository(db);
        Random rnd = new Random(7);
        db.write(c -> {
            List<Long> people = new ArrayList<>();
            List<Long> places = new ArrayList<>();
            for (int i = 0; i < 300; i++) people.add(entities.create(c, EntityType.PERSON, "Person " + i, List.of()));
            for (int i = 0; i < 100; i++) places.add(entities.create(c, EntityType.LOCATION, "Place " + i, List.of()));
            LocalDate first = LocalDate.of(2019, 1, 1);
            for (int i = 0; i < n; i++) {
                LocalDate start = first.plusDays(rnd.nextInt(6 * 365));
                DateRange when = rnd.nextInt(10) == 0
                        ? new DateRange(start.withDayOfMonth(1), YearMonth.from(start).atEndOfMonth(), DatePrecision.MONTH)
                        : new DateRange(start, start.plusDays(rnd.nextInt(3)), DatePrecision.DAY);
                EventKind kind = EventKind.values()[rnd.nextInt(3)];
                long article = articleIds.get(rnd.nextInt(articleIds.size()));
                long id = events.insert(c, kind, when, List.of(people.get(rnd.nextInt(people.size()))),
                        List.of(places.get(rnd.nextInt(places.size()))), new EventSource(article, 0, 33, text.substring(0, 33)));
                if (rnd.nextBoolean()) {
                    long other = articleIds.get(rnd.nextInt(articleIds.size()));
                    events.addSource(c, id, kind, when, List.of(), List.of(), new EventSource(other, 34, 65, text.substring(34, 65)));
                }
            }
            return null;
        });
    }

    private static void core(CalendarService service) {
        YearMonth[] months = {YearMonth.of(2023, 3), YearMonth.of(2021, 7), YearMonth.of(2019, 1), YearMonth.of(2024, 11)};
        for (int warm = 0; warm < 3; warm++) for (YearMonth m : months) service.month(m, EventFilter.all());
        long[] times = new long[40];
        int size = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            // the month page shows six weeks around the month
            YearMonth m = months[i % months.length];
            CalendarRange r = service.range(m.atDay(1).minusDays(7), m.atEndOfMonth().plusDays(14), EventFilter.all());
            times[i] = System.nanoTime() - t;
            size = r.size();
        }
        System.out.print(report("core: events of one month view (6 weeks, ~" + size + " events)", times));
        long t = System.nanoTime();
        YearMonth busiest = service.busiestMonth(EventFilter.all()).orElseThrow();
        System.out.printf(Locale.ROOT, "core: busiest month over all events (%s): %.1f ms%n", busiest, (System.nanoTime() - t) / 1e6);
    }

    private static void screen(Database db, CalendarService service) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(screenOnFx(db, service));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        System.out.print(done.get(10, TimeUnit.MINUTES));
    }

    private static String screenOnFx(Database db, CalendarService service) {
        StringBuilder out = new StringBuilder();
        CalendarViewModel vm = new CalendarViewModel(service, new EntityRepository(db), new ImmediateTaskRunner(),
                (id, s, e) -> { }, id -> java.util.Set.of(id));
        long t = System.nanoTime();
        CalendarView pane = CalendarView.load(vm);
        List<String> loads = new ArrayList<>();
        pane.calendarView().addEventHandler(com.calendarfx.model.LoadEvent.LOAD,
                e -> loads.add(e.getSourceName() + " " + e.getStartDate() + ".." + e.getEndDate()));
        Stage stage = new Stage();
        stage.setScene(new Scene(pane.root(), 1180, 760));
        stage.show();
        pane.root().applyCss();
        pane.root().layout();
        out.append(String.format(Locale.ROOT, "screen: build and show the window (CalendarFX controls, first CSS and layout): %d ms%n", ms(t)));
        t = System.nanoTime();
        vm.start(); // picks the busiest month and moves the view there
        pane.root().applyCss();
        pane.root().layout();
        out.append(String.format(Locale.ROOT, "screen: open on the busiest month (query, move, load, layout): %d ms%n", ms(t)));
        YearMonth[] months = {YearMonth.of(2023, 3), YearMonth.of(2021, 7), YearMonth.of(2019, 2), YearMonth.of(2024, 11),
                YearMonth.of(2020, 5), YearMonth.of(2022, 9)};
        out.append("screen: load events while opening: " + loads.size() + " " + loads.subList(0, Math.min(8, loads.size())) + "\n");
        loads.clear();
        show(pane, YearMonth.of(2022, 2));
        out.append("screen: load events for one month move: " + loads.size() + "\n");
        for (int warm = 0; warm < 2; warm++) for (YearMonth m : months) show(pane, m);
        long[] layout = new long[24];
        long[] paint = new long[24];
        int entries = 0;
        for (int i = 0; i < layout.length; i++) {
            YearMonth m = months[i % months.length];
            long s = System.nanoTime();
            show(pane, m);
            layout[i] = System.nanoTime() - s;
            long p = System.nanoTime();
            pane.root().snapshot(null, null);
            paint[i] = System.nanoTime() - p;
            entries = pane.calendarView().getCalendarSources().get(0).getCalendars().stream()
                    .mapToInt(c -> c.findEntries(m.atDay(1), m.atEndOfMonth(), java.time.ZoneId.systemDefault()).size()).sum();
        }
        out.append(report("screen: move to a month (LoadEvent, query, entries, CSS, layout)", layout));
        out.append(report("screen: first paint of that month (snapshot, software renderer)", paint));
        out.append(String.format(Locale.ROOT, "screen: days with entries in the last month shown: %d%n", entries));
        stage.close();
        return out.toString();
    }

    private static void show(CalendarView pane, YearMonth m) {
        pane.calendarView().setDate(m.atDay(15));
        pane.root().applyCss();
        pane.root().layout();
    }

    private static String report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        String line = String.format(Locale.ROOT, "%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n", what,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6, s.length);
        return line;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
