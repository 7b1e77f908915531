package org.parallax.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventDraft;
import org.parallax.calendar.EventFilter;
import org.parallax.calendar.EventText;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.store.EntityRepository;
import org.parallax.ui.common.TaskRunner;

/**
 * The calendar screen's state: the filters (kinds, entity, article or its whole story), the events of the range the
 * calendar asks for (loaded lazily through the task runner), the coarse-dated events of the month shown, the selected
 * event's details, and the commands to open a source sentence and to add, edit or delete manual events. Whenever
 * what is shown must be fetched again, {@link #reloadCountProperty()} goes up.
 */
public final class CalendarViewModel {
    /** Opens an article scrolled to a sentence (the main window's reader). */
    @FunctionalInterface
    public interface SourceOpener {
        void open(long articleId, int start, int end);
    }

    /** One source sentence as the details pane shows it. */
    public record SourceItem(EventSource source, String articleTitle, String outlet) {
        public String label() {
            return outlet == null || outlet.isBlank() ? articleTitle : outlet + " — " + articleTitle;
        }
    }

    private final CalendarService service;
    private final EntityRepository entities;
    private final TaskRunner runner;
    private final SourceOpener opener;
    private final Function<Long, Set<Long>> storyOf;
    private final Map<EventKind, BooleanProperty> kinds = new java.util.EnumMap<>(EventKind.class);
    private final ObjectProperty<Entity> entityFilter = new SimpleObjectProperty<>(this, "entityFilter");
    private final ObjectProperty<ArticleSummary> articleFilter = new SimpleObjectProperty<>(this, "articleFilter");
    private final BooleanProperty wholeStory = new SimpleBooleanProperty(this, "wholeStory");
    private final ObservableList<Entity> entityChoices = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> articleChoices = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObservableList<Event> monthBand = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Event> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper detailsTitle = new ReadOnlyStringWrapper(this, "detailsTitle", "Choose an event");
    private final ReadOnlyStringWrapper detailsWhen = new ReadOnlyStringWrapper(this, "detailsWhen", "");
    private final ObservableList<String> who = FXCollections.observableArrayList();
    private final ObservableList<String> where = FXCollections.observableArrayList();
    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper reloadCount = new ReadOnlyIntegerWrapper(this, "reloadCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Map<Long, ArticleSummary> articles = Map.of();

    public CalendarViewModel(CalendarService service, EntityRepository entities, TaskRunner runner, SourceOpener opener,
                             Function<Long, Set<Long>> storyOf) {
        this.service = service;
        this.entities = entities;
        this.runner = runner;
        this.opener = opener;
        this.storyOf = storyOf;
        for (EventKind k : EventKind.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, k.name(), true);
            p.addListener((o, was, now) -> filterChanged());
            kinds.put(k, p);
        }
        entityFilter.addListener((o, was, now) -> filterChanged());
        articleFilter.addListener((o, was, now) -> filterChanged());
        wholeStory.addListener((o, was, now) -> filterChanged());
        month.addListener((o, was, now) -> loadBand());
    }

    /** Loads the choices for the filters, then opens on the month with the most events (or this month). */
    public void start() {
        runner.run("Opening the calendar", p -> new Choices(entities.list(), service.articleSummaries(),
                service.busiestMonth(filter()).orElse(YearMonth.now())), c -> {
            articles = c.articles();
            entityChoices.setAll(c.entities());
            List<ArticleSummary> list = new ArrayList<>(c.articles().values());
            list.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
            articleChoices.setAll(list);
            if (c.busiest().equals(month.get())) loadBand();
            month.set(c.busiest());
        }, this::fail);
    }

    /** Reads entities, articles and events again (after the NLP queue found new ones), keeping the month shown. */
    public void refresh() {
        runner.run("Refreshing the calendar", p -> new Choices(entities.list(), service.articleSummaries(), month.get()), c -> {
            articles = c.articles();
            entityChoices.setAll(c.entities());
            List<ArticleSummary> list = new ArrayList<>(c.articles().values());
            list.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
            articleChoices.setAll(list);
            filterChanged();
        }, this::fail);
    }

    private record Choices(List<Entity> entities, Map<Long, ArticleSummary> articles, YearMonth busiest) {
    }

    /** The filter the controls describe. */
    public EventFilter filter() {
        Set<EventKind> on = EnumSet.noneOf(EventKind.class);
        kinds.forEach((k, p) -> {
            if (p.get()) on.add(k);
        });
        EventFilter f = EventFilter.all().withKinds(on.size() == EventKind.values().length ? Set.of() : on);
        if (on.isEmpty()) f = f.withArticles(Set.of(-1L)); // nothing ticked shows nothing
        ArticleSummary a = articleFilter.get();
        if (a != null) f = f.withArticles(wholeStory.get() ? storyOf.apply(a.id()) : Set.of(a.id()));
        Entity e = entityFilter.get();
        if (e != null) f = f.withEntities(Set.of(e.id()));
        return f;
    }

