package org.parallax.ui.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.app.OutputTarget;
import org.parallax.app.Settings;
import org.parallax.feeds.FeedService;
import org.parallax.model.Article;
import org.parallax.store.FeedRepository;
import org.parallax.store.FeedRepository.Feed;
import org.parallax.ui.common.TaskHandle;
import org.parallax.ui.common.TaskRunner;

/**
 * The library pane's Feeds section: the subscriptions with their unread counts and last errors, Add, Remove, Refresh
 * (one or all, with progress and Cancel), OPML in and out, and a scheduled refresh while the window is open (off by
 * default; the interval is kept in {@link Settings}). A feed's errors stay on its row, never in a dialog. Choosing a
 * feed shows only its articles in the library list; opening an article marks its feed entries read.
 */
public final class FeedsViewModel {
    private static final Logger LOG = Logger.getLogger(FeedsViewModel.class.getName());
    /** The intervals the section's menu offers, in minutes; 0 is off. */
    public static final List<Integer> INTERVALS = List.of(0, 15, 30, 60);

    private final FeedService service;
    private final FeedRepository entries;
    private final TaskRunner runner;
    private final TaskHost host;
    private final Consumer<Set<Long>> showOnly;
    private final Path library;
    private final ObservableList<Feed> feeds = FXCollections.observableArrayList();
    private final ObjectProperty<Feed> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Feeds");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(this, "refreshing");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final IntegerProperty refreshMinutes = new SimpleIntegerProperty(this, "refreshMinutes");
    private long filterGeneration;

