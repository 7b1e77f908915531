package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.parallax.model.ArticleSummary;
import org.parallax.model.Note;
import org.parallax.model.NoteHit;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchPage;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.NoteRepository;
import org.parallax.store.QuerySyntaxException;
import org.parallax.ui.common.TaskRunner;

/**
 * The library pane's state: every article (newest first), a filter over title, outlet and author, and full-text
 * search with snippets. Loading and searching go through the task runner; only the newest search's answer is
 * shown. Opening an article is handed to the opener given at construction (the reader). The
 * same search also finds notes, kept in a group of their own; opening a passage note opens its article at the passage.
 */
public final class LibraryViewModel {
    public static final int SEARCH_LIMIT = 100;

    /** Opens an article scrolled to {@code [start, end)}. */
    @FunctionalInterface
    public interface PassageOpener {
        void openAt(long articleId, int start, int end);
    }

    /**
     * A note found by the search: the hit, what it is about (its article's title or its entity's name), and where it
     * sits (its article and passage; null parts when it has none).
     */
    public record NoteResult(NoteHit hit, String about, Long articleId, Integer start, Integer end) {
    }

    private record Found(SearchPage page, List<NoteResult> notes) {
    }

    /** A piece of a search snippet; {@code marked} runs are the matched terms. */
    public record SnippetRun(String text, boolean marked) {
    }