    private void filterChanged() {
        reloadCount.set(reloadCount.get() + 1);
        loadBand();
    }

    /**
     * Fetches the day-precision events of {@code [from, to]} (the range the calendar shows) in the background and
     * hands them to {@code show}; the filter is read now, so a later change triggers a new reload instead.
     */
    public void load(LocalDate from, LocalDate to, Consumer<List<Event>> show) {
        EventFilter f = filter();
        int version = reloadCount.get();
        runner.run("Loading events", p -> service.dayEvents(from, to, f), (List<Event> days) -> {
            if (version == reloadCount.get()) show.accept(days);
        }, this::fail);
    }

    private void loadBand() {
        YearMonth m = month.get();
        if (m == null) return;
        EventFilter f = filter();
        runner.run("Loading " + m, p -> service.bandEvents(m.atDay(1), m.atEndOfMonth(), f), (List<Event> band) -> {
            if (m.equals(month.get())) monthBand.setAll(band);
        }, this::fail);
    }

    private void fail(Throwable error) {
        message.set("The calendar could not load: " + TaskRunner.reason(error));
    }

    // ---- selection and details ------------------------------------------------------------------------------

    public void select(Event e) {
        selected.set(e);
        if (e == null) {
            detailsTitle.set("Choose an event");
            detailsWhen.set("");
            who.clear();
            where.clear();
            sources.clear();
            return;
        }
        detailsTitle.set(EventText.summary(e) + (e.manual() ? "  (added by hand)" : ""));
        String precision = EventText.precisionTag(e.when().precision());
        detailsWhen.set(e.when() + (precision.isEmpty() ? "" : " " + precision) + (e.note() == null ? "" : " — " + e.note()));
        who.setAll(e.who());
        where.setAll(e.where());
        List<SourceItem> items = new ArrayList<>();
        for (EventSource s : e.sources()) {
            ArticleSummary a = articles.get(s.articleId());
            items.add(new SourceItem(s, a == null ? "article " + s.articleId() : a.title(), a == null ? null : a.outlet()));
        }
        sources.setAll(items);
    }

    /** Opens a source sentence's article in the reader, scrolled to the sentence and highlighted. */
    public void open(SourceItem item) {
        opener.open(item.source().articleId(), item.source().sentenceStart(), item.source().sentenceEnd());
    }

    // ---- manual events --------------------------------------------------------------------------------------

    /** Adds ({@code id} null) or replaces an event with the user's version, then reloads and selects it. */
    public void save(Long id, EventDraft draft) {
        runner.run(id == null ? "Adding an event" : "Saving the event",
                p -> id == null ? service.add(draft) : service.edit(id, draft), (Event e) -> {
                    message.set(id == null ? "Event added." : "Event saved.");
                    filterChanged();
                    select(e);
                }, this::fail);
    }

    public void delete(Event e) {
        runner.run("Deleting the event", p -> service.delete(e.id()), ok -> {
            message.set("Event deleted.");
            select(null);
            filterChanged();
        }, this::fail);
    }

    /** People, organisations and places a manual event can name, in the order of the entity list. */
    public List<Entity> entityChoicesSnapshot() {
        return List.copyOf(entityChoices);
    }

    /** The sources a new manual event can start from: the selected event's, if any. */
    public List<EventSource> defaultSources() {
        Event e = selected.get();
        return e == null ? List.of() : e.sources();
    }

    static Set<Long> ids(List<Entity> list) {
        Set<Long> out = new LinkedHashSet<>();
        for (Entity e : list) out.add(e.id());
        return out;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public BooleanProperty kindProperty(EventKind k) {
        return kinds.get(k);
    }

    public ObjectProperty<Entity> entityFilterProperty() {
        return entityFilter;
    }

    public ObjectProperty<ArticleSummary> articleFilterProperty() {
        return articleFilter;
    }

    public BooleanProperty wholeStoryProperty() {
        return wholeStory;
    }

    public ObservableList<Entity> entityChoices() {
        return entityChoices;
    }

    public ObservableList<ArticleSummary> articleChoices() {
        return articleChoices;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Event> monthBand() {
        return monthBand;
    }

    public ReadOnlyObjectProperty<Event> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsTitleProperty() {
        return detailsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsWhenProperty() {
        return detailsWhen.getReadOnlyProperty();
    }

    public ObservableList<String> who() {
        return who;
    }

    public ObservableList<String> where() {
        return where;
    }

    public ObservableList<SourceItem> sources() {
        return sources;
    }

    public ReadOnlyIntegerProperty reloadCountProperty() {
        return reloadCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
