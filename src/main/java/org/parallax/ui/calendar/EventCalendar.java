package org.parallax.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.MonthEntryView;
import com.calendarfx.view.page.DayPage;
import com.calendarfx.view.page.YearPage;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Tooltip;

import org.parallax.calendar.EventText;
import org.parallax.model.Event;
import org.parallax.model.EventKind;

/**
 * CalendarFX's calendar control set up for events: month, year and agenda pages, one read-only calendar (colour) per
 * event kind, day-precision events as full-day entries loaded only for the range CalendarFX asks for
 * ({@link LoadEvent}). It is view code: what to load and what a click selects go through the {@link CalendarViewModel}
 * given to {@link #attach}.
 */
public class EventCalendar extends CalendarView {
    /** CalendarFX's predefined styles, one per kind; calendar.css gives the legend the same colours. */
    static final Map<EventKind, Calendar.Style> STYLES = Map.of(EventKind.VISIT, Calendar.Style.STYLE1,
            EventKind.MEETING, Calendar.Style.STYLE2, EventKind.STATEMENT, Calendar.Style.STYLE3);

    private final Map<EventKind, Calendar> calendars = new EnumMap<>(EventKind.class);
    private final Set<Long> shown = new HashSet<>();
    private final Map<String, LocalDate[]> visibleRanges = new LinkedHashMap<>();
    private boolean adding;
    private int loadedVersion = -1;
    private CalendarViewModel vm;

    public EventCalendar() {
        super(Page.DAY, Page.MONTH, Page.YEAR);
        CalendarSource source = new CalendarSource("Events");
        for (EventKind k : EventKind.values()) {
            Calendar c = new Calendar(EventText.kindLabel(k) + "s");
            c.setStyle(STYLES.get(k));
            c.setReadOnly(true); // edits go through the Add/Edit buttons, which keep the store the truth
            calendars.put(k, c);
            source.getCalendars().add(c);
        }
        getCalendarSources().setAll(source);
        setShowAddCalendarButton(false);
        setShowPrintButton(false);
        setShowSourceTrayButton(false);
        setShowSearchField(false);
        setShowSourceTray(false);
        getDayPage().setDayPageLayout(DayPage.DayPageLayout.AGENDA_ONLY);
        // the agenda lists a quarter from the day shown (CalendarFX's default month is often empty for news events)
        getDayPage().getAgendaView().setLookAheadPeriodInDays(92);
        // CalendarFX's day page skin ties the agenda to today; news events are in the past: list from the date shown
        getDayPage().skinProperty().addListener((o, was, now) -> {
            if (now != null) {
                getDayPage().getAgendaView().dateProperty().unbind();
                getDayPage().getAgendaView().setDate(getDayPage().getDate());
            }
        });
        // twelve small months in a grid, scrolling (calendar.css sizes them to fit four across); the month-sheet mode
        // has a minimum width wider than the pane, which clips its header and January
        getYearPage().setDisplayMode(YearPage.DisplayMode.GRID);
        // a multi-day entry is named again where it continues on the next week row (RowEntryView); its label is cut
        // at its day cell's edge, so the tooltip says it whole
        getMonthPage().getMonthView().setEntryViewFactory(entry -> {
            MonthEntryView view = new RowEntryView(entry);
            String full = entry.getUserObject() instanceof Event e ? EventText.summary(e) : entry.getTitle();
            Tooltip.install(view, new Tooltip(full));
            return view;
        });
        setContextMenuCallback(p -> null);
        setEntryContextMenuCallback(p -> null);
        showMonthPage();
    }

    /** Connects the control to its view model: loads on demand, selects on click, follows the month both ways. */
    public void attach(CalendarViewModel model) {
        this.vm = model;
        setEntryDetailsCallback(p -> {
            chooseEvent(p.getEntry());
            return true;
        });
        addEventHandler(LoadEvent.LOAD, evt -> {
            if (adding) return; // our own entries arriving, not a new range
            LocalDate[] range = {evt.getStartDate(), evt.getEndDate()};
            LocalDate[] before = visibleRanges.put(evt.getSourceName(), range);
            // CalendarFX asks again after every change it draws; a range already loaded under this filter is not re-read
            if (before != null && Arrays.equals(before, range) && loadedVersion == vm.reloadCountProperty().get()) return;
            loadedVersion = vm.reloadCountProperty().get();
            vm.load(range[0], range[1], this::addEntries);
        });
        getSelections().addListener((SetChangeListener<Entry<?>>) c -> {
            if (c.wasAdded()) chooseEvent(c.getElementAdded());
        });
        dateProperty().addListener((o, was, now) -> vm.monthProperty().set(YearMonth.from(now)));
        vm.reloadCountProperty().addListener((o, was, now) -> reload());
        vm.monthProperty().addListener((o, was, now) -> {
            if (now != null && !YearMonth.from(getDate()).equals(now)) setDate(now.atDay(1));
        });
        vm.targetProperty().addListener((o, was, now) -> {
            if (now != null) setDate(now); // a jump to a day: the day and agenda pages show that day, not the 1st
        });
    }

    private void chooseEvent(Entry<?> entry) {
        if (entry != null && entry.getUserObject() instanceof Event e) vm.select(e);
    }

    /** Adds entries for events not shown yet; an event spanning days is one full-day entry over its interval. */
    void addEntries(List<Event> events) {
        Map<EventKind, List<Entry<?>>> fresh = new EnumMap<>(EventKind.class);
        for (Event e : events) {
            if (shown.add(e.id())) fresh.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(entry(e, vm.entryTitle(e)));
        }
        // one change per calendar: CalendarFX asks to load again on every change, which must not recurse per entry
        adding = true;
        try {
            fresh.forEach((k, list) -> calendars.get(k).addEntries(list));
        } finally {
            adding = false;
        }
    }

    /**
     * The CalendarFX entry of a day-precision event: full day, first to last day, the event as user object, titled
     * {@code title} (the short title: a cell has room for little more).
     */
    public static Entry<Event> entry(Event e, String title) {
        Entry<Event> entry = new Entry<>(title);
        entry.setId(String.valueOf(e.id()));
        entry.setInterval(e.when().start(), e.when().end());
        entry.setFullDay(true);
        entry.setUserObject(e);
        return entry;
    }

    private void reload() {
        for (Calendar c : calendars.values()) c.clear();
        shown.clear();
        loadedVersion = vm.reloadCountProperty().get();
        for (LocalDate[] r : visibleRanges.values()) vm.load(r[0], r[1], this::addEntries);
    }
}