    private final ArticleRepository repository;
    private final TaskRunner runner;
    private final LongConsumer opener;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> visible = new FilteredList<>(articles, a -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final LongProperty selectedId = new SimpleLongProperty(this, "selectedId", -1);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchMessage = new ReadOnlyStringWrapper(this, "searchMessage", "");
    private final ReadOnlyBooleanWrapper searchActive = new ReadOnlyBooleanWrapper(this, "searchActive");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    /** False until the first list has been read (the window shows before the library's first query). */
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ObservableList<NoteResult> noteResults = FXCollections.observableArrayList();
    private final NoteRepository notes;
    private final EntityRepository entities;
    private final PassageOpener passageOpener;
    private long searchGeneration;
    private final SortedList<ArticleSummary> sorted = new SortedList<>(visible);
    private final ReadOnlyObjectWrapper<StoryGroups> storyGroups = new ReadOnlyObjectWrapper<>(this, "storyGroups");
    /** The only articles to list (a feed's, chosen in the Feeds section), or null for every article. */
    private Set<Long> only;
    private Predicate<String> linkImporter = text -> false;

    /** The story index of each article and the size of its story, for grouping the list by story. */
    public record StoryGroups(Map<Long, Integer> storyOf, Map<Long, Integer> storySize) {
        /** A short label for an article's story ("story of 3"), or null when it stands alone. */
        public String label(long id) {
            Integer size = storySize.get(id);
            return size == null || size < 2 ? null : "story " + (storyOf.get(id) + 1) + " · " + size + " versions";
        }
    }

    /**
     * A library list over {@code repository} whose search also finds {@code notes} ({@code entities} names an entity
     * note's entity); {@code opener} opens an article, {@code passageOpener} an article at a passage note's passage.
     */
    public LibraryViewModel(ArticleRepository repository, NoteRepository notes, EntityRepository entities,
            TaskRunner runner, LongConsumer opener, PassageOpener passageOpener) {
        this.repository = repository;
        this.notes = notes;
        this.entities = entities;
        this.runner = runner;
        this.opener = opener;
        this.passageOpener = passageOpener;
        filter.addListener((o, was, now) -> applyPredicate());
        query.addListener((o, was, now) -> search(now));
        countText.bind(Bindings.createStringBinding(() -> loaded.get() ? count(visible.size(), articles.size()) : "",
                visible, articles, loaded));
    }

    private static String count(int shown, int all) {
        String noun = all == 1 ? " article" : " articles";
        return shown == all ? all + noun : shown + " of " + all + noun;
    }

    /**
     * Groups the list by story (stories with several articles first, each story's articles together, library order
     * within), or restores library order when {@code groups} is null.
     */
    public void setStoryGroups(StoryGroups groups) {
        storyGroups.set(groups);
        if (groups == null) {
            sorted.setComparator(null);
            return;
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) order.put(articles.get(i).id(), i);
        // a story is placed where its newest article stands
        Map<Integer, Integer> storyFirst = new HashMap<>();
        for (ArticleSummary a : articles) {
            Integer st = groups.storyOf().get(a.id());
            if (st != null) storyFirst.merge(st, order.get(a.id()), Math::min);
        }
        Comparator<ArticleSummary> bySize = Comparator.comparingInt(
                a -> groups.storySize().getOrDefault(a.id(), 1) > 1 ? 0 : 1);
        sorted.setComparator(bySize
                .thenComparingInt(a -> storyFirst.getOrDefault(groups.storyOf().getOrDefault(a.id(), -1), order.getOrDefault(a.id(), 0)))
                .thenComparingInt(a -> order.getOrDefault(a.id(), 0)));
    }

    public ReadOnlyObjectProperty<StoryGroups> storyGroupsProperty() {
        return storyGroups.getReadOnlyProperty();
    }

    /**
     * Lists only the articles {@code ids} (a feed's, chosen in the Feeds section) under the text filter, or every
     * article when {@code ids} is null.
     */
    public void showOnly(Set<Long> ids) {
        only = ids == null ? null : Set.copyOf(ids);
        applyPredicate();
    }

    private void applyPredicate() {
        Predicate<ArticleSummary> text = matcher(filter.get());
        Set<Long> ids = only;
        visible.setPredicate(ids == null ? text : text.and(a -> ids.contains(a.id())));
    }

    /** Whether the list shows only some articles (a feed's) besides the text filter. */
    public boolean showsOnlySome() {
        return only != null;
    }

    /**
     * Sets what a paste into the list does with the pasted text: the window imports the web links in it and answers
     * whether there were any.
     */
    public void setLinkImporter(Predicate<String> importer) {
        linkImporter = importer == null ? text -> false : importer;
    }

    /** Text pasted into the list (Ctrl+V): its web links are imported; false when it held none. */
    public boolean paste(String text) {
        return text != null && linkImporter.test(text);
    }

    /** Opens what a note found is about: its article at its passage, or its article; an entity note opens nothing. */
    public void openNote(NoteResult r) {
        if (r == null || r.articleId() == null) return;
        selectedId.set(r.articleId());
        if (r.start() != null && r.end() != null) {
            passageOpener.openAt(r.articleId(), r.start(), r.end());
        } else {
            opener.accept(r.articleId());
        }
    }

    /** Reloads the list in the background. */
    public void refresh() {
        refresh(list -> { });
    }

    /** Reloads the list in the background, then calls {@code then} with it. */
    public void refresh(Consumer<List<ArticleSummary>> then) {
        runner.run("Loading the library", p -> repository.list(), list -> {
            loadError.set("");
            articles.setAll(list);
            loaded.set(true);
            then.accept(list);
        }, error -> loadError.set("The library could not be read: " + TaskRunner.reason(error)));
    }

    /**
     * Reads the list again after another process changed the library, then calls {@code then} with it. Only what
     * changed is added, removed or replaced, so the list keeps its selection and scroll position; a search shown is run
     * again, since its hits may name deleted articles or miss new ones.
     */
    public void reload(Consumer<List<ArticleSummary>> then) {
        runner.run("Reading the library again", p -> repository.list(), list -> {
            loadError.set("");
            merge(articles, list);
            loaded.set(true);
            if (searchActive.get()) search(query.get());
            then.accept(list);
        }, error -> loadError.set("The library could not be read: " + TaskRunner.reason(error)));
    }

    /** Makes {@code target} equal to {@code fresh} (same ids, same order) with the fewest list changes. */
    static void merge(ObservableList<ArticleSummary> target, List<ArticleSummary> fresh) {
        Set<Long> keep = new HashSet<>();
        for (ArticleSummary a : fresh) keep.add(a.id());
        target.removeIf(a -> !keep.contains(a.id()));
        Set<Long> present = new HashSet<>();
        for (ArticleSummary a : target) present.add(a.id());
        for (int i = 0; i < fresh.size(); i++) {
            ArticleSummary f = fresh.get(i);
            if (i < target.size() && target.get(i).id() == f.id()) {
                if (!target.get(i).equals(f)) target.set(i, f);
                continue;
            }
            if (present.contains(f.id())) {
                // moved (its date was edited): taken from further down; rare, so the linear search is fine
                for (int j = i + 1; j < target.size(); j++) {
                    if (target.get(j).id() == f.id()) {
                        target.remove(j);
                        break;
                    }
                }
            }
            target.add(i, f);
        }
        if (target.size() > fresh.size()) target.remove(fresh.size(), target.size());
    }

    /** Opens an article in the reader and marks it as the selected one. */
    public void open(long id) {
        selectedId.set(id);
        opener.accept(id);
    }

    /** The filter: every whitespace-separated word must occur in the title, outlet or author (any case). */
    static Predicate<ArticleSummary> matcher(String filterText) {
        if (filterText == null || filterText.isBlank()) return a -> true;
        String[] words = filterText.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return a -> {
            String hay = (nz(a.title()) + " " + nz(a.outlet()) + " " + nz(a.author())).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) return false;
            }
            return true;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void search(String q) {
        long generation = ++searchGeneration;
        if (q == null || q.isBlank()) {
            searchActive.set(false);
            results.clear();
            noteResults.clear();
            searchMessage.set("");
            return;
        }
        searchActive.set(true);
        searchMessage.set("Searching…");
        runner.run("Searching", p -> new Found(repository.searchPage(q, SEARCH_LIMIT),
                noteResults(notes, entities, q)), found -> {
            if (generation != searchGeneration) return;
            results.setAll(found.page().hits());
            noteResults.setAll(found.notes());
            searchMessage.set(message(q, found.page(), found.notes().size()));
        }, error -> {
            if (generation != searchGeneration) return;
            results.clear();
            noteResults.clear();
            searchMessage.set(error instanceof QuerySyntaxException ? error.getMessage()
                    : "The search failed: " + TaskRunner.reason(error));
        });
    }

    static String message(String q, SearchPage page, int noteCount) {
        int shown = page.hits().size();
        // the true number of matching articles (the list shows at most SEARCH_LIMIT of them)
        int articleCount = Math.max(page.matches(), shown);
        if (articleCount == 0 && noteCount == 0) return "Nothing matches “" + q.strip() + "”.";
        String notesPart = noteCount == 0 ? "" : " and " + noteCount + (noteCount == 1 ? " note" : " notes");
        if (page.moreMatches()) {
            // the store ranks a bounded number of matches (the newest) so that a very common word answers at once
            return String.format(Locale.ROOT, "%,d articles%s match; showing the best %d of the %,d most recently imported.",
                    articleCount, notesPart, shown, page.ranked());
        }
        String articlesPart = String.format(Locale.ROOT, "%,d", articleCount) + (articleCount == 1 ? " article" : " articles");
        String showing = shown < articleCount ? String.format(Locale.ROOT, "; showing the best %d.", shown) : ".";
        if (noteCount == 0) return articlesPart + (articleCount == 1 ? " matches" : " match") + showing;
        return articlesPart + notesPart + " match" + showing;
    }

    // runs on the background task: the hit alone does not say what the note is about nor where its passage is
    private List<NoteResult> noteResults(NoteRepository noteRepo, EntityRepository entityRepo, String q) {
        List<NoteResult> out = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (NoteHit h : noteRepo.search(q, SEARCH_LIMIT)) {
            Note n = noteRepo.get(h.noteId()).orElse(null);
            String about = "";
            if (h.articleId() != null) {
                about = titles.computeIfAbsent(h.articleId(),
                        id -> repository.get(id).map(a -> a.title()).orElse("Article " + id));
            } else if (h.entityId() != null) {
                about = entityRepo.get(h.entityId()).map(e -> e.name()).orElse("");
            }
            boolean passage = n != null && !n.orphaned() && n.start() != null && n.end() != null;
            out.add(new NoteResult(h, about, h.articleId(), passage ? n.start() : null, passage ? n.end() : null));
        }
        return out;
    }

    /** Clears the search (Escape), bringing back the library list. */
    public void clearSearch() {
        query.set("");
    }

    /** Splits a search snippet at its match markers into plain and marked runs. */
    public static List<SnippetRun> snippetRuns(String snippet) {
        List<SnippetRun> runs = new ArrayList<>();
        if (snippet == null) return runs;
        StringBuilder cur = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                if (cur.length() > 0) runs.add(new SnippetRun(cur.toString(), marked));
                cur.setLength(0);
                marked = c == SearchHit.MARK_START;
            } else {
                cur.append(c == '\n' ? ' ' : c);
            }
        }
        if (cur.length() > 0) runs.add(new SnippetRun(cur.toString(), marked));
        return runs;
    }

    /** Every article, in library order. */
    public ObservableList<ArticleSummary> articles() {
        return FXCollections.unmodifiableObservableList(articles);
    }

    /** The articles that pass the filter, in library order or grouped by story: what the list shows. */
    public ObservableList<ArticleSummary> visibleArticles() {
        return sorted;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public LongProperty selectedIdProperty() {
        return selectedId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    /** The notes the search found, best first (empty when no notes are attached). */
    public ObservableList<NoteResult> noteResults() {
        return noteResults;
    }

    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchActiveProperty() {
        return searchActive.getReadOnlyProperty();
    }

    /** Whether the list has been read once: before that an empty list means "not read yet", not "no articles". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the list could not be loaded, or empty. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
