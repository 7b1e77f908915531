package org.parallax.ui.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.page.DayPage;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.parallax.calendar.EventText;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventKind;

/**
 * The calendar screen: CalendarFX month, year and agenda pages with one calendar (colour) per event kind and a
 * matching legend; day-precision events as full-day entries over their days, loaded only for the range CalendarFX
 * asks for ({@link LoadEvent}); coarser dates in a band under the calendar, never on a day; a details pane with the
 * selected event's people and places as chips and each source sentence with an Open button; filters and manual edits.
 */
public final class CalendarPane {
    /** CalendarFX's predefined styles, one per kind; calendar.css gives the legend the same colours. */
    static final Map<EventKind, Calendar.Style> STYLES = Map.of(EventKind.VISIT, Calendar.Style.STYLE1,
            EventKind.MEETING, Calendar.Style.STYLE2, EventKind.STATEMENT, Calendar.Style.STYLE3);

    private final CalendarViewModel vm;
    private final BorderPane root = new BorderPane();
    private final CalendarView calendarView = new CalendarView(CalendarView.Page.DAY, CalendarView.Page.MONTH, CalendarView.Page.YEAR);
    private final Map<EventKind, Calendar> calendars = new EnumMap<>(EventKind.class);
    private final Set<Long> shown = new HashSet<>();
    private boolean adding;
    private HBox editButtons;
    private int loadedVersion = -1;
    private final Map<String, LocalDate[]> visibleRanges = new LinkedHashMap<>();
    private final VBox sourceBox = new VBox(10);
    private final FlowPane whoChips = new FlowPane(6, 6);
    private final FlowPane whereChips = new FlowPane(6, 6);
    private final FlowPane band = new FlowPane(8, 6);

    public CalendarPane(CalendarViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("calendar-screen");
        root.setId("calendarScreen");
        setUpCalendar();
        root.setTop(filterBar());
        SplitPane split = new SplitPane(calendarView, details());
        split.setDividerPositions(0.68);
        root.setCenter(split);
        root.setBottom(bandPane());
        bind();
        showBand();
    }

    private void setUpCalendar() {
        calendarView.setId("calendarView");
        CalendarSource source = new CalendarSource("Events");
        for (EventKind k : EventKind.values()) {
            Calendar c = new Calendar(EventText.kindLabel(k) + "s");
            c.setStyle(STYLES.get(k));
            c.setReadOnly(true); // edits go through the Add/Edit buttons, which keep the store the truth
            calendars.put(k, c);
            source.getCalendars().add(c);
        }
        calendarView.getCalendarSources().setAll(source);
        calendarView.setShowAddCalendarButton(false);
        calendarView.setShowPrintButton(false);
        calendarView.setShowSourceTrayButton(false);
        calendarView.setShowSearchField(false);
        calendarView.setShowSourceTray(false);
        calendarView.getDayPage().setDayPageLayout(DayPage.DayPageLayout.AGENDA_ONLY);
        calendarView.setContextMenuCallback(p -> null);
        calendarView.setEntryContextMenuCallback(p -> null);
        calendarView.setEntryDetailsCallback(p -> {
            select(p.getEntry());
            return true;
        });
        calendarView.addEventHandler(LoadEvent.LOAD, evt -> {
            if (adding) return; // our own entries arriving, not a new range
            LocalDate[] range = {evt.getStartDate(), evt.getEndDate()};
            LocalDate[] before = visibleRanges.put(evt.getSourceName(), range);
            // CalendarFX asks again after every change it draws; a range already loaded under this filter is not re-read
            if (before != null && Arrays.equals(before, range) && loadedVersion == vm.reloadCountProperty().get()) return;
            loadedVersion = vm.reloadCountProperty().get();
            vm.load(range[0], range[1], this::addEntries);
        });
        calendarView.getSelections().addListener((SetChangeListener<Entry<?>>) c -> {
            if (c.wasAdded()) select(c.getElementAdded());
        });
        calendarView.dateProperty().addListener((o, was, now) -> vm.monthProperty().set(java.time.YearMonth.from(now)));
        calendarView.showMonthPage();
    }

