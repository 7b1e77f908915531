package org.parallax.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventDraft;
import org.parallax.calendar.EventText;
import org.parallax.calendar.SampleLibrary;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.store.EntityRepository;
import org.parallax.ui.common.TaskHandle;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The calendar view model without a toolkit, on the processed samples, with tasks run at once. */
class CalendarViewModelTest {
    @TempDir
    Path dir;
    private SampleLibrary lib;
    private CalendarViewModel vm;
    private final List<int[]> opened = new ArrayList<>();
    private final List<Long> openedArticles = new ArrayList<>();

    @BeforeEach
    void open() {
        lib = SampleLibrary.open(dir.resolve("library.db"));
        vm = new CalendarViewModel(new CalendarService(lib.ctx.database(), lib.ctx.articles()),
                new EntityRepository(lib.ctx.database()), new ImmediateTaskRunner(), (id, s, e) -> {
                    openedArticles.add(id);
                    opened.add(new int[] {s, e});
                }, id -> Set.of(lib.outletA, lib.outletB));
        vm.start();
    }

    @AfterEach
    void close() {
        lib.ctx.close();
    }

    private List<Event> load(YearMonth m) {
        List<Event> out = new ArrayList<>();
        vm.load(m.atDay(1), m.atEndOfMonth(), out::addAll);
        return out;
    }

    @Test
    void opensOnTheBusiestMonthAndLoadsOnlyTheAskedRange() {
        assertEquals(YearMonth.of(2023, 3), vm.monthProperty().get());
        assertEquals(List.of("2023-03-03", "2023-03-06..2023-03-07"), load(YearMonth.of(2023, 3)).stream().map(e -> e.when().toString()).toList());
        assertEquals(List.of("2023-02-16..2023-02-17"), load(YearMonth.of(2023, 2)).stream().map(e -> e.when().toString()).toList());
    }

    @Test
    void untickingAKindOrChoosingAnEntityFiltersAndAsksForAReload() {
        int before = vm.reloadCountProperty().get();
        vm.kindProperty(EventKind.STATEMENT).set(false);
        assertTrue(vm.reloadCountProperty().get() > before);
        assertEquals(List.of("2023-03-06..2023-03-07"), load(YearMonth.of(2023, 3)).stream().map(e -> e.when().toString()).toList());
        vm.entityFilterProperty().set(vm.entityChoices().stream().filter(e -> e.name().equals("Derek Chollet")).findFirst().orElseThrow());
        assertTrue(load(YearMonth.of(2023, 3)).isEmpty());
        assertEquals(1, load(YearMonth.of(2023, 2)).size());
    }

    @Test
    void selectingShowsWhoWhereAndSourcesAndOpenPassesTheSentence() {
        Event visit = SampleLibrary.find(load(YearMonth.of(2023, 3)), "2023-03-06..2023-03-07");
        vm.select(visit);
        assertTrue(vm.detailsTitleProperty().get().startsWith("Visit: Christopher Landberg"), vm.detailsTitleProperty().get());
        assertTrue(vm.who().contains("Christopher Landberg"));
        assertTrue(vm.where().contains("Pakistan"));
        assertEquals(visit.sources().size(), vm.sources().size());
        CalendarViewModel.SourceItem b = vm.sources().stream().filter(s -> s.source().articleId() == lib.outletB).findFirst().orElseThrow();
        vm.open(b);
        assertEquals(List.of(lib.outletB), openedArticles);
        assertEquals(b.source().sentenceStart(), opened.get(0)[0]);
        assertEquals(b.source().sentenceEnd(), opened.get(0)[1]);
    }

    @Test
    void refreshFindsEventsAddedSinceAndAsksForAReload() {
        new CalendarService(lib.ctx.database(), lib.ctx.articles()).add(new EventDraft(EventKind.VISIT,
                DateRange.day(LocalDate.of(2023, 3, 20)), List.of(), List.of(), List.of(), "later visit"));
        int before = vm.reloadCountProperty().get();
        vm.refresh();
        assertTrue(vm.reloadCountProperty().get() > before);
        assertEquals(YearMonth.of(2023, 3), vm.monthProperty().get(), "the month shown stays");
        assertEquals(3, load(YearMonth.of(2023, 3)).size());
    }

