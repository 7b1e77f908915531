package org.parallax.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableBooleanValue;

import org.parallax.model.Article;
import org.parallax.store.ChangeWatcher;
import org.parallax.ui.calendar.CalendarViewModel;
import org.parallax.ui.library.LibraryViewModel;
import org.parallax.ui.reader.ReaderViewModel;

/**
 * Brings the main window up to date when another process (a command-line import or delete, a second window) changed
 * the library: the list (keeping its selection), its counts, the calendar, the recognition queue and the reader's
 * layers; an open article that is gone is said to be so, and actions on it are refused with one line. Runs on the FX
 * thread; {@link #follow} feeds it from the library's {@link ChangeWatcher}.
 */
public final class ExternalChanges {
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final Consumer<String> status;
    private final Consumer<String> answer;
    private final Runnable recognise;
    private final Runnable stories;
    private final Supplier<CalendarViewModel> calendar;

    /**
     * Over the window's {@code library} and {@code reader}; {@code status} shows a line unless {@code busy} (a task
     * runs), {@code recognise} queues
     * pending articles for recognition, {@code stories} re-reads the story grouping, {@code calendar} is the calendar
     * screen or null.
     */
    ExternalChanges(LibraryViewModel library, ReaderViewModel reader, Consumer<String> status, ObservableBooleanValue busy,
            Runnable recognise, Runnable stories, Supplier<CalendarViewModel> calendar) {
        this.library = library;
        this.reader = reader;
        this.answer = status;
        // a line never replaces a running task's progress: the list, reader and calendar show the change anyway
        this.status = line -> {
            if (!busy.get()) status.accept(line);
        };
        this.recognise = recognise;
        this.stories = stories;
        this.calendar = calendar;
        reader.deletedProperty().addListener((o, was, now) -> {
            if (now) this.status.accept(ReaderViewModel.DELETED + ".");
        });
    }

    /**
     * Starts {@code watcher} and hands each change it reports to {@code window} through {@code fx} (the FX thread's
     * executor). Reads the library once to take its baseline: call it off the FX thread.
     */
    public static void follow(ChangeWatcher watcher, MainViewModel window, Executor fx) {
        watcher.addListener(c -> fx.execute(() -> window.libraryChanged(c)));
        watcher.start();
    }

    /** On the FX thread: refreshes what {@code change} made stale and says what happened. */
    void apply(ChangeWatcher.Change change) {
        if (change.articlesChanged()) {
            status.accept(describe(change));
            library.reload(list -> {
                Article open = reader.getArticle();
                if (open != null && list.stream().noneMatch(a -> a.id() == open.id())) reader.markDeleted(open.id());
                // a run in progress takes new pending articles itself before it ends; this starts one otherwise
                if (change.added() > 0) recognise.run();
                stories.run();
            });
        }
        // marks, notes and entities (of the open article, and the library's notes list) may have changed too
        if (!reader.deletedProperty().get()) reader.refresh();
        CalendarViewModel cal = calendar.get();
        if (cal != null) cal.refreshIfOpened();
    }

    /** "3 articles added by another program", "1 article deleted by another program", or both. */
    static String describe(ChangeWatcher.Change change) {
        String added = change.added() == 0 ? "" : articles(change.added()) + " added";
        String removed = change.removed() == 0 ? "" : (added.isEmpty() ? articles(change.removed()) : String.valueOf(change.removed()))
                + " deleted";
        String both = added.isEmpty() ? removed : removed.isEmpty() ? added : added + " and " + removed;
        return both.isEmpty() ? "The library was changed by another program" : both + " by another program";
    }

    private static String articles(long n) {
        return n == 1 ? "1 article" : n + " articles";
    }

    /**
     * Whether an action on {@code ids} must be refused because one of them is the open article and another process
     * deleted it; then the status line says so.
     */
    boolean refuseDeleted(long... ids) {
        Article open = reader.getArticle();
        if (open == null || !reader.deletedProperty().get()) return false;
        for (long id : ids) {
            if (id == open.id()) {
                answer.accept(ReaderViewModel.DELETED + "; open another article."); // the user asked: always said
                return true;
            }
        }
        return false;
    }
}
