package org.parallax.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * what is shown must be fetched again, {@link #reloadCountProperty()} goes up. Every store read, the story of the
 * chosen article included, runs on the task runner; results are applied on the runner's callback thread.
 */
public final class CalendarViewModel {
    /** Opens an article scrolled to a sentence (the main window's reader). */
    @FunctionalInterface
    public interface SourceOpener {
        void open(long articleId, int start, int end);
    }

    /** Opens the compare view on two articles, both scrolled to the given source sentences. */
    @FunctionalInterface
    public interface CompareOpener {
        void compare(long left, long right, List<EventSource> sentences);
    }

    /** A transient message for the user; {@code seq} makes each one new, so a repeated text is shown again. */
    public record Notice(long seq, String text, boolean error) {
    }

    /** One source sentence as the details pane shows it. */
    public record SourceItem(EventSource source, String articleTitle, String outlet) {
        public String label() {
            return outlet == null || outlet.isBlank() ? articleTitle : outlet + " — " + articleTitle;
        }
    }

    /** Whether {@link #start()} ran: the calendar window was opened. */
    private boolean opened;
    private final CalendarService service;
    private final EntityRepository entities;
    private final TaskRunner runner;
    private final SourceOpener opener;
    private final LongFunction<Set<Long>> storyOf;
    /** Stories already looked up (article id to its story), so moving the calendar does not regroup the library. */
    private final Map<Long, Set<Long>> stories = new ConcurrentHashMap<>();
    private final Map<EventKind, BooleanProperty> kinds = new EnumMap<>(EventKind.class);
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
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper(this, "canCompare");
    private final ReadOnlyObjectWrapper<LocalDate> target = new ReadOnlyObjectWrapper<>(this, "target");
    /** The entities of the events loaded so far, by id, for their short titles (filled on the task runner). */
    private final Map<Long, Entity> titleEntities = new ConcurrentHashMap<>();
    private CompareOpener comparer;
    private Map<Long, ArticleSummary> articles = Map.of();

    /**
     * {@code storyOf} names the articles of an article's story (blocking: it is only called on the task runner).
     */
    public CalendarViewModel(CalendarService service, EntityRepository entities, TaskRunner runner, SourceOpener opener,
                             LongFunction<Set<Long>> storyOf) {
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
        opened = true;
        FilterChoice choice = choice();
        runner.run("Opening the calendar", p -> new Choices(entities.list(), service.articleSummaries(),
                service.busiestMonth(resolve(choice)).orElse(YearMonth.now())), c -> {
            articles = c.articles();
            entityChoices.setAll(c.entities());
            List<ArticleSummary> list = new ArrayList<>(c.articles().values());
            list.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
            articleChoices.setAll(list);
            if (c.busiest().equals(month.get())) loadBand();
            month.set(c.busiest());
        }, this::fail);
    }

    /** {@link #refresh()} once the calendar has been opened; before that nothing shows it (another program's writes). */
    public void refreshIfOpened() {
        if (opened) refresh();
    }

    /** Reads entities, articles and events again (after the NLP queue found new ones), keeping the month shown. */
    public void refresh() {
        stories.clear(); // new articles may have joined a story
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

    /**
     * What the filter controls say, read on the FX thread; {@link #resolve} turns it into a store filter in the
     * background, since the whole story of an article needs the library.
     */
    public record FilterChoice(Set<EventKind> kinds, Long entityId, Long articleId, boolean wholeStory) {
    }

    /** The filter controls' current state. */
    public FilterChoice choice() {
        Set<EventKind> on = EnumSet.noneOf(EventKind.class);
        kinds.forEach((k, p) -> {
            if (p.get()) on.add(k);
        });
        ArticleSummary a = articleFilter.get();
        Entity e = entityFilter.get();
        return new FilterChoice(on, e == null ? null : e.id(), a == null ? null : a.id(), wholeStory.get());
    }

    /** The store filter of a choice. Blocking when it asks for a whole story: call it only on the task runner. */
    public EventFilter resolve(FilterChoice c) {
        EventFilter f = EventFilter.all().withKinds(c.kinds().size() == EventKind.values().length ? Set.of() : c.kinds());
        if (c.kinds().isEmpty()) f = f.withArticles(Set.of(-1L)); // nothing ticked shows nothing
        if (c.articleId() != null) {
            f = f.withArticles(c.wholeStory() ? stories.computeIfAbsent(c.articleId(), storyOf::apply) : Set.of(c.articleId()));
        }
        if (c.entityId() != null) f = f.withEntities(Set.of(c.entityId()));
        return f;
    }

    /** Shows every kind, anyone and all articles again. */
    public void clearFilters() {
        entityFilter.set(null);
        articleFilter.set(null);
        for (EventKind k : EventKind.values()) kinds.get(k).set(true);
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
        FilterChoice c = choice();
        int version = reloadCount.get();
        runner.run("Loading events", p -> {
            List<Event> found = service.dayEvents(from, to, resolve(c));
            titleEntities.putAll(service.entitiesOf(found)); // before the entries are made: their titles need the types
            return found;
        }, (List<Event> days) -> {
            if (version == reloadCount.get()) show.accept(days);
        }, this::fail);
    }

    /** The calendar entry's title: kind and main participant ({@link EventText#shortTitle}); details stay in the side panel. */
    public String entryTitle(Event e) {
        return EventText.shortTitle(e, titleEntities);
    }

    // ---- moving around --------------------------------------------------------------------------------------

    /** Shows the month of {@code date}, with the day itself as the calendar's date (what the day and agenda pages show). */
    public void jumpTo(LocalDate date) {
        if (date == null) return;
        target.set(null); // the same day again still moves a calendar the user has paged away from
        target.set(date);
        month.set(YearMonth.from(date));
    }

    /** Jumps to a typed date (see {@link TypedDates#parse}); an unreadable one is said in a notice and moves nothing. */
    public boolean jumpTo(String typed) {
        Optional<LocalDate> d = TypedDates.parse(typed);
        if (d.isEmpty()) {
            tell("\u201c" + typed + "\u201d is not a date: type 2023-03-06, 6 Mar 2023 or March 2023.", true);
            return false;
        }
        jumpTo(d.get());
        return true;
    }

    /**
     * "Go to events": the nearest month in which an event starts, under the current filters, looking forward first:
     * the first month after the one shown in which an event starts (any precision), else the last such month before
     * it. Pressed again it walks on to the next such month; with none at all it says so and stays.
     */
    public void goToEvents() {
        YearMonth from = month.get() == null ? YearMonth.now() : month.get();
        FilterChoice c = choice();
        runner.run("Looking for events", p -> nearestMonthWithEvents(from, resolve(c)), (Optional<YearMonth> m) -> {
            if (m.isEmpty()) tell("No other month has events under these filters.", false);
            else jumpTo(m.get().atDay(1));
        }, this::fail);
    }

    /** See {@link #goToEvents()}; blocking (store reads). */
    Optional<YearMonth> nearestMonthWithEvents(YearMonth shown, EventFilter f) {
        LocalDate after = shown.plusMonths(1).atDay(1);
        // by start date: the first that starts after the month shown (an event overlapping from before does not count)
        for (Event e : service.events(after, null, f)) {
            if (!e.when().start().isBefore(after)) return Optional.of(YearMonth.from(e.when().start()));
        }
        LocalDate before = shown.atDay(1);
        LocalDate latest = null;
        for (Event e : service.events(null, before.minusDays(1), f)) {
            LocalDate start = e.when().start();
            if (start.isBefore(before) && (latest == null || start.isAfter(latest))) latest = start;
        }
        return Optional.ofNullable(latest).map(YearMonth::from);
    }

    /** The exact date last jumped to; the calendar control moves its date there. */
    public ReadOnlyObjectProperty<LocalDate> targetProperty() {
        return target.getReadOnlyProperty();
    }

    private void loadBand() {
        YearMonth m = month.get();
        if (m == null) return;
        FilterChoice c = choice();
        runner.run("Loading " + m, p -> service.bandEvents(m.atDay(1), m.atEndOfMonth(), resolve(c)), (List<Event> band) -> {
            if (m.equals(month.get())) monthBand.setAll(band);
        }, this::fail);
    }

    private void fail(Throwable error) {
        tell("The calendar could not load: " + TaskRunner.reason(error), true);
    }

    private void tell(String text, boolean error) {
        message.set(text);
        Notice last = notice.get();
        notice.set(new Notice(last == null ? 1 : last.seq() + 1, text, error));
    }

    // ---- selection and details ------------------------------------------------------------------------------

    public void select(Event e) {
        selected.set(e);
        canCompare.set(comparer != null && e != null && e.articleIds().size() >= 2);
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

    /** Lets "Compare the two reports" open the compare view (the main window does; a bare calendar cannot). */
    public void setCompareOpener(CompareOpener opener) {
        this.comparer = opener;
        Event e = selected.get();
        canCompare.set(opener != null && e != null && e.articleIds().size() >= 2);
    }

    /**
     * Opens the compare view on the first two articles that report the selected event, each pane scrolled to its
     * sentence; does nothing unless {@link #canCompareProperty()} holds.
     */
    public void compareSources() {
        Event e = selected.get();
        if (!canCompare.get() || e == null) return;
        List<Long> ids = e.articleIds();
        comparer.compare(ids.get(0), ids.get(1), e.sources());
    }

    /** Whether the selected event has two reporting articles and a compare view can be opened on them. */
    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    // ---- manual events --------------------------------------------------------------------------------------

    /** Adds ({@code id} null) or replaces an event with the user's version, then reloads and selects it. */
    public void save(Long id, EventDraft draft) {
        runner.run(id == null ? "Adding an event" : "Saving the event",
                p -> id == null ? service.add(draft) : service.edit(id, draft), (Event e) -> {
                    tell(id == null ? "Event added." : "Event saved.", false);
                    filterChanged();
                    select(e);
                }, this::fail);
    }

    /** The question to confirm deleting {@code e}: a found event comes back when the recogniser runs again. */
    public static String deleteQuestion(Event e) {
        String more = e.manual() ? "" : "\n\nThis event was found in the articles: running the entity recognition again brings it back.";
        return "Delete \u201c" + EventText.summary(e) + "\u201d?" + more;
    }

    public void delete(Event e) {
        runner.run("Deleting the event", p -> service.delete(e.id()), ok -> {
            tell("Event deleted.", false);
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

    /** Each message as it comes, for a passing notification. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