    @Test
    void monthEventsGoToTheBandAndManualEditsReload() {
        vm.save(null, new EventDraft(EventKind.MEETING, new DateRange(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31),
                DatePrecision.MONTH), List.of(), List.of(), List.of(), "talks in March"));
        assertEquals(1, vm.monthBand().size());
        assertEquals(DatePrecision.MONTH, vm.monthBand().get(0).when().precision());
        assertTrue(load(YearMonth.of(2023, 3)).stream().allMatch(e -> e.when().precision() == DatePrecision.DAY), "never on a day");
        Event added = vm.selectedProperty().get();
        assertTrue(added.manual());
        vm.delete(added);
        assertTrue(vm.monthBand().isEmpty());
        assertEquals(null, vm.selectedProperty().get());
    }

    @Test
    void anEventWithTwoSourcesOffersTheCompareViewOnBothSentences() {
        List<Object[]> compared = new ArrayList<>();
        Event visit = SampleLibrary.find(load(YearMonth.of(2023, 3)), "2023-03-06..2023-03-07");
        vm.select(visit);
        assertTrue(!vm.canCompareProperty().get(), "no compare opener attached yet");
        vm.setCompareOpener((left, right, sentences) -> compared.add(new Object[] {left, right, sentences}));
        assertTrue(vm.canCompareProperty().get());

        vm.compareSources();
        assertEquals(1, compared.size());
        assertEquals(java.util.Set.of(lib.outletA, lib.outletB), java.util.Set.of(compared.get(0)[0], compared.get(0)[1]));
        assertEquals(visit.sources(), compared.get(0)[2]);

        vm.save(null, new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 20)), List.of(), List.of(),
                List.of(visit.sources().get(0)), "one source"));
        assertTrue(!vm.canCompareProperty().get(), "an event with one source opens only the reader");
        vm.compareSources();
        assertEquals(1, compared.size());
    }

    /**
     * A runner whose work runs on its own thread while results come back on the caller's, as the window's does:
     * shows where the story of the chosen article is looked up.
     */
    private static final class WorkerThreadRunner implements TaskRunner {
        final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-worker"));
        final ImmediateTaskRunner immediate = new ImmediateTaskRunner();

        @Override
        public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            return immediate.run(title, p -> worker.submit(() -> work.call(p)).get(), onSuccess, onFailure);
        }
    }

    @Test
    void theWholeStoryIsLookedUpOnTheWorkerOnceAndFiltersTheEvents() {
        List<String> threads = new CopyOnWriteArrayList<>();
        WorkerThreadRunner runner = new WorkerThreadRunner();
        try {
            CalendarViewModel story = new CalendarViewModel(new CalendarService(lib.ctx.database(), lib.ctx.articles()),
                    new EntityRepository(lib.ctx.database()), runner, (id, s, e) -> { }, id -> {
                        threads.add(Thread.currentThread().getName());
                        return Set.of(lib.outletA, lib.outletB);
                    });
            story.start();
            story.articleFilterProperty().set(story.articleChoices().stream().filter(a -> a.id() == lib.outletA).findFirst().orElseThrow());
            story.wholeStoryProperty().set(true);
            List<Event> march = new ArrayList<>();
            story.load(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), march::addAll);
            story.load(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), march::addAll);
            assertEquals(List.of("test-worker"), threads, "looked up once, never on the caller's (FX) thread");
            assertTrue(march.stream().anyMatch(e -> e.when().toString().equals("2023-03-06..2023-03-07")), march.toString());
        } finally {
            runner.worker.shutdownNow();
        }
    }

    @Test
    void clearingTheFiltersShowsEverythingAgain() {
        vm.kindProperty(EventKind.VISIT).set(false);
        vm.articleFilterProperty().set(vm.articleChoices().get(0));
        vm.clearFilters();
        assertEquals(new CalendarViewModel.FilterChoice(Set.of(EventKind.values()), null, null, false), vm.choice());
        assertEquals(3, load(YearMonth.of(2023, 3)).size() + load(YearMonth.of(2023, 2)).size());
    }

    @Test
    void deletingAFoundEventWarnsThatRecognitionBringsItBack() {
        Event visit = SampleLibrary.find(load(YearMonth.of(2023, 3)), "2023-03-06..2023-03-07");
        assertTrue(CalendarViewModel.deleteQuestion(visit).contains("brings it back"));
        vm.save(null, new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 20)), List.of(), List.of(), List.of(), "mine"));
        Event mine = vm.selectedProperty().get();
        assertEquals("Delete \u201c" + EventText.summary(mine) + "\u201d?", CalendarViewModel.deleteQuestion(mine));
        assertEquals("Event added.", vm.noticeProperty().get().text());
    }

    @Test
    void anotherProgramsWritesReloadTheCalendarOnlyOnceItWasOpened() {
        CalendarViewModel fresh = new CalendarViewModel(new CalendarService(lib.ctx.database(), lib.ctx.articles()),
                new EntityRepository(lib.ctx.database()), new ImmediateTaskRunner(), (id, s, e) -> { }, id -> Set.of());
        int before = fresh.reloadCountProperty().get();
        fresh.refreshIfOpened();
        assertEquals(before, fresh.reloadCountProperty().get(), "a calendar never opened reads nothing");
        fresh.start();
        int shown = fresh.reloadCountProperty().get();
        fresh.refreshIfOpened();
        assertTrue(fresh.reloadCountProperty().get() > shown, "an opened calendar reads its month again");
    }

    @Test
    void typedDatesOfEachFormJumpToTheirDayAndNonsenseMovesNothing() {
        for (String typed : List.of("2023-03-06", "6 Mar 2023", "6 march 2023", "March 6, 2023", "Mar 6 2023", "6/3/2023", "6th March 2023")) {
            assertEquals(java.util.Optional.of(LocalDate.of(2023, 3, 6)), TypedDates.parse(typed), typed);
        }
        assertEquals(java.util.Optional.of(LocalDate.of(2023, 3, 1)), TypedDates.parse("March 2023"));
        assertEquals(java.util.Optional.of(LocalDate.of(2023, 3, 1)), TypedDates.parse(" mar  2023 "));
        assertEquals(java.util.Optional.of(LocalDate.of(2023, 3, 1)), TypedDates.parse("2023-03"));
        assertEquals(java.util.Optional.of(LocalDate.of(2021, 1, 1)), TypedDates.parse("2021"));
        for (String bad : List.of("", "soon", "31 April 2023", "2023-13-01", "March")) {
            assertTrue(TypedDates.parse(bad).isEmpty(), bad);
        }

        assertTrue(vm.jumpTo("6 Mar 2023"));
        assertEquals(LocalDate.of(2023, 3, 6), vm.targetProperty().get());
        assertEquals(YearMonth.of(2023, 3), vm.monthProperty().get());
        assertTrue(vm.jumpTo("June 2025"));
        assertEquals(YearMonth.of(2025, 6), vm.monthProperty().get());
        assertTrue(!vm.jumpTo("someday"));
        assertEquals(YearMonth.of(2025, 6), vm.monthProperty().get(), "an unreadable date moves nothing");
        assertTrue(vm.noticeProperty().get().error() && vm.noticeProperty().get().text().contains("someday"));
    }

    @Test
    void goToEventsLooksForwardFirstThenBackAndWalksOnWhenPressedAgain() {
        vm.jumpTo(LocalDate.of(2025, 6, 15));
        vm.goToEvents(); // nothing after June 2025: the last month with events before it
        assertEquals(YearMonth.of(2023, 3), vm.monthProperty().get());
        vm.jumpTo(LocalDate.of(2020, 1, 1));
        vm.goToEvents(); // forward first: February's visit comes before March's events
        assertEquals(YearMonth.of(2023, 2), vm.monthProperty().get());
        vm.goToEvents();
        assertEquals(YearMonth.of(2023, 3), vm.monthProperty().get(), "pressed again: the next month with events");
        vm.save(null, new EventDraft(EventKind.MEETING, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                DatePrecision.YEAR), List.of(), List.of(), List.of(), "talks some time in 2024"));
        vm.jumpTo(LocalDate.of(2023, 3, 1));
        vm.goToEvents();
        assertEquals(YearMonth.of(2024, 1), vm.monthProperty().get(), "a year-precision event counts from its first month");
        vm.jumpTo(LocalDate.of(2024, 6, 1));
        vm.goToEvents(); // inside the year-long event, with nothing starting later: back to where it starts
        assertEquals(YearMonth.of(2024, 1), vm.monthProperty().get());

        vm.kindProperty(EventKind.VISIT).set(false);
        vm.kindProperty(EventKind.MEETING).set(false);
        vm.kindProperty(EventKind.STATEMENT).set(false);
        vm.goToEvents();
        assertEquals(YearMonth.of(2024, 1), vm.monthProperty().get(), "nothing to go to under these filters");
        assertEquals("No other month has events under these filters.", vm.noticeProperty().get().text());
    }

    @Test
    void entryTitlesAreTheShortTitleOfKindAndMainParticipant() {
        List<Event> march = load(YearMonth.of(2023, 3));
        Event visit = SampleLibrary.find(march, "2023-03-06..2023-03-07");
        assertEquals("Visit: Christopher Landberg \u2014 Pakistan", EventText.summary(visit), "the side panel's full title");
        for (Event e : march) {
            String title = vm.entryTitle(e);
            assertTrue(title.length() <= EventText.SHORT_TITLE_MAX, title);
            assertTrue(title.startsWith(EventText.kindLabel(e.kind())), title);
        }
        assertEquals("Visit: Christopher Landberg", vm.entryTitle(visit));
    }
}