    private void select(Entry<?> entry) {
        if (entry != null && entry.getUserObject() instanceof Event e) vm.select(e);
    }

    /** Adds entries for events not shown yet; an event spanning days is one full-day entry over its interval. */
    void addEntries(List<Event> events) {
        Map<EventKind, List<Entry<?>>> fresh = new EnumMap<>(EventKind.class);
        for (Event e : events) {
            if (shown.add(e.id())) fresh.computeIfAbsent(e.kind(), k -> new java.util.ArrayList<>()).add(entry(e));
        }
        // one change per calendar: CalendarFX asks to load again on every change, which must not recurse per entry
        adding = true;
        try {
            fresh.forEach((k, list) -> calendars.get(k).addEntries(list));
        } finally {
            adding = false;
        }
    }

    /** The CalendarFX entry of a day-precision event: full day, first to last day, the event as user object. */
    public static Entry<Event> entry(Event e) {
        Entry<Event> entry = new Entry<>(EventText.summary(e));
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

    private ToolBar filterBar() {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("calendar-filters");
        for (EventKind k : EventKind.values()) {
            CheckBox box = new CheckBox(EventText.kindLabel(k) + "s");
            box.setId("kind" + EventText.kindLabel(k));
            Rectangle swatch = new Rectangle(12, 12);
            swatch.getStyleClass().addAll("calendar-legend", "calendar-legend-" + k.name().toLowerCase(java.util.Locale.ROOT));
            box.setGraphic(swatch);
            box.selectedProperty().bindBidirectional(vm.kindProperty(k));
            bar.getItems().add(box);
        }
        ComboBox<Entity> entity = new ComboBox<>(vm.entityChoices());
        entity.setId("entityFilter");
        entity.setPromptText("Anyone, anywhere");
        entity.setPrefWidth(200);
        entity.setCellFactory(l -> new NamedCell<>(e -> e.name() + "  (" + e.type().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        entity.setButtonCell(new NamedCell<>(Entity::name));
        entity.valueProperty().bindBidirectional(vm.entityFilterProperty());
        ComboBox<ArticleSummary> article = new ComboBox<>(vm.articleChoices());
        article.setId("articleFilter");
        article.setPromptText("All articles");
        article.setPrefWidth(220);
        article.setCellFactory(l -> new NamedCell<>(a -> a.title() + (a.outlet() == null ? "" : " — " + a.outlet())));
        article.setButtonCell(new NamedCell<>(ArticleSummary::title));
        article.valueProperty().bindBidirectional(vm.articleFilterProperty());
        CheckBox story = new CheckBox("Whole story");
        story.setId("wholeStory");
        story.selectedProperty().bindBidirectional(vm.wholeStoryProperty());
        story.disableProperty().bind(vm.articleFilterProperty().isNull());
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> {
            entity.setValue(null);
            article.setValue(null);
            for (EventKind k : EventKind.values()) vm.kindProperty(k).set(true);
        });
        Button add = new Button("Add event…");
        add.setId("addEvent");
        add.setOnAction(e -> EventDialog.ask(root.getScene().getWindow(), null, vm.entityChoicesSnapshot(), vm.defaultSources())
                .ifPresent(d -> vm.save(null, d)));
        Button edit = new Button("Edit…");
        edit.setId("editEvent");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> {
            Event sel = vm.selectedProperty().get();
            EventDialog.ask(root.getScene().getWindow(), sel, vm.entityChoicesSnapshot(), sel.sources()).ifPresent(d -> vm.save(sel.id(), d));
        });
        Button delete = new Button("Delete");
        delete.setId("deleteEvent");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> confirmDelete(vm.selectedProperty().get()));
        bar.getItems().addAll(new Separator(Orientation.VERTICAL), entity, article, story, clear);
        editButtons = new HBox(6, add, edit, delete);
        return bar;
    }

