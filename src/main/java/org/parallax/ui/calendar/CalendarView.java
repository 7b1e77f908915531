package org.parallax.ui.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.Notifications;
import org.parallax.calendar.EventText;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.ui.common.NamedCell;

/**
 * The calendar screen's view (calendar.fxml): binds the filters, the {@link EventCalendar} control, the details pane
 * (the selected event's people and places as chips, each source sentence with an Open button) and the band of
 * coarse-dated events to a {@link CalendarViewModel}; asks before deleting, and shows the model's messages as passing
 * notifications. It holds no rule of its own.
 */
public final class CalendarView {
    private final CalendarViewModel vm;
    @FXML private BorderPane root;
    @FXML private EventCalendar calendarView;
    @FXML private CheckComboBox<EventKind> kindFilter;
    @FXML private ComboBox<Entity> entityFilter;
    @FXML private ComboBox<ArticleSummary> articleFilter;
    @FXML private CheckBox wholeStory;
    @FXML private DatePicker jumpDate;
    @FXML private Button editEvent;
    @FXML private Button deleteEvent;
    @FXML private Label eventTitle;
    @FXML private Label eventWhen;
    @FXML private FlowPane whoChips;
    @FXML private FlowPane whereChips;
    @FXML private VBox eventSources;
    @FXML private FlowPane monthBand;

    public CalendarView(CalendarViewModel vm) {
        this.vm = vm;
    }

    /** Loads calendar.fxml with a view on {@code vm} (call on the FX thread). */
    public static CalendarView load(CalendarViewModel vm) {
        FXMLLoader loader = new FXMLLoader(CalendarView.class.getResource("calendar.fxml"));
        loader.setControllerFactory(type -> {
            if (type == CalendarView.class) return new CalendarView(vm);
            throw new IllegalArgumentException("No view for " + type);
        });
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the calendar layout", e);
        }
        return loader.getController();
    }

    @FXML
    private void initialize() {
        kindFilter.getItems().setAll(EventKind.values());
        kindFilter.setConverter(converter(k -> EventText.kindLabel(k) + "s"));
        for (EventKind k : EventKind.values()) kindFilter.getItemBooleanProperty(k).bindBidirectional(vm.kindProperty(k));

        entityFilter.setItems(vm.entityChoices());
        entityFilter.setCellFactory(l -> new NamedCell<>(e -> e.name() + "  (" + e.type().name().toLowerCase(Locale.ROOT) + ")"));
        entityFilter.setButtonCell(new NamedCell<>(Entity::name));
        entityFilter.valueProperty().bindBidirectional(vm.entityFilterProperty());
        articleFilter.setItems(vm.articleChoices());
        articleFilter.setCellFactory(l -> new NamedCell<>(a -> a.title() + (a.outlet() == null ? "" : " — " + a.outlet())));
        articleFilter.setButtonCell(new NamedCell<>(ArticleSummary::title));
        articleFilter.valueProperty().bindBidirectional(vm.articleFilterProperty());
        wholeStory.selectedProperty().bindBidirectional(vm.wholeStoryProperty());
        wholeStory.disableProperty().bind(vm.articleFilterProperty().isNull());

        calendarView.attach(vm);
        jumpDate.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) return null;
                if (!vm.jumpTo(s)) return jumpDate.getValue(); // the model says why; the picker keeps its date
                return vm.targetProperty().get();
            }
        });
        jumpDate.valueProperty().addListener((o, was, now) -> vm.jumpTo(now));
        editEvent.disableProperty().bind(vm.selectedProperty().isNull());
        deleteEvent.disableProperty().bind(vm.selectedProperty().isNull());
        eventTitle.textProperty().bind(vm.detailsTitleProperty());
        eventWhen.textProperty().bind(vm.detailsWhenProperty());
        vm.who().addListener((ListChangeListener<String>) c -> chips(whoChips, vm.who(), "entity-person"));
        vm.where().addListener((ListChangeListener<String>) c -> chips(whereChips, vm.where(), "entity-location"));
        vm.sources().addListener((ListChangeListener<CalendarViewModel.SourceItem>) c -> showSources());
        vm.canCompareProperty().addListener((o, was, now) -> showSources());
        vm.monthBand().addListener((ListChangeListener<Event>) c -> showBand());
        vm.noticeProperty().addListener((o, was, n) -> notify(n));
        showBand();
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }

    @FXML
    private void goToEvents() {
        vm.goToEvents();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void addEvent() {
        EventDialog.ask(window(), null, vm.entityChoicesSnapshot(), vm.defaultSources()).ifPresent(d -> vm.save(null, d));
    }

    @FXML
    private void editEvent() {
        Event sel = vm.selectedProperty().get();
        if (sel == null) return;
        EventDialog.ask(window(), sel, vm.entityChoicesSnapshot(), sel.sources()).ifPresent(d -> vm.save(sel.id(), d));
    }

    @FXML
    private void deleteEvent() {
        Event e = vm.selectedProperty().get();
        if (e == null) return;
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, CalendarViewModel.deleteQuestion(e), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(window());
        a.setHeaderText(null);
        a.showAndWait().filter(r -> r == ButtonType.OK).ifPresent(r -> vm.delete(e));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void notify(CalendarViewModel.Notice n) {
        if (n == null || window() == null || !window().isShowing()) return;
        Notifications note = Notifications.create().owner(window()).text(n.text()).hideAfter(Duration.seconds(n.error() ? 8 : 3));
        if (n.error()) note.showError();
        else note.showInformation();
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
        eventSources.getChildren().clear();
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
            eventSources.getChildren().add(item);
        }
        if (vm.canCompareProperty().get()) {
            Button compare = new Button("Compare the two reports");
            compare.setId("compareSources");
            compare.setTooltip(new Tooltip("Open both articles side by side, scrolled to these sentences"));
            compare.setOnAction(e -> vm.compareSources());
            eventSources.getChildren().add(compare);
        }
    }

    private void showBand() {
        monthBand.getChildren().clear();
        if (vm.monthBand().isEmpty()) {
            monthBand.getChildren().add(new Label("none this month"));
            return;
        }
        for (Event e : vm.monthBand()) {
            Button b = new Button(EventText.summary(e) + " · " + e.when());
            b.getStyleClass().addAll("band-event", "calendar-kind-" + e.kind().name().toLowerCase(Locale.ROOT));
            b.setOnAction(x -> vm.select(e));
            monthBand.getChildren().add(b);
        }
    }

    public BorderPane root() {
        return root;
    }

    /** The CalendarFX control. */
    public EventCalendar calendarView() {
        return calendarView;
    }
}
