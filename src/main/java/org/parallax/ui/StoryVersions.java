package org.parallax.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.app.StoryService;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.ui.common.TaskRunner;

/**
 * The open article's other versions (its story) and its thread (other stories on its subject), found off the FX thread
 * and kept only while that article stays open. Lists are changed on the FX thread.
 */
final class StoryVersions {
    private static final Logger LOG = Logger.getLogger(StoryVersions.class.getName());

    private final TaskRunner runner;
    private final StoryService stories;
    /** Told the article and its versions once they are known, so that its story is recognised next. */
    private final BiConsumer<Long, List<StoryService.Version>> found;
    private final ObservableList<StoryService.Version> versions = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> thread = FXCollections.observableArrayList();
    private long shownFor = -1;

    StoryVersions(TaskRunner runner, StoryService stories, BiConsumer<Long, List<StoryService.Version>> found) {
        this.runner = runner;
        this.stories = stories;
        this.found = found;
    }

    ObservableList<StoryService.Version> versions() {
        return versions;
    }

    ObservableList<ArticleSummary> thread() {
        return thread;
    }

    /** Forgets what was found, so the next {@link #show} asks again (the stories were regrouped). */
    void invalidate() {
        shownFor = -1;
    }

    /** Fills both lists for {@code open}, or empties them when no article is open. */
    void show(Article open) {
        if (open == null) {
            versions.clear();
            thread.clear();
            shownFor = -1;
            return;
        }
        long id = open.id();
        if (shownFor == id) return;
        shownFor = id;
        // the index may need articles placed first: then the versions are filled in from the background lane
        runner.run("Finding other versions", p -> stories.otherVersionsIfCurrent(id), hit -> hit.ifPresentOrElse(list -> set(id, list),
                () -> runner.runBackground("Finding other versions", p -> stories.otherVersions(id), list -> set(id, list),
                        error -> LOG.log(Level.WARNING, "Cannot find other versions of article " + id, error))),
                error -> LOG.log(Level.WARNING, "Cannot find other versions of article " + id, error));
        thread.clear();
        runner.runBackground("Finding the thread", p -> stories.sameThread(id), list -> {
            if (shownFor == id) thread.setAll(list);
        }, error -> LOG.log(Level.WARNING, "Cannot find the thread of article " + id, error));
    }

    private void set(long id, List<StoryService.Version> list) {
        found.accept(id, list);
        if (shownFor == id) versions.setAll(list);
    }
}