    private void confirmDelete(Event e) {
        String more = e.manual() ? "" : "\n\nThis event was found in the articles: running the entity recognition again brings it back.";
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Delete \u201c" + EventText.summary(e) + "\u201d?" + more,
                ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(null);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isPresent() && r.get() == ButtonType.OK) vm.delete(e);
    }

    private Node details() {
        Label title = new Label();
        title.setId("eventTitle");
        title.getStyleClass().add("event-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.detailsTitleProperty());
        Label when = new Label();
        when.setId("eventWhen");
        when.setWrapText(true);
        when.textProperty().bind(vm.detailsWhenProperty());
        whoChips.setId("whoChips");
        whereChips.setId("whereChips");
        sourceBox.setId("eventSources");
        VBox box = new VBox(8, editButtons, title, when, caption("Who"), whoChips, caption("Where"), whereChips, caption("Sources"), sourceBox);
        box.getStyleClass().add("event-details");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        return scroll;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-caption");
        return l;
    }

    private Node bandPane() {
        Label label = new Label("Known only to the week, month or year:");
        label.getStyleClass().add("details-caption");
        band.setId("monthBand");
        HBox box = new HBox(10, label, band);
        HBox.setHgrow(band, Priority.ALWAYS);
        box.getStyleClass().add("month-band");
        return box;
    }

    private void bind() {
        vm.who().addListener((ListChangeListener<String>) c -> chips(whoChips, vm.who(), "entity-person"));
        vm.where().addListener((ListChangeListener<String>) c -> chips(whereChips, vm.where(), "entity-location"));
        vm.sources().addListener((ListChangeListener<CalendarViewModel.SourceItem>) c -> showSources());
        vm.monthBand().addListener((ListChangeListener<Event>) c -> showBand());
        vm.reloadCountProperty().addListener((o, was, now) -> reload());
        vm.monthProperty().addListener((o, was, now) -> {
            if (now != null && !java.time.YearMonth.from(calendarView.getDate()).equals(now)) calendarView.setDate(now.atDay(1));
        });
    }

    private static void chips(FlowPane pane, List<String> names, String styleClass) {
        pane.getChildren().clear();
        for (String n : names) {
            Label chip = new Label(n);
            chip.getStyleClass().addAll("entity-chip", styleClass);
            pane.getChildren().add(chip);
        }
    }

    private void showSources() {
        sourceBox.getChildren().clear();
        for (CalendarViewModel.SourceItem s : vm.sources()) {
            Label article = new Label(s.label());
            article.getStyleClass().add("source-article");
            article.setWrapText(true);
            Label sentence = new Label("\u201c" + s.source().sentenceText().strip() + "\u201d");
            sentence.getStyleClass().add("source-sentence");
            sentence.setWrapText(true);
            Button open = new Button("Open");
            open.getStyleClass().add("open-source");
            open.setOnAction(e -> vm.open(s));
            VBox item = new VBox(4, article, sentence, open);
            item.getStyleClass().add("event-source");
            sourceBox.getChildren().add(item);
        }
    }

    private void showBand() {
        band.getChildren().clear();
        if (vm.monthBand().isEmpty()) {
            band.getChildren().add(new Label("none this month"));
            return;
        }
        for (Event e : vm.monthBand()) {
            Button b = new Button(EventText.summary(e) + " · " + e.when());
            b.getStyleClass().addAll("band-event", "calendar-kind-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            b.setOnAction(x -> vm.select(e));
            band.getChildren().add(b);
        }
    }

    public BorderPane root() {
        return root;
    }

    public CalendarView calendarView() {
        return calendarView;
    }

    /** A list cell that shows an item through a naming function. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        NamedCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
