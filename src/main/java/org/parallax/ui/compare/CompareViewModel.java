package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.parallax.annotation.Annotations;
import org.parallax.app.CompareService;
import org.parallax.calendar.CalendarService;
import org.parallax.calendar.EventFilter;
import org.parallax.calendar.EventText;
import org.parallax.compare.Comparison;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * The compare window's state: two articles compared in the background ({@link #open}), laid out for two panes
 * ({@link #layoutProperty()}), the summary (similarity, entity chips, dates, metadata side by side), the entity types
 * shown, the entity picked from a chip, the current difference for F7 / Shift+F7, synchronised scrolling, and swapping
 * the sides, and the events either article reports (from the {@link CalendarService}), which scroll both panes
 * to their source sentences. Never touches a node; tests drive it with an immediate task runner.
 */
public final class CompareViewModel {
    /** Which summary group an entity chip belongs to. */
    public enum Presence { BOTH, ONLY_LEFT, ONLY_RIGHT }

    /** An entity chip: its name, type and where it occurs. */
    public record Chip(String name, EntityType type, Presence presence) {
        public String key() {
            return CompareLayout.key(name);
        }
    }

    /** One metadata row: field name, left and right values, and whether they are equal. */
    public record MetaRow(String field, String left, String right, boolean same) {
    }

    /**
     * One event of the side panel: its dates with precision ("2023-03-06..2023-03-07", "2023-02 (month)"), kind, who
     * and where, and which of the compared articles report it: "A" (the first asked), "B" or "both".
     */
    public record EventRow(Event event, String when, String kind, String whoWhere, String reportedBy) {
        /** The first source sentence of {@code articleId}, or null when that article does not report the event. */
        public EventSource sourceIn(long articleId) {
            return event.sources().stream().filter(s -> s.articleId() == articleId).findFirst().orElse(null);
        }
    }

    /** Display ranges to bring into view on the left and right panes (null for a side with nothing to show). */
    public record ScrollTarget(ReaderDocument.Range left, ReaderDocument.Range right) {
    }

    private final CompareService service;
    private final CalendarService calendar;
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScrollTarget> scrollTarget = new ReadOnlyObjectWrapper<>(this, "scrollTarget");
    private final ReadOnlyStringWrapper eventsStatus = new ReadOnlyStringWrapper(this, "eventsStatus", "");
    private List<EventSource> pendingFocus = List.of();
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<CompareLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper(this, "leftTitle", "");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper(this, "rightTitle", "");
    private final ReadOnlyStringWrapper leftByline = new ReadOnlyStringWrapper(this, "leftByline", "");
    private final ReadOnlyStringWrapper rightByline = new ReadOnlyStringWrapper(this, "rightByline", "");
    private final ReadOnlyStringWrapper similarity = new ReadOnlyStringWrapper(this, "similarity", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Compare");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private final ObservableList<String> dateLines = FXCollections.observableArrayList();
    private final ObservableList<MetaRow> metadata = FXCollections.observableArrayList();
    private final ObservableSet<EntityType> shownTypes = FXCollections.observableSet(EnumSet.of(
            EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE, EntityType.MISC));
    private final StringProperty focusedEntity = new SimpleStringProperty(this, "focusedEntity");
    private final BooleanProperty syncScroll = new SimpleBooleanProperty(this, "syncScroll", true);
    private final ReadOnlyIntegerWrapper currentDifference = new ReadOnlyIntegerWrapper(this, "currentDifference", -1);
    private boolean swapped;
    private long requestedA = -1, requestedB = -1;
    private long openRequestedAt;

    private final CompareDesk desk = new CompareDesk(layout.getReadOnlyProperty());
    private final AnnotateViewModel leftMarks;
    private final AnnotateViewModel rightMarks;
    private boolean highlightsStale;

    /**
     * Compares through {@code service}; {@code calendar} lists the events either article reports. The user marks text
     * in either pane as in the reader (P/O/L/D/E/M or a type's shortcut, Ctrl+Z to undo) through {@code annotations}:
     * each pane gets its own {@link org.parallax.ui.annotate.AnnotateViewModel} on its article, and both panes'
     * highlights are reloaded once an edit is done.
     */
    public CompareViewModel(CompareService service, CalendarService calendar,
            Annotations annotations, TaskRunner runner) {
        this.service = service;
        this.calendar = calendar;
        this.runner = runner;
        leftMarks = new AnnotateViewModel(annotations, runner);
        rightMarks = new AnnotateViewModel(annotations, runner);
        for (var m : List.of(leftMarks, rightMarks)) {
            // an edit ends with the pane's annotations reloaded: that is when the highlights are stale
            m.annotations().addListener((ListChangeListener<Annotation>) c -> {
                if (highlightsStale) refreshHighlights();
            });
            m.messageProperty().addListener((o, was, now) -> {
                if (now != null && !now.isBlank()) status.set(now);
            });
            m.dateNeededProperty().addListener((o, was, now) -> {
                if (now != null && !now.isBlank()) status.set(now);
            });
        }
        layout.addListener((o, was, now) -> {
            if (now == null) return;
            if (leftMarks.articleId() != now.left().article().id()) leftMarks.open(now.left().article().id());
            if (rightMarks.articleId() != now.right().article().id()) rightMarks.open(now.right().article().id());
        });
    }

    /** The type a key marks (as in the reader), or empty. */
    public Optional<String> typeForKey(String key) {
        return leftMarks.typeForKey(key);
    }

    /**
     * Marks {@code [start, end)} of a pane (display offsets, as the pane shows them) as {@code type} in that pane's
     * article; returns false when nothing could be marked (no layout, an empty selection).
     */
    public boolean mark(boolean onLeft, int start, int end, String type) {
        CompareLayout l = layout.get();
        if (l == null || end <= start) return false;
        CompareLayout.Side side = onLeft ? l.left() : l.right();
        var marks = onLeft ? leftMarks : rightMarks;
        if (marks.articleId() != side.article().id()) marks.open(side.article().id());
        int from = side.document().toArticle(start), to = side.document().toArticle(end);
        if (to <= from) return false;
        highlightsStale = true;
        marks.mark(from, to, type);
        return true;
    }

    /** Undoes the last annotation edit (whichever article it was in); both panes' highlights follow. */
    public void undoMark() {
        highlightsStale = true;
        leftMarks.undo();
    }

    private void refreshHighlights() {
        CompareLayout l = layout.get();
        if (l == null) return;
        highlightsStale = false;
        long a = l.left().article().id(), b = l.right().article().id();
        runner.run("Reloading highlights", p -> List.of(service.highlights(a), service.highlights(b)), hs -> {
            CompareLayout now = layout.get();
            if (now == null || now.left().article().id() != a || now.right().article().id() != b) return;
            layout.set(now.withHighlights(true, hs.get(0)).withHighlights(false, hs.get(1)));
        }, e -> status.set("The highlights could not be reloaded: " + TaskRunner.reason(e)));
    }

    /** Sentences to scroll both panes to once the comparison is shown (the calendar's "Compare the two reports"). */
    public void focusOnOpen(List<EventSource> sentences) {
        pendingFocus = List.copyOf(sentences);
    }

    /** Compares article {@code a} (left) with {@code b} (right) in the background. */
    public void open(long a, long b) {
        requestedA = a;
        requestedB = b;
        loadEvents(a, b);
        openRequestedAt = System.nanoTime();
        loading.set(true);
        status.set("Comparing…");
        runner.run("Comparing articles " + a + " and " + b, p -> service.compare(a, b).map(CompareLayout::of),
                (Optional<CompareLayout> result) -> {
                    if (requestedA != a || requestedB != b) return;
                    loading.set(false);
                    result.ifPresentOrElse(l -> {
                        show(l, false);
                        if (!pendingFocus.isEmpty()) scrollTo(pendingFocus);
                        pendingFocus = List.of();
                    }, () -> status.set("One of the two articles is no longer in the library."));
                }, error -> {
                    if (requestedA != a || requestedB != b) return;
                    loading.set(false);
                    status.set("The comparison failed: " + TaskRunner.reason(error));
                });
    }

    private void loadEvents(long a, long b) {
        events.clear();
        eventsStatus.set("Loading events…");
        CalendarService cs = calendar;
        runner.run("Loading the events of articles " + a + " and " + b,
                p -> rows(cs.events(null, null, EventFilter.all().withArticles(Set.of(a, b))), a, b), (List<EventRow> rs) -> {
                    if (requestedA != a || requestedB != b) return;
                    events.setAll(rs);
                    eventsStatus.set(rs.isEmpty() ? "Neither article dates an event." : rs.size() + (rs.size() == 1 ? " event" : " events"));
                }, error -> eventsStatus.set("The events could not load: " + TaskRunner.reason(error)));
    }

    /** The panel's rows, by start date (the service's order), labelled with the side(s) that report each event. */
    static List<EventRow> rows(List<Event> found, long a, long b) {
        List<EventRow> out = new ArrayList<>();
        for (Event e : found) {
            boolean inA = e.articleIds().contains(a), inB = e.articleIds().contains(b);
            if (!inA && !inB) continue;
            String precision = EventText.precisionTag(e.when().precision());
            List<String> parts = new ArrayList<>();
            if (!e.who().isEmpty()) parts.add(String.join(", ", e.who()));
            if (!e.where().isEmpty()) parts.add(String.join(", ", e.where()));
            if (parts.isEmpty() && e.note() != null) parts.add(e.note());
            out.add(new EventRow(e, e.when() + (precision.isEmpty() ? "" : " " + precision), EventText.kindLabel(e.kind()),
                    String.join(" — ", parts), inA && inB ? "both" : inA ? "A" : "B"));
        }
        return out;
    }

    /** Scrolls both panes to the event's source sentences (a side that does not report it stays where it is). */
    public void showEvent(EventRow row) {
        if (row != null) scrollTo(row.event().sources());
    }

    private void scrollTo(List<EventSource> sentences) {
        CompareLayout l = layout.get();
        if (l == null) return;
        ReaderDocument.Range left = rangeIn(l.left(), sentences), right = rangeIn(l.right(), sentences);
        if (left == null && right == null) return;
        scrollTarget.set(new ScrollTarget(left, right));
    }

    private static ReaderDocument.Range rangeIn(CompareLayout.Side side, List<EventSource> sentences) {
        for (EventSource s : sentences) {
            if (s.articleId() != side.article().id()) continue;
            ReaderDocument.Range r = side.document().displayRange(s.sentenceStart(), s.sentenceEnd());
            if (r != null && !r.isEmpty()) return r;
        }
        return null;
    }

    /** When {@link #open} was last asked, in {@link System#nanoTime()} units (for first-frame measurement). */
    public long openRequestedAt() {
        return openRequestedAt;
    }

    private void show(CompareLayout l, boolean isSwapped) {
        swapped = isSwapped;
        Comparison c = l.compared().comparison();
        Article left = l.left().article(), right = l.right().article();
        leftTitle.set(left.title());
        rightTitle.set(right.title());
        leftByline.set(ReaderViewModel.byline(left.meta()));
        rightByline.set(ReaderViewModel.byline(right.meta()));
        windowTitle.set("Compare: " + shortTitle(left) + " ↔ " + shortTitle(right));
        similarity.set(String.format(Locale.ROOT, "%.0f%% similar", c.similarity() * 100));
        int onlyLeft = swapped ? c.uniqueB().size() : c.uniqueA().size();
        int onlyRight = swapped ? c.uniqueA().size() : c.uniqueB().size();
        counts.set(String.format(Locale.ROOT, "%d aligned sentences, %d with different words · %d only left · %d only right",
                c.pairs().size(), c.pairs().stream().filter(Comparison.PairDiff::differsInWords).count(), onlyLeft, onlyRight));
        List<Chip> cs = new ArrayList<>();
        c.entities().shared().forEach(e -> cs.add(new Chip(e.name(), e.type(), Presence.BOTH)));
        c.entities().onlyA().forEach(e -> cs.add(new Chip(e.name(), e.type(), swapped ? Presence.ONLY_RIGHT : Presence.ONLY_LEFT)));
        c.entities().onlyB().forEach(e -> cs.add(new Chip(e.name(), e.type(), swapped ? Presence.ONLY_LEFT : Presence.ONLY_RIGHT)));
        // most mentioned first within each group, so the few chips shown before "+N more" are the main actors
        Map<String, Integer> mentions = new HashMap<>();
        for (CompareLayout.Side side : List.of(l.left(), l.right())) {
            for (CompareLayout.Span h : side.highlights()) if (h.entity() != null) mentions.merge(h.entity(), 1, Integer::sum);
        }
        cs.sort(Comparator.comparing(Chip::presence)
                .thenComparing((Chip x) -> -mentions.getOrDefault(x.key(), 0))
                .thenComparing(Chip::name));
        chips.setAll(cs);
        List<String> dl = new ArrayList<>();
        for (Comparison.DatePair d : c.dates().agree()) {
            Comparison.DateRef x = swapped ? d.b() : d.a(), y = swapped ? d.a() : d.b();
            dl.add(x.text().equals(y.text()) ? "✓ “" + x.text() + "” = " + x.resolved()
                    : "✓ “" + x.text() + "” and “" + y.text() + "” agree: " + x.resolved());
        }
        for (Comparison.DatePair d : c.dates().disagree()) {
            Comparison.DateRef x = swapped ? d.b() : d.a(), y = swapped ? d.a() : d.b();
            dl.add("≠ “" + x.text() + "” = " + x.resolved() + " but “" + y.text() + "” = " + y.resolved());
        }
        dateLines.setAll(dl);
        List<MetaRow> rows = new ArrayList<>();
        for (Comparison.MetaField f : c.metadata()) {
            if (!List.of("outlet", "author", "published", "title").contains(f.name())) continue;
            rows.add(swapped ? new MetaRow(f.name(), f.b(), f.a(), f.same()) : new MetaRow(f.name(), f.a(), f.b(), f.same()));
        }
        metadata.setAll(rows);
        focusedEntity.set(null);
        currentDifference.set(-1);
        status.set(l.differences().isEmpty() ? "No differences." : l.differences().size() + " differences · F7 next, Shift+F7 previous");
        layout.set(l);
    }

    private static String shortTitle(Article a) {
        String t = a.meta().outlet() != null && !a.meta().outlet().isBlank() ? a.meta().outlet() : a.title();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }

    /** Shows an already computed layout (A on the left), as {@link #open} does once the comparison is done. */
    void display(CompareLayout l) {
        show(l, false);
    }

    /** The header, conflicting facts and "Open in reader" of this window. */
    public CompareDesk desk() {
        return desk;
    }

    /** Moves to the next difference (wrapping at the end); returns it, or null when there is none. */
    public CompareLayout.Difference nextDifference() {
        return step(1);
    }

    /** Moves to the previous difference (wrapping at the start). */
    public CompareLayout.Difference previousDifference() {
        return step(-1);
    }

    private CompareLayout.Difference step(int by) {
        CompareLayout l = layout.get();
        if (l == null || l.differences().isEmpty()) return null;
        int n = l.differences().size();
        int cur = currentDifference.get();
        int next = cur < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(cur + by, n);
        currentDifference.set(next);
        status.set("Difference " + (next + 1) + " of " + n + " · " + describe(l.differences().get(next)));
        return l.differences().get(next);
    }

    private static String describe(CompareLayout.Difference d) {
        return switch (d.kind()) {
            case "only-left" -> "only on the left";
            case "only-right" -> "only on the right";
            default -> "worded differently";
        };
    }

    public CompareLayout.Difference currentDifferenceValue() {
        CompareLayout l = layout.get();
        int i = currentDifference.get();
        return l == null || i < 0 || i >= l.differences().size() ? null : l.differences().get(i);
    }

    /** Puts the right article on the left and the left one on the right. */
    public void swap() {
        CompareLayout l = layout.get();
        if (l == null) return;
        show(l.swapped(), !swapped);
    }

    /** Picks the entity of a chip (highlighted in both panes); picking it again clears it. */
    public void toggleFocus(Chip chip) {
        focusedEntity.set(chip == null || chip.key().equals(focusedEntity.get()) ? null : chip.key());
    }

    /** Shows or hides one entity type's highlights. */
    public void setTypeShown(EntityType type, boolean shown) {
        if (shown) shownTypes.add(type);
        else shownTypes.remove(type);
    }

    /** The highlight classes shown, for the views' style spans. */
    public Set<String> shownClasses() {
        Set<String> out = new HashSet<>();
        for (EntityType t : shownTypes) out.add(t.styleClass());
        return out;
    }

    public boolean isSwapped() {
        return swapped;
    }

    public ObservableList<EventRow> events() {
        return events;
    }

    /** The sentences last asked to be shown; a new object each time, so asking twice scrolls twice. */
    public ReadOnlyObjectProperty<ScrollTarget> scrollTargetProperty() {
        return scrollTarget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventsStatusProperty() {
        return eventsStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompareLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftBylineProperty() {
        return leftByline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightBylineProperty() {
        return rightByline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty similarityProperty() {
        return similarity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Chip> chips() {
        return chips;
    }

    public ObservableList<String> dateLines() {
        return dateLines;
    }

    public ObservableList<MetaRow> metadata() {
        return metadata;
    }

    public ObservableSet<EntityType> shownTypes() {
        return shownTypes;
    }

    public StringProperty focusedEntityProperty() {
        return focusedEntity;
    }

    public BooleanProperty syncScrollProperty() {
        return syncScroll;
    }

    public ReadOnlyIntegerProperty currentDifferenceProperty() {
        return currentDifference.getReadOnlyProperty();
    }
}