    /**
     * The section over {@code service} ({@code entries} answers which articles a feed gave and marks them read);
     * {@code showOnly} filters the library list (null: every article), {@code open} is the reader's article and
     * {@code library} the library file, which an OPML export never overwrites.
     */
    public FeedsViewModel(FeedService service, FeedRepository entries, TaskRunner runner, TaskHost host,
            Consumer<Set<Long>> showOnly, ObservableValue<Article> open, Settings settings, Path library) {
        this.service = service;
        this.entries = entries;
        this.runner = runner;
        this.host = host;
        this.showOnly = showOnly;
        this.library = library;
        refreshMinutes.set(settings.feedRefreshMinutes());
        refreshMinutes.addListener((o, was, now) -> settings.setFeedRefreshMinutes(now.intValue()));
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) applyFilter();
        });
        open.addListener((o, was, now) -> {
            if (now != null) markRead(now.id());
        });
    }

    /** Reads the subscriptions in the background, keeping the chosen one chosen (by id). */
    public void load() {
        runner.run("Reading the feeds", p -> service.list(), list -> {
            Feed chosen = selected.get();
            feeds.setAll(list);
            selected.set(chosen == null ? null : list.stream().filter(f -> f.id() == chosen.id()).findFirst().orElse(null));
            int unread = list.stream().mapToInt(Feed::unread).sum();
            heading.set(list.isEmpty() ? "Feeds" : unread == 0 ? "Feeds (" + list.size() + ")" : "Feeds · " + unread + " unread");
            loaded.set(true);
        }, error -> host.message().accept("The feeds could not be read: " + TaskRunner.reason(error)));
    }

    /** Subscribes to {@code url} (a page that advertises a feed works too), then fetches its articles. */
    public void add(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) return;
        host.track().accept(runner.runBackground("Subscribing to " + u, p -> service.add(u), added -> {
            String name = name(added.feed());
            host.message().accept(added.isNew() ? "Subscribed to " + name
                    + (added.discoveredFrom() != null ? " (found on " + added.discoveredFrom() + ")" : "")
                    : "Already subscribed to " + name);
            load();
            if (added.isNew()) refresh(List.of(added.feed().id()));
        }, error -> host.message().accept(TaskRunner.reason(error))));
    }

    /** Unsubscribes; its articles stay in the library. */
    public void remove(Feed f) {
        if (f == null) return;
        runner.run("Unsubscribing", p -> service.remove(f.id()), gone -> {
            host.message().accept("Unsubscribed from " + name(f) + "; its articles stay in the library");
            if (selected.get() != null && selected.get().id() == f.id()) selected.set(null);
            load();
        }, error -> host.message().accept("Cannot unsubscribe from " + name(f) + ": " + TaskRunner.reason(error)));
    }

    /** Refreshes the chosen feed, or every feed when none is chosen. */
    public void refreshSelected() {
        Feed f = selected.get();
        refresh(f == null ? List.of() : List.of(f.id()));
    }

    /** Refreshes every feed. */
    public void refreshAll() {
        refresh(List.of());
    }

    /**
     * Refreshes {@code ids} (all when empty) with progress and Cancel; one refresh at a time. What failed stays on the
     * feed's row ({@link Feed#lastError()}); the status line sums up.
     */
    public void refresh(List<Long> ids) {
        if (refreshing.get()) return;
        refreshing.set(true);
        TaskHandle h = runner.runBackground(ids.size() == 1 ? "Refreshing the feed" : "Refreshing the feeds",
                p -> service.refresh(ids, p, r -> { }), reports -> {
                    refreshing.set(false);
                    host.message().accept(summary(reports));
                    load();
                    if (reports.stream().anyMatch(r -> r.imported() > 0)) {
                        host.articlesAdded().run();
                        applyFilter();
                    }
                }, error -> {
                    refreshing.set(false);
                    host.message().accept("The feeds could not be refreshed: " + TaskRunner.reason(error));
                    load();
                });
        host.track().accept(h);
    }

    /** The scheduled refresh: skipped while any task the window shows is running, or when there is no feed. */
    public void scheduledRefresh() {
        if (feeds.isEmpty() || refreshing.get() || host.busy().getAsBoolean()) return;
        refreshAll();
    }

    /** One status line for a refresh: new articles, feeds not changed, and how many failed (named on their rows). */
    public static String summary(List<FeedService.Report> reports) {
        int imported = 0;
        int failed = 0;
        boolean cancelled = false;
        for (FeedService.Report r : reports) {
            imported += r.imported();
            if (r.status() == FeedService.Report.Status.FAILED) failed++;
            if (r.status() == FeedService.Report.Status.CANCELLED) cancelled = true;
        }
        String feedsWord = reports.size() == 1 ? " feed" : " feeds";
        return String.format(Locale.ROOT, "Refreshed %d%s: %d new %s%s%s", reports.size(), feedsWord, imported,
                imported == 1 ? "article" : "articles", failed == 0 ? "" : ", " + failed + " failed (see the Feeds list)",
                cancelled ? " (cancelled)" : "");
    }

    /** Subscribes to every feed of an OPML file, then refreshes them all. */
    public void importOpml(Path file) {
        runner.run("Reading " + file.getFileName(), p -> service.importOpml(file), r -> {
            List<String> parts = new ArrayList<>();
            parts.add("Subscribed to " + r.added() + (r.added() == 1 ? " feed" : " feeds") + " from " + file.getFileName());
            if (r.existing() > 0) parts.add(r.existing() + " already subscribed");
            if (!r.problems().isEmpty()) parts.add(r.problems().size() + " refused: " + r.problems().get(0));
            host.message().accept(String.join("; ", parts));
            load();
            if (r.added() > 0) refreshAll();
        }, error -> host.message().accept("Cannot import " + file + ": " + TaskRunner.reason(error)));
    }

    /** Writes the subscriptions as OPML to {@code out} (replacing it: the save dialog asked), never over the library. */
    public void exportOpml(Path out) {
        OutputTarget target;
        try {
            target = OutputTarget.file(out, library, true);
        } catch (IOException e) {
            host.message().accept(e instanceof OutputTarget.Refused ? e.getMessage() : "Cannot export to " + out + ": " + OutputTarget.reason(e));
            return;
        }
        runner.run("Exporting the feeds", p -> {
            int n = service.list().size();
            try {
                target.writeText(service::exportOpml);
            } catch (OutputTarget.Refused e) {
                throw e;
            } catch (IOException e) {
                throw new IOException(target.failure(e), e);
            }
            return n;
        }, n -> host.message().accept("Wrote " + n + (n == 1 ? " feed" : " feeds") + " to " + out),
                error -> host.message().accept(TaskRunner.reason(error)));
    }

    private void markRead(long articleId) {
        if (feeds.isEmpty()) return;
        runner.run("Marking read", p -> entries.markRead(articleId, Instant.now()), n -> {
            if (n > 0) load();
        }, error -> LOG.log(Level.WARNING, "Cannot mark article " + articleId + " read", error));
    }

    /** Shows only the chosen feed's articles in the library list, or every article when none is chosen. */
    private void applyFilter() {
        Feed f = selected.get();
        long generation = ++filterGeneration;
        if (f == null) {
            showOnly.accept(null);
            return;
        }
        runner.run("Reading the feed's articles", p -> new HashSet<>(entries.articleIds(f.id())), ids -> {
            if (generation == filterGeneration) showOnly.accept(ids);
        }, error -> LOG.log(Level.WARNING, "Cannot read the articles of feed " + f.id(), error));
    }

    /** A feed's name for the user: its title, else its URL. */
    public static String name(Feed f) {
        return f.title() != null && !f.title().isBlank() ? f.title().strip() : f.url();
    }

    public ObservableList<Feed> feeds() {
        return feeds;
    }

    /** The chosen feed (the list's selection); null shows every article. */
    public ObjectProperty<Feed> selectedProperty() {
        return selected;
    }

    /** The section's title: "Feeds · 12 unread". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Whether the feeds were read once: the section shows from then on (after the window's first frame). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** Minutes between scheduled refreshes while the window is open; 0 is off. Kept in the settings. */
    public IntegerProperty refreshMinutesProperty() {
        return refreshMinutes;
    }
}
