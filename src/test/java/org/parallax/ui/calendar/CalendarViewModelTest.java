package org.parallax.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventDraft;
import org.parallax.calendar.SampleLibrary;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.store.EntityRepository;
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
        assertTrue(vm.detailsTitleProperty().get().startsWith("Visit: Christopher A. Landberg"), vm.detailsTitleProperty().get());
        assertTrue(vm.who().contains("Christopher A. Landberg"));
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
}
